import type { CliIO } from '../io.ts';
import { notAvailableYet } from './not-yet.ts';

export async function runKb(parsed: { action: 'build' | 'lint' | 'eval'; json: boolean }, _io: CliIO): Promise<number> {
  return notAvailableYet(`\`kb ${parsed.action}\``);
}
