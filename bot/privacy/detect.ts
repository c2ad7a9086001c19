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

/** Every piece of personal data in `text`, sorted by position, without overlaps. */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  return mergeFindings(DETECTORS.map((detect) => detect(text)));
}

/**
 * Findings from several detectors, highest priority first, as one sorted list without overlaps. Overlapping
 * findings are merged into one span named by the higher-priority kind rather than one dropped: dropping would leave
 * the rest of the other item in the text.
 */
export function mergeFindings(byPriority: PersonalDataFinding[][]): PersonalDataFinding[] {
  const kept: { finding: PersonalDataFinding; rank: number }[] = [];
  byPriority.forEach((findings, rank) => {
    for (const f of findings) {
      if (f.end <= f.start) continue;
      const merged = { finding: { ...f }, rank };
      // A widened span may reach further findings, so merge until nothing more overlaps.
      for (let i = kept.findIndex((k) => overlaps(k.finding, merged.finding)); i !== -1; i = kept.findIndex((k) => overlaps(k.finding, merged.finding))) {
        const [k] = kept.splice(i, 1);
        if (k!.rank < merged.rank) {
          merged.rank = k!.rank;
          merged.finding.type = k!.finding.type;
        }
        merged.finding.start = Math.min(merged.finding.start, k!.finding.start);
        merged.finding.end = Math.max(merged.finding.end, k!.finding.end);
      }
      kept.push(merged);
    }
  });
  return kept.map((k) => k.finding).sort((a, b) => a.start - b.start);
}

const overlaps = (a: PersonalDataFinding, b: PersonalDataFinding) => a.start < b.end && b.start < a.end;

/** True when `text` holds any personal data we detect. */
export function containsPersonalData(text: string): boolean {
  return detectPersonalData(text).length > 0;
}

/** The distinct kinds found, in a stable order, for notes and logs (kinds, never values). */
export function personalDataTypes(findings: PersonalDataFinding[]): PersonalDataType[] {
  const found = new Set(findings.map((f) => f.type));
  return PERSONAL_DATA_TYPES.filter((t) => found.has(t));
}
