import { cueBefore } from './context.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Street addresses, the line that points at a door:
 * - English-speaking countries: a house number, one to four words and a street type: "221B Baker Street",
 *   "flat 3, 12 high st", "1600 Pennsylvania Avenue NW", "Apt 4B, 350 Fifth Ave".
 * - French-style: number then type then name: "12 rue de la Paix", "5, avenue des Champs-Élysées".
 * - Southern Europe: type, name, number: "Via Roma 10", "Calle Mayor 5", "Rua Augusta 100".
 * - German, Dutch, Nordic: a street word ending in its type, then the number: "Musterstraße 12", "Kerkstraat 5".
 * - Post office boxes: "PO Box 1234".
 * A five- or four-digit postcode and town after the line ("…, 10115 Berlin") belong to it. Town names alone
 * and UK postcodes are left to postcode.ts.
 */
const NUMBER = '\\d{1,5}[A-Za-z]?(?:[\\-/]\\d{1,5}[A-Za-z]?)?';
const UNIT = `(?:(?:flat|apt|apartment|unit|suite|ste|room|floor)\\.?[ \\t]*\\d{1,4}[A-Za-z]?,?[ \\t]+)`;
const WORD = "(?:St\\.|[\\p{L}][\\p{L}'’\\-]*)";
const EN_TYPE = '(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|way|place|pl|crescent|cres|court|ct|terrace|terr|gardens|gdns|grove|square|sq|boulevard|blvd|parkway|pkwy|highway|hwy|row|mews|walk|hill|rise|parade|embankment|quay|wharf|circus|broadway|cl|loop|trail|circle|park|vale|croft|meadows?|heights|fields|approach|causeway|promenade|esplanade|yard|green)';
const DIRECTION = '(?:[ \\t]+(?:NW|NE|SW|SE|N|S|E|W)\\b)?';
const UNIT_AFTER = `(?:,?[ \\t]+(?:flat|apt|apartment|unit|suite|ste|#)\\.?[ \\t]*[A-Za-z0-9]{1,5}\\b)?`;
const TOWN_AFTER = '(?:,?[ \\t]+\\d{4,5}[ \\t]+[\\p{Lu}][\\p{L}\\-]+)?';
const ENGLISH = `(?<en>${UNIT}?\\b${NUMBER},?[ \\t]+(?<enName>(?:${WORD}[ \\t]+){1,4}?)${EN_TYPE}\\b\\.?${DIRECTION}${UNIT_AFTER})`;
const FRENCH = `(?<fr>\\b${NUMBER}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?:rue|avenue|av\\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|cours|route)[ \\t]+(?:${WORD}[ \\t]+){0,4}${WORD}${TOWN_AFTER})`;
const SOUTHERN = `(?<south>\\b(?:via|viale|piazza|corso|calle|avenida|plaza|paseo|carrer|rua|pra[çc]a|largo)[ \\t]+(?:${WORD}[ \\t]+){0,3}${WORD},?[ \\t]+\\d{1,4}[A-Za-z]?\\b${TOWN_AFTER})`;
const GERMANIC = `(?<de>\\b[\\p{L}\\-]*(?:stra(?:ß|ss)e|str\\.|weg|gasse|platz|allee|damm|ufer|laan|straat|gracht|plein|kade|singel|vej|gade|gatan|gata|v[äa]gen|veien)[ \\t]+\\d{1,4}[A-Za-z]?\\b${TOWN_AFTER})`;
const PO_BOX = '(?<box>\\bP\\.?[ \\t]?O\\.?[ \\t]+Box[ \\t]+\\d{1,6}\\b)';
const ADDRESS = new RegExp(`${ENGLISH}|${FRENCH}|${SOUTHERN}|${GERMANIC}|${PO_BOX}`, 'giu');

/** Words before an address that say it is one, for addresses typed all in lower case. */
const ADDRESS_CUE = /\b(?:address|addr|live|lives|living|lived|moved|move|deliver|delivery|ship|shipping|send|post|mail|visit|based|located|office|home|house|resides?|residence|registered|billing|correspondence|come to|at|is|on)\b/i;
/** Name words that are common English and so, in lower case, probably not a street: "top 5 high street banks" stays. */
function capitalised(name: string): boolean {
  return name.trim().split(/[ \t]+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|de|la|le)$/i.test(w));
}

/** Street addresses in English, French, southern-European and Germanic formats. */
export const detectAddresses: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    const value = m[0];
    // An English line in lower case ("12 baker street") needs a cue; capitalised, it stands on its own.
    if (m.groups?.en !== undefined && !capitalised(m.groups.enName ?? '') && !cueBefore(text, start, ADDRESS_CUE, 24)) continue;
    out.push({ type: 'ADDRESS', start, end: start + value.length });
  }
  return out;
};
