/**
 * Whether a page plainly says its data stays in the UK, or that no decision is made by
 * automated means: in a sentence ("Your personal data will never be transferred outside
 * the UK", "Ni fydd ... y tu allan i'r DU") or as a question heading answered "No.", the
 * way UK notices answer the ICO's checklist questions. Only a plain "no" counts: a right
 * ("the right not to be subject to ... automated processing") or a "no ... unless" is no
 * answer, and what the page does use needs details a person must write.
 */

/** Mentions of data leaving the UK, in English and Welsh. */
export const ABROAD =
  /outside (?:of )?the (?:UK|United Kingdom)|abroad|overseas|(?:other|another) countr|y tu allan i'?r (?:DU|Deyrnas Unedig)|dramor/i;
/** Mentions of automated decisions, in English and Welsh. */
export const AUTOMATED = /automated|awtomat/i;

const NEGATION = /\b(?:not|never|no|don't|won't|nid|ni|na|dim)\b/i;
/** A sentence about a right, or one with an exception, answers nothing. */
const NOT_AN_ANSWER = /\bright\b|\bhawl|\bunless\b|\bexcept\b|\bother than\b|\boni bai\b|\bac eithrio\b/i;
const ANSWER_NO = /^\s*(?:No|Na|Nac|Na fydd|Ni fydd)\b/i;

/** Whether `text` (a page's headings and paragraphs, one per line) plainly says no about `topic`. */
export function statedNo(text: string, topic: RegExp): boolean {
  const lines = text.split('\n');
  return lines.some((line, i) => {
    if (!topic.test(line)) return false;
    if (/\?\s*$/.test(line)) return ANSWER_NO.test(lines[i + 1] ?? '');
    return line.split(/(?<=[.!?])\s+/).some((s) => topic.test(s) && NEGATION.test(s) && !NOT_AN_ANSWER.test(s));
  });
}
