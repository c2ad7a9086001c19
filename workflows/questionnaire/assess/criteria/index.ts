import { ASSURANCE_CRITERIA } from './assurance.ts';
import { COMMERCIAL_CRITERIA } from './commercial.ts';
import { DATA_CRITERIA } from './data.ts';
import { OPERATIONS_CRITERIA } from './operations.ts';
import type { QuestionCriteria } from './types.ts';

export { HEDGES } from './hedges.ts';
export type { Cue, QuestionCriteria } from './types.ts';

/** The rules for each of the twelve checklist ids (checklist/questions.ts CHECKLIST_IDS). */
export const CRITERIA: Record<string, QuestionCriteria> = { ...DATA_CRITERIA, ...ASSURANCE_CRITERIA, ...OPERATIONS_CRITERIA, ...COMMERCIAL_CRITERIA };
