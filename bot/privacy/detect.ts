import { detectCardNumbers } from './card-number.ts';
import { detectEmails } from './email.ts';
import { detectIbans } from './iban.ts';
import { detectNames } from './name.ts';
import { detectNiNumbers } from './ni-number.ts';
import { detectPhones } from './phone.ts';
import { detectPostcodes } from './postcode.ts';
import type { Detector, PersonalDataFinding, PersonalDataType } from './types.ts';

/** In priority order: when two findings overlap, the earlier detector wins (an IBAN's digits are not a phone). */
const DETECTORS: Detector[] = [detectEmails, detectIbans, detectCardNumbers, detectNiNumbers, detectPhones, detectPostcodes, detectNames];

/** Every piece of personal data in `text`, sorted by position, without overlaps. */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const kept: PersonalDataFinding[] = [];
  for (const detect of DETECTORS) {
    for (const f of detect(text)) {
      if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when `text` holds any personal data we detect. */
export function containsPersonalData(text: string): boolean {
  return detectPersonalData(text).length > 0;
}

/** The distinct kinds found, in a stable order, for notes and logs (kinds, never values). */
export function personalDataTypes(findings: PersonalDataFinding[]): PersonalDataType[] {
  const order: PersonalDataType[] = ['NAME', 'EMAIL', 'PHONE', 'POSTCODE', 'NI_NUMBER', 'IBAN', 'CARD_NUMBER'];
  const found = new Set(findings.map((f) => f.type));
  return order.filter((t) => found.has(t));
}
