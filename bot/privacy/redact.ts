import { detectPersonalData, personalDataTypes } from './detect.ts';
import type { PersonalDataType } from './types.ts';

export interface Redaction {
  /** The text with each piece of personal data replaced by its typed placeholder, e.g. "[EMAIL]". */
  text: string;
  /** The kinds replaced (empty when nothing was). */
  types: PersonalDataType[];
}

/** Replaces every piece of personal data, whatever its kind, with a typed placeholder: "mail jane@example.com" -> "mail [EMAIL]". */
export function redactPersonalData(text: string): Redaction {
  const findings = detectPersonalData(text);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${text.slice(at, f.start)}[${f.type}]`;
    at = f.end;
  }
  return { text: out + text.slice(at), types: personalDataTypes(findings) };
}

const WORDS: Record<PersonalDataType, string> = {
  NAME: 'a name',
  EMAIL: 'an email address',
  PHONE: 'a phone number',
  ADDRESS: 'a street address',
  POSTCODE: 'a postcode',
  DATE_OF_BIRTH: 'a date of birth',
  IP_ADDRESS: 'an IP address',
  NI_NUMBER: 'a National Insurance number',
  NHS_NUMBER: 'an NHS number',
  SSN: 'a Social Security number',
  PASSPORT: 'a passport number',
  DRIVING_LICENCE: 'a driving licence number',
  IBAN: 'an IBAN',
  CARD_NUMBER: 'a card number',
};

/** How a kind reads in a sentence for the user. */
export function describeType(type: PersonalDataType): string {
  return WORDS[type];
}
