/** Personal-data detection and redaction, used to route sensitive turns and to protect closed-provider prompts. */
export { detectPersonalData, containsPersonalData, personalDataTypes } from './detect.ts';
export { redactPersonalData, describeType, type Redaction } from './redact.ts';
export { isValidIban } from './iban.ts';
export { passesLuhn } from './luhn.ts';
export type { PersonalDataFinding, PersonalDataType } from './types.ts';
