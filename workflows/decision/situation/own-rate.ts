import { currencyCode, UNHELD_CURRENCY_CODES } from './amounts.ts';

/** An exchange rate the asker states: so many units of `code` for one unit of `base` ("A$ at 1.55" -> 1.55 AUD per USD). */
export interface OwnRate {
  code: string;
  base: string;
  perBase: number;
}

/** A currency as typed in a rate: a sign, a code or a name, held or not. */
const CUR = String.raw`(?:a\$|c\$|nz\$|s\$|hk\$|us\$|[$£€¥₹]|${UNHELD_CURRENCY_CODES.join('|')}|usd|eur|gbp|dollars?|euros?|pounds?|yen|yuan|rupees?|kronor|krona|(?:swiss )?francs?)`;
/** A rate, not a price per hour, month or token typed after a currency ("€ at 3 per hour"). */
const RATE = String.raw`(?<rate>\d+(?:\.\d+)?)(?!\d|\s*(?:/\s*(?:h|hr|hour|mo|m\b|month|day|yr|year|gpu|token)|per\s+(?:h\b|hr|hour|gpu|month|mo\b|day|year|million|1m|m\b|token|seat|user)|an?\s+(?:hour|hr|month|day|year)))`;
/** What one unit is priced against: "per $", "to the dollar", "/usd", "a euro". */
const PER = String.raw`(?:\s*(?:per|to the|to a|to one|to 1|for one|for 1|for a|a|/)\s*(?<base>${CUR}))`;

/** The forms people type a rate in, each naming the currency (`cur`), the rate and, where typed, what it is against (`base`). */
const FORMS = [
  // "a$ at 1.55", "in sek at 10.5 per $", "sek at 10.5/usd", "a$ (rate 1.55)"
  new RegExp(String.raw`(?<![\w$])(?<cur>${CUR})\s*(?:at|@|\(?\s*rate(?: of)?|using(?: a rate of)?)\s*~?${RATE}(?!\s*(?:%|k\b|m\b|million|bn|per cent|percent))${PER}?`, 'i'),
  // "10.5 sek per $", "1.55 aud to the usd"
  new RegExp(String.raw`(?<![\w.])${RATE}\s*(?<cur>${CUR})${PER}`, 'i'),
  // "1 usd = 1.55 aud", "$1 = 10.5 sek"
  new RegExp(String.raw`(?<![\w.])(?:1\s*(?<base>${CUR})|(?<base2>${CUR})\s*1)\s*(?:=|is|to)\s*${RATE}\s*(?<cur>${CUR})`, 'i'),
  // "usd/aud 1.55", "usd-sek at 10.5"
  new RegExp(String.raw`(?<![\w$])(?<base>usd|eur|gbp)\s*[/-]\s*(?<cur>${CUR})\s*(?:at|of|=|@)?\s*${RATE}`, 'i'),
];

/**
 * The exchange rate a message states for a currency ("and A$ at 1.55", "monthly cost in SEK at 10.5 per $?", "1 usd =
 * 1.55 aud"): the asker's own rate, to give a total in their currency beside the stored rates. The base is dollars when
 * not typed, since the prices are in dollars. Undefined when the message states none, or a rate of a currency for itself.
 */
export function readOwnRate(text: string): OwnRate | undefined {
  for (const form of FORMS) {
    const m = form.exec(text);
    const g = m?.groups;
    if (!g?.rate || !g.cur) continue;
    const code = currencyCode(g.cur);
    const base = currencyCode(g.base ?? g.base2 ?? '$');
    const perBase = Number(g.rate);
    if (!code || !base || code === base || !(perBase > 0)) continue;
    return { code, base, perBase };
  }
  return undefined;
}

/** An amount in the asker's currency, as a person writes it: "AUD 85.25", "SEK 20,619" (cents below a thousand). */
export function ownMoney(n: number, code: string): string {
  const digits = n < 1000 ? 2 : 0;
  return `${code} ${n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
