/** A pattern and the criterion it stands for, in the words a reviewer reads in the reason. */
export type Cue = readonly [RegExp, string];

/**
 * How the rules judge one checklist question, written from its card's "What a good answer looks like" and
 * "Red flags" sections (the cards stay the source of the criteria; these are their recognisable wordings).
 * `topic` decides whether a sentence is about the question at all: strong cues count 2, weak 1, and a sentence
 * needs 2 (so one weak word never gives a silent question a status).
 */
export interface QuestionCriteria {
  strong: RegExp[];
  weak: RegExp[];
  good: Cue[];
  red: Cue[];
  /** Partial or hedged answers specific to this question; the general hedges are in hedges.ts. */
  concern: Cue[];
  /** A red flag the card names by absence ("says nothing about X"): red when the answer never mentions it. */
  absent?: Cue;
}
