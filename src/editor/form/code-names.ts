/**
 * The plain-language names of rights, lawful bases and Article 9 conditions, from the
 * English interface strings the notice itself shows readers, so the form offers a code
 * by the same name and explanation a resident will read.
 */
import en from '../../../locales/en.json' with { type: 'json' };
import { baseCode } from '../../schema/codes.js';

type Named = Record<string, { name: string; desc?: string } | undefined>;
const bases = en.bases as Named;
const rights = en.rights as Named;

/** A code's name: "Public task", "Public task: official authority", "Right of access". */
export function codeName(code: string): string {
  const own = rights[code] ?? bases[code];
  if (own) return own.name;
  const base = bases[baseCode(code)];
  // A W3C DPV sub-term such as A6-1-e-official-authority: the family's name and the sub-term in words.
  const detail = code.slice(baseCode(code).length + 1).replace(/-/g, ' ');
  return base ? `${base.name}: ${detail}` : code;
}

/** A code's one-line explanation, where the interface strings have one. */
export const codeHelp = (code: string): string | undefined => (rights[code] ?? bases[code] ?? bases[baseCode(code)])?.desc;
