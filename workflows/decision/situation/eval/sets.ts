/** The labelled situation sets (README.md beside this file says how they were written and split). */
export const SITUATION_SETS = ['tune', 'check', 'holdout'] as const;
export type SituationSet = (typeof SITUATION_SETS)[number];
