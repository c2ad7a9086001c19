import type { CliIO } from '../io.ts';
import { notAvailableYet } from './not-yet.ts';

export async function runDecide(_parsed: { input: string; json: boolean }, _io: CliIO): Promise<number> {
  return notAvailableYet('`decide`');
}
