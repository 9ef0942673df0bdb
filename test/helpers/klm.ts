/**
 * A Keystroke-Level Model estimate (Card, Moran and Newell, "The keystroke-level model
 * for user performance time with interactive systems", Communications of the ACM 23(7),
 * 1980, https://doi.org/10.1145/358886.358895) of how long a person takes for what a test
 * did at the keyboard: each key pressed (K, an average typist), and a moment's thought
 * before each field (M). Keyboard only, so no pointing (P) or moving a hand to the mouse (H).
 */

/** The operators' times in seconds, as the paper gives them. */
export const KLM = { K: 0.28, P: 1.1, H: 0.4, M: 1.35 } as const;

/** What a test counted. */
export interface Tally {
  /** Every key pressed, Tab and Enter included. */
  keys: number;
  /** Of those, the Tab presses that moved between fields. */
  tabs: number;
  /** Fields (and buttons) the person went to, each after a moment's thought. */
  fields: number;
}

export interface Estimate extends Tally {
  seconds: number;
  minutes: number;
  operators: typeof KLM;
}

export function klmEstimate(tally: Tally): Estimate {
  const seconds = tally.keys * KLM.K + tally.fields * KLM.M;
  return { ...tally, seconds: Math.round(seconds), minutes: Math.round((seconds / 60) * 10) / 10, operators: KLM };
}
