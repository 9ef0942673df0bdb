/** Runs every lint rule over a valid notice; findings come errors first, then warnings, then info. */
import type { Notice } from '../../schema/types.js';
import { completenessRules } from './completeness.js';
import { consistencyRules } from './consistency.js';
import { actionableRules } from './actionable.js';
import { factRules } from './facts.js';
import type { Finding, LintOptions, Severity } from './finding.js';
import { hygieneRules } from './hygiene.js';
import { wordingRules } from './wording.js';

export type { Finding, LintOptions, Severity };

const RULES = [...completenessRules, ...actionableRules, ...consistencyRules, ...factRules, ...hygieneRules, ...wordingRules];
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const lintNotice = (notice: Notice, options: LintOptions = {}): Finding[] =>
  RULES.flatMap((rule) => rule(notice, options)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
