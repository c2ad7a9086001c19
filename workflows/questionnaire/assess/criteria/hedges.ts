import type { Cue } from './types.ts';

/** Wording that leaves a commitment open, whatever the question: the answer is at best a concern. */
export const HEDGES: Cue[] = [
  [/\b(where (possible|feasible|practicable)|as far as (possible|practicable))\b/i, 'only "where possible"'],
  [/\b(commercially )?reasonable efforts\b/i, 'only reasonable efforts'],
  [/\bcase[- ]by[- ]case\b/i, 'decided case by case'],
  [/\b(on (our|the) roadmap|in progress|working towards|not yet|plan(ned)? to|intend to|aim to|expected (in|by)|target(ing)? (Q\d|20\d\d))\b/i, 'a plan, not a current commitment'],
  [/\b(at (our|its) (sole )?discretion)\b/i, 'at the vendor\'s discretion'],
  [/\b(currently|are) (evaluating|considering|exploring|reviewing)\b/i, 'still under consideration'],
  [/\b(TBC|TBD|to be confirmed|to be determined)\b/i, 'not yet confirmed'],
  [/\b(typically|usually|normally)\b|\bgenerally\b(?! available)/i, 'no firm commitment ("typically")'],
];
