/**
 * Codes for rights, lawful bases and special-category conditions.
 *
 * They follow the W3C Data Privacy Vocabulary's `eu-gdpr` concepts
 * (https://w3id.org/dpv/legal/eu/gdpr#A15 and so on), so a payload's codes can be
 * turned into IRIs; the readable names and one-line explanations live in the locale
 * files, keyed by these codes, so they are translated with the interface.
 */

/** Rights of the data subject (UK GDPR Articles 7(3), 15 to 22 and 77). */
export const RIGHT_CODES = ['A15', 'A16', 'A17', 'A18', 'A19', 'A20', 'A21', 'A22', 'A7-3', 'A77'] as const;
// A15 access, A16 rectification, A17 erasure, A18 restriction, A19 notification of recipients,
// A20 portability, A21 object, A22 automated decisions (Arts 22A-22D after the Data (Use and
// Access) Act 2025), A7-3 withdraw consent, A77 complain to the regulator.

/** Article 6(1) lawful bases, with DPV's sub-terms and the UK-only 6(1)(ea). */
export const LAWFUL_BASIS_CODES = [
  'A6-1-a',
  'A6-1-a-explicit-consent',
  'A6-1-a-non-explicit-consent',
  'A6-1-b',
  'A6-1-b-contract-performance',
  'A6-1-b-enter-into-contract',
  'A6-1-c',
  'A6-1-d',
  'A6-1-d-data-subject',
  'A6-1-d-natural-person',
  'A6-1-e',
  'A6-1-e-public-interest',
  'A6-1-e-official-authority',
  'UK-A6-1-ea',
  'A6-1-f',
  'A6-1-f-controller',
  'A6-1-f-third-party',
] as const;

/** Article 9(2) conditions for special category data: `A9-2-a` to `A9-2-j`. */
export const SPECIAL_CATEGORY_CODES = [...'abcdefghij'].map(
  (c) => `A9-2-${c}`,
) as readonly `A9-2-${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j'}`[];

export type RightCode = (typeof RIGHT_CODES)[number];
export type LawfulBasisCode = (typeof LAWFUL_BASIS_CODES)[number];
export type SpecialCategoryCode = (typeof SPECIAL_CATEGORY_CODES)[number];

/** The readable family of a code: `A6-1-e-public-interest` is explained as `A6-1-e`. */
export const baseCode = (code: string): string => code.replace(/^((?:UK-)?A\d+-\d+-[a-z]+).*$/, '$1');
