import type { CliIO } from '../io.ts';
import { notAvailableYet } from './not-yet.ts';

export async function runChecklistQuestions(_parsed: { json: boolean }, _io: CliIO): Promise<number> {
  return notAvailableYet('`checklist questions`');
}

export async function runChecklistExport(_parsed: { input: string; format: string; out: string }, _io: CliIO): Promise<number> {
  return notAvailableYet('`checklist export`');
}
