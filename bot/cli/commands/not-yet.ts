import { AppError, ErrorCode } from '../../errors.ts';

/** For commands whose capability has not landed yet: says so plainly and exits non-zero. */
export function notAvailableYet(what: string): never {
  throw new AppError(ErrorCode.NotAvailableYet, what);
}
