import { isIP } from 'node:net';
import { cueBefore } from './context.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

// Dotted quads not inside a longer dotted number, and runs of hex groups with at least two colons.
const IPV4 = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?=[0-9a-f:]*:[0-9a-f]*:)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])/gi;
/** Clause, section and version numbers are dotted too ("clause 4.2.1.3", "v1.2.3.4"). */
const NOT_AN_ADDRESS = /(?:\b(?:clause|section|sections|sec|art|article|para|paragraph|schedule|annex|appendix|version|ver|release|build|step|rule|item|ISO|IEC|v)\.?|§|\bv)[ \t]*$/i;
/** With every part a single digit ("1.5.2.1"), a dotted quad is a clause number unless a word says it is an address. */
const IP_CUE = /\b(?:ip|ips|ipv4|address|addr|host|server|vpn|from|via|proxy|gateway|router|whitelist|allowlist|blocklist|blacklist|firewall|ping|ssh|connect(?:ed|ing)?)\b/i;
/** Addresses that identify no one: unspecified, loopback and the broadcast address. */
const NON_PERSONAL = /^(?:0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.255\.255\.255|::1?|0:0:0:0:0:0:0:[01])$/;

/**
 * IP addresses (v4 and v6), which the GDPR counts as personal data: they point to a device and so to a person.
 * Candidates are judged by Node's own parser (node:net isIP).
 */
export const detectIpAddresses: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const [pattern, version] of [[IPV4, 4], [IPV6, 6]] as const) {
    for (const m of text.matchAll(pattern)) {
      const value = m[0];
      const start = m.index ?? 0;
      if (isIP(value) !== version || NON_PERSONAL.test(value)) continue;
      if (version === 4 && cueBefore(text, start, NOT_AN_ADDRESS, 16)) continue;
      if (version === 4 && /^\d\.\d\.\d\.\d$/.test(value) && !cueBefore(text, start, IP_CUE)) continue;
      out.push({ type: 'IP_ADDRESS', start, end: start + value.length });
    }
  }
  return out;
};
