/**
 * A bill quoted month by month: "API spend Jan £3.1k, Feb £3.0k, Mar £3.2k", "october $2,900 / november $3,050".
 * Two or more named months each followed by an amount say the service has been billed for months (it is in use)
 * and, by how far the amounts move, whether the load is steady.
 */
import { cue } from './flag.ts';
import type { Prepared } from './text.ts';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const BILLED = String.raw`${MONTH}:? ?~?(?:[£$€]|eur |gbp |usd )?(\d[\d,]*(?:\.\d+)?)(k)?`;
const ONE = new RegExp(BILLED, 'g');
const RUN = cue(String.raw`${BILLED}(?:(?:[,;/ ]|and|\||-)+${BILLED})+`);

export interface MonthlyBills {
  start: number;
  end: number;
  amounts: number[];
}

/** The first run of two or more month-by-month amounts in the message, if any. */
export function monthlyBills(p: Prepared): MonthlyBills | undefined {
  RUN.lastIndex = 0;
  const run = RUN.exec(p.text);
  if (!run) return undefined;
  const amounts = [...run[0].matchAll(ONE)].map((m) => Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1));
  return { start: run.index, end: run.index + run[0].length, amounts };
}

/** Within `STEADY_RATIO` of each other, month-by-month amounts are a steady load; past `SWINGS_RATIO`, not steady. */
export const STEADY_RATIO = 1.25;
export const SWINGS_RATIO = 1.5;
