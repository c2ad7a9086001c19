import type { DecisionField, DecisionInput } from '../input.ts';

/** An input read from the message: its value and the words it came from (with how they were read, if not plain). */
export interface Reading<T> {
  value: T;
  words: string;
  /** e.g. which exchange rate converted a dollar figure, or that a yearly figure was divided by twelve. */
  note?: string;
}

export type Readings = { [F in DecisionField]?: Reading<DecisionInput[F]> };

/** An input the message did not give, with the value taken instead and why. */
export interface Assumption<T> {
  value: T;
  why: string;
}
