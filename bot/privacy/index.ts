/** Personal-data detection and redaction, used to route sensitive turns, protect closed-provider prompts and keep stores clean. */
export { detectPersonalData, containsPersonalData, mergeFindings, personalDataTypes } from './detect.ts';
export { redactPersonalData, describeType, type Redaction } from './redact.ts';
export { isValidIban } from './iban.ts';
export { passesLuhn } from './luhn.ts';
export { passesNhsCheck } from './nhs-number.ts';
export { isCardNumber } from './card-number.ts';
export { PERSONAL_DATA_TYPES, type PersonalDataFinding, type PersonalDataType } from './types.ts';
export { hasCredential, maskCredentials, CREDENTIAL_PLACEHOLDER } from './credential.ts';
