/** The kinds of personal data we look for; each is also its redaction placeholder, e.g. "[EMAIL]". */
export type PersonalDataType = 'EMAIL' | 'PHONE' | 'NI_NUMBER' | 'IBAN' | 'CARD_NUMBER' | 'POSTCODE' | 'NAME';

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
export function regexFindings(text: string, pattern: RegExp, type: PersonalDataType, accept: (value: string) => boolean = () => true): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    const span = m.indices?.groups?.value;
    const value = m.groups?.value ?? m[0];
    const start = span ? span[0] : (m.index ?? 0);
    if (accept(value)) out.push({ type, start, end: start + value.length });
  }
  return out;
}
