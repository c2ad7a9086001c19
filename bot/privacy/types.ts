/**
 * The kinds of personal data we look for, in the order notes and logs list them; each is also its redaction
 * placeholder, e.g. "[EMAIL]". One home for the list: describe.ts words them, detect.ts orders the detectors.
 */
export const PERSONAL_DATA_TYPES = [
  'NAME',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'POSTCODE',
  'DATE_OF_BIRTH',
  'IP_ADDRESS',
  'NI_NUMBER',
  'NHS_NUMBER',
  'SSN',
  'PASSPORT',
  'DRIVING_LICENCE',
  'IBAN',
  'CARD_NUMBER',
] as const;

export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/** Where one piece of personal data sits in a text. Carries offsets, not the value, so it is safe to log. */
export interface PersonalDataFinding {
  type: PersonalDataType;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** One detector: finds every occurrence of its kind in a text. */
export type Detector = (text: string) => PersonalDataFinding[];

/**
 * All matches of a global regex, as findings. When the pattern has context around the data, a named group `value`
 * (with the `d` flag, for its exact offsets) narrows the span to the data itself.
 */
export function regexFindings(text: string, pattern: RegExp, type: PersonalDataType, accept: (value: string, start: number) => boolean = () => true): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    const span = m.indices?.groups?.value;
    const value = m.groups?.value ?? m[0];
    const start = span ? span[0] : (m.index ?? 0);
    if (accept(value, start)) out.push({ type, start, end: start + value.length });
  }
  return out;
}
