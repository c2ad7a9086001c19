import { regexFindings, type Detector } from './types.ts';

// Local part, "@", a domain with at least one dot and a 2+ letter top-level label. The lookbehind starts a match
// only at the beginning of a token, and labels are bounded (63 characters, as in DNS), so a long run of letters
// or digits is scanned in linear time, not quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}\b/g;

/** Email addresses such as jane.doe+work@example.co.uk. */
export const detectEmails: Detector = (text) => regexFindings(text, EMAIL, 'EMAIL');
