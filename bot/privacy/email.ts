import { regexFindings, type Detector } from './types.ts';

// Local part, "@", a domain with at least one dot and a 2+ letter top-level label.
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b/g;

/** Email addresses such as jane.doe+work@example.co.uk. */
export const detectEmails: Detector = (text) => regexFindings(text, EMAIL, 'EMAIL');
