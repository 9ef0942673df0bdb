/** Runs every lint rule over a valid notice; findings come errors first, then warnings, then info. */
import type { Notice } from '../../schema/types.js';
import { completenessRules } from './completeness.js';
import { consistencyRules } from './consistency.js';
import type { Finding, Severity } from './finding.js';
import { wordingRules } from './wording.js';

export type { Finding, Severity };

const RULES = [...completenessRules, ...consistencyRules, ...wordingRules];
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const lintNotice = (notice: Notice): Finding[] => RULES.flatMap((rule) => rule(notice)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
