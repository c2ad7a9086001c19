import type { CliIO } from '../io.ts';
import { notAvailableYet } from './not-yet.ts';

export async function runAsk(_parsed: { question: string; json: boolean }, _io: CliIO): Promise<number> {
  return notAvailableYet('`ask`');
}
