import { detectAddresses } from './address.ts';
import { detectCardNumbers } from './card-number.ts';
import { detectDatesOfBirth } from './date-of-birth.ts';
import { detectDrivingLicences } from './driving-licence.ts';
import { detectEmails } from './email.ts';
import { detectIbans } from './iban.ts';
import { detectIpAddresses } from './ip-address.ts';
import { detectNames } from './name.ts';
import { detectNhsNumbers } from './nhs-number.ts';
import { detectNiNumbers } from './ni-number.ts';
import { detectPassports } from './passport.ts';
import { detectPhones } from './phone.ts';
import { detectPostcodes } from './postcode.ts';
import { detectSsns } from './ssn.ts';
import { PERSONAL_DATA_TYPES, type Detector, type PersonalDataFinding, type PersonalDataType } from './types.ts';

/**
 * In priority order, most certain first (checksums, then fixed shapes, then context): when two findings overlap,
 * the earlier kind names the merged span (an IBAN's digits are not a phone number).
 */
const DETECTORS: Detector[] = [
  detectEmails,
  detectIbans,
  detectCardNumbers,
  detectNhsNumbers,
  detectNiNumbers,
  detectSsns,
  detectDrivingLicences,
  detectPassports,
  detectIpAddresses,
  detectDatesOfBirth,
  detectPhones,
  detectPostcodes,
  detectAddresses,
  detectNames,
];

/**
 * Every piece of personal data in `text`, sorted by position, without overlaps. Overlapping findings are merged
 * into one span (named by the higher-priority kind) rather than one dropped: dropping would leave the rest of the
 * other item in the text ("my name is jane jane@example.com").
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const kept: PersonalDataFinding[] = [];
  for (const detect of DETECTORS) {
    for (const f of detect(text)) {
      if (f.end <= f.start) continue;
      const overlapping = kept.filter((k) => f.start < k.end && k.start < f.end);
      if (overlapping.length === 0) {
        kept.push({ ...f });
        continue;
      }
      const [first, ...rest] = overlapping;
      first!.start = Math.min(first!.start, f.start, ...rest.map((r) => r.start));
      first!.end = Math.max(first!.end, f.end, ...rest.map((r) => r.end));
      for (const r of rest) kept.splice(kept.indexOf(r), 1);
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
  const found = new Set(findings.map((f) => f.type));
  return PERSONAL_DATA_TYPES.filter((t) => found.has(t));
}
