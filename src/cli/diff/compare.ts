/**
 * What changed between two versions of a notice, read from the structured fields (not
 * the prose): each change is a locale key (`diff.*` in locales/cli/) and the values to
 * fill it with, still as payload text, so it can be worded in any language.
 */
import type { Notice, Rich } from '../../schema/types.js';

/** A value in a change: payload text, a list of lawful basis codes, a right code, or a locale key. */
export type Value = { rich: Rich } | { codes: string[] } | { right: string } | { key: string };

export interface Change {
  /** The key under `diff.` in locales/cli/<lang>.json. */
  key: string;
  vars: Record<string, Value>;
}

/** Payload text read in one language, for matching items across versions. */
export type Reader = (value: Rich) => string;

const rich = (value: Rich): Value => ({ rich: value });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Items of two lists matched by a key: those only in the old, only in the new, and in both. */
function match<T>(before: T[] = [], after: T[] = [], key: (item: T, i: number) => string) {
  const old = new Map(before.map((x, i) => [key(x, i), x]));
  const now = new Map(after.map((x, i) => [key(x, i), x]));
  return {
    removed: [...old].filter(([k]) => !now.has(k)).map(([, x]) => x),
    added: [...now].filter(([k]) => !old.has(k)).map(([, x]) => x),
    both: [...now].filter(([k]) => old.has(k)).map(([k, x]) => [old.get(k)!, x] as const),
  };
}

/** Added and removed items of a list of described things (data, sources, recipients). */
const described = (
  before: { description: Rich }[] | undefined,
  after: { description: Rich }[] | undefined,
  read: Reader,
  what: string,
): Change[] => {
  const m = match(before, after, (x) => read(x.description));
  return [
    ...m.added.map((x) => ({ key: `${what}Added`, vars: { what: rich(x.description) } })),
    ...m.removed.map((x) => ({ key: `${what}Removed`, vars: { what: rich(x.description) } })),
  ];
};

const purposes = (a: Notice, b: Notice, read: Reader): Change[] => {
  const m = match(a.purposes, b.purposes, (p) => p.id ?? read(p.description));
  const changes: Change[] = [
    ...m.added.map((p) => ({ key: 'purposeAdded', vars: { what: rich(p.description) } })),
    ...m.removed.map((p) => ({ key: 'purposeRemoved', vars: { what: rich(p.description) } })),
  ];
  for (const [old, now] of m.both) {
    const what = rich(now.description);
    if (read(old.description) !== read(now.description))
      changes.push({ key: 'purposeReworded', vars: { from: rich(old.description), to: what } });
    const bases = (p: typeof old) => [...p.lawfulBasis, ...(p.specialCategoryConditions ?? [])];
    if (!same(bases(old), bases(now)))
      changes.push({ key: 'purposeBasis', vars: { what, from: { codes: bases(old) }, to: { codes: bases(now) } } });
    const kept = (r: Rich | undefined): Value => (r ? rich(r) : { key: 'notStated' });
    if ((old.retention && read(old.retention)) !== (now.retention && read(now.retention)))
      changes.push({ key: 'purposeRetention', vars: { what, from: kept(old.retention), to: kept(now.retention) } });
  }
  return changes;
};

const retention = (a: Notice, b: Notice, read: Reader): Change[] => {
  // An entry is known by what it is about; a single unlabelled period is "your information".
  const m = match(a.retention, b.retention, (r, i) => (r.data ? read(r.data) : `#${i}`));
  const data = (r: { data?: Rich }) => (r.data ? rich(r.data) : undefined);
  return [
    ...m.both
      .filter(([old, now]) => read(old.period) !== read(now.period))
      .map(([old, now]): Change =>
        now.data
          ? { key: 'retentionChanged', vars: { data: data(now)!, from: rich(old.period), to: rich(now.period) } }
          : { key: 'retentionChangedAll', vars: { from: rich(old.period), to: rich(now.period) } },
      ),
    ...m.added.filter((r) => r.data).map((r) => ({ key: 'retentionAdded', vars: { data: data(r)!, to: rich(r.period) } })),
    ...m.removed.filter((r) => r.data).map((r) => ({ key: 'retentionRemoved', vars: { data: data(r)!, from: rich(r.period) } })),
  ];
};

const rights = (a: Notice, b: Notice): Change[] => {
  const m = match(a.rights, b.rights, (r) => r.code);
  return [
    ...m.added.map((r) => ({ key: 'rightAdded', vars: { what: { right: r.code } } })),
    ...m.removed.map((r) => ({ key: 'rightRemoved', vars: { what: { right: r.code } } })),
  ];
};

const transfers = (a: Notice, b: Notice, read: Reader): Change[] => {
  const was = !!a.transfers?.outsideUK;
  const is = !!b.transfers?.outsideUK;
  const flip: Change[] = was === is ? [] : [{ key: is ? 'transfersStarted' : 'transfersStopped', vars: {} }];
  const m = match(a.transfers?.details, b.transfers?.details, (t) => read(t.country));
  return [
    ...flip,
    ...m.added.map((t) => ({ key: 'transferAdded', vars: { what: rich(t.country) } })),
    ...m.removed.map((t) => ({ key: 'transferRemoved', vars: { what: rich(t.country) } })),
  ];
};

/** Fields whose change is reported in one sentence, without the details. */
const WHOLE: [keyof Notice, string][] = [
  ['dpo', 'dpoChanged'],
  ['rightsAction', 'rightsActionChanged'],
  ['complaint', 'complaintChanged'],
  ['contacts', 'contactChanged'],
];

/** Every change from `a` to `b`, most consequential first; `read` gives text in the notice's language. */
export function compare(a: Notice, b: Notice, read: Reader): Change[] {
  const controller: Change[] =
    read(a.controller.name) !== read(b.controller.name)
      ? [{ key: 'controllerChanged', vars: { from: rich(a.controller.name), to: rich(b.controller.name) } }]
      : !same({ ...a.controller, name: 0 }, { ...b.controller, name: 0 })
        ? [{ key: 'contactChanged', vars: {} }]
        : [];
  const automated: Change[] =
    !!a.automatedDecisions?.used === !!b.automatedDecisions?.used
      ? []
      : [{ key: b.automatedDecisions?.used ? 'automatedStarted' : 'automatedStopped', vars: {} }];
  const sections = match(a.sections, b.sections, (s) => s.id);
  return [
    ...controller,
    ...purposes(a, b, read),
    ...described(a.dataCategories, b.dataCategories, read, 'data'),
    ...described(a.sources, b.sources, read, 'source'),
    ...described(a.recipients, b.recipients, read, 'recipient'),
    ...retention(a, b, read),
    ...transfers(a, b, read),
    ...automated,
    ...rights(a, b),
    ...WHOLE.filter(([field]) => !same(a[field], b[field])).map(([, key]) => ({ key, vars: {} })),
    ...sections.added.map((s) => ({ key: 'sectionAdded', vars: { what: rich(s.heading) } })),
    ...sections.removed.map((s) => ({ key: 'sectionRemoved', vars: { what: rich(s.heading) } })),
  ];
}
