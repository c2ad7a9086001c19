import { detectPersonalData, personalDataTypes } from './detect.ts';
import type { PersonalDataType } from './types.ts';

export interface Redaction {
  /** The text with each piece of personal data replaced by its typed placeholder, e.g. "[EMAIL]". */
  text: string;
  /** The kinds replaced (empty when nothing was). */
  types: PersonalDataType[];
}

/** Replaces personal data with typed placeholders: "mail jane@example.com" -> "mail [EMAIL]". */
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

/** How a kind reads in a sentence for the user. */
export function describeType(type: PersonalDataType): string {
  const words: Record<PersonalDataType, string> = {
    NAME: 'a name',
    EMAIL: 'an email address',
    PHONE: 'a phone number',
    POSTCODE: 'a postcode',
    NI_NUMBER: 'a National Insurance number',
    IBAN: 'an IBAN',
    CARD_NUMBER: 'a card number',
  };
  return words[type];
}
