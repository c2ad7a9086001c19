import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices, type Prices } from '../../workflows/decision/prices.ts';
import { findAmounts, findUnheldAmounts, type Amount } from '../../workflows/decision/situation/amounts.ts';
import { convert } from '../../workflows/decision/situation/rates.ts';
import { largeNumber, moneyInWords } from '../../workflows/format.ts';
import { FINE_AS_PENALTY } from './question-cues.ts';
import type { Verdict } from './verdict.ts';

/** Words that ask how large a fine could be. */
const ASKS_FINE = /\b(fines|fined|penalt\w*|max(imum)? exposure|worst[- ]case)\b/i;
/** A message asking how large a fine could be: "max ai act fine for a deployer?", "penalties?", "worst case". */
export const asksFine = (question: string): boolean => ASKS_FINE.test(question) || FINE_AS_PENALTY.test(question);
/** The EU AI Act, or the roles and tiers only it fines (a GDPR fine is another law's, with another cap). */
const AI_ACT = /\b(ai act|ai regulation|article 99|art\.? ?99|deployers?|providers? of (a )?high[- ]risk|high[- ]risk (ai|system)|(prohibited|banned|forbidden) (ai )?(practices?|uses?|systems?|ways?|applications?|purposes?))\b/i;
const OTHER_LAW = /\b(gdpr|uk gdpr|data protection act|dora|nis ?2)\b/i;
/**
 * An AI system spoken of with a tier only the AI Act fines ("fed the regulator misleading info about our ai system",
 * "an emotion recognition ai tool"), the law unnamed.
 */
const AI_THING = /\bai (?:systems?|tools?|models?|products?|features?|services?)\b/i;
/** Words naming the figure a company's size is measured by. */
const TURNOVER = /\b(turnover|revenues?|sales|top line)\b/i;
/** An amount this close to a turnover word (in characters) is the turnover. */
const NEAR = 40;

/** Which tier a message asks about: what was done, in its own words. */
const TIER_WORDS: [Prices['ai_act_fines']['tiers'][number]['id'], RegExp][] = [
  ['prohibited', /\b(prohibited|banned|forbidden|article 5|art\.? ?5|social scoring|emotion recognition|subliminal|manipulat\w*|untargeted scraping|biometric categori[sz]ation)\b/i],
  ['information', /\b(misleading|incorrect|incomplete|inaccurate|false|wrong)\s+(info\w*|data|answers?|statements?|figures?)\b|\b(lie|lied|lying|mislead\w*)\s+(to\s+)?(the\s+)?(regulator|authorit)/i],
  ['obligations', /\b(deployers?|providers?|obligations?|duties|duty|high[- ]risk|transparency|rules that apply|breach\w*|breaks?|non[- ]?complian\w*)\b/i],
];

/** The duties of the middle tier named as such, not only a breach of something. */
const DUTIES_NAMED = /\b(deployers?|providers?|obligations?|duties|duty|high[- ]risk|transparency|rules that apply)\b/i;

/** Asking whether small companies get lower fines at all ("do smes get lower ai act fines?"): the card's verdict answers. */
const ASKS_IF_LOWER = /\b(lower|less|smaller|reduced|cheaper|softer|lighter|discount(?:ed)?)\b/i;

/** A company that says it is small: the card's lower cap ("whichever is lower") is for SMEs and start-ups. */
const SME = /\b(smes?|start-?ups?|small (company|firm|business|team)|micro[- ]?(company|business|enterprise))\b|(?<![\d,.])\b([1-9]\d?|1\d\d|2[0-4]\d)[- ]?(person|people|ppl|staff|employees?|ftes?|heads|strong)\b/i;

/** A company saying it is not small: "so not an SME", "we're no start-up", "not a small business". */
const NOT_SME = /\b(?:not|no|isn'?t|aren'?t|never)\s+(?:an?\s+|classed as\s+(?:an?\s+)?|counted as\s+(?:an?\s+)?)?(?:smes?|start-?ups?|small (?:company|firm|business))\b/i;

const euros = (n: number) => moneyInWords(n, 'EUR');

/**
 * The amount beside a turnover word, in euros, with the note that says how a pound or dollar figure was converted;
 * in a currency the stored rates do not hold ("CHF 900m"), the amount and that currency alone.
 */
function readTurnover(text: string, prices: Prices): { eur: number; note?: string } | { unheld: string; value: number } | undefined {
  const lower = text.toLowerCase();
  const word = TURNOVER.exec(lower);
  if (!word) return undefined;
  const near = (a: Amount) => Math.min(Math.abs(a.start - word.index), Math.abs(a.end - word.index), Math.abs(a.start - (word.index + word[0].length)));
  const closest = <A extends Amount>(found: A[]) => found.filter((a) => (a.currency !== undefined || a.scaled) && a.value >= 1e5 && near(a) <= NEAR).sort((a, b) => near(a) - near(b))[0];
  const amount = closest(findAmounts(lower));
  const unheld = closest(findUnheldAmounts(lower));
  if (unheld && (!amount || near(unheld) < near(amount))) return { unheld: unheld.unheld, value: unheld.value };
  if (!amount) return undefined;
  const currency = amount.currency ?? 'EUR';
  if (currency === 'EUR') return { eur: amount.value };
  const eur = convert(amount.value, currency, 'EUR', prices);
  if (eur === undefined) return undefined;
  return { eur, note: `${moneyInWords(amount.value, currency)} is about ${euros(eur)} at the stored exchange rates` };
}

/**
 * The EU AI Act fine cap with the asker's own turnover: "we're a group with roughly €2bn turnover. if our hr
 * screening ai breaks the rules that apply to deployers, how big could the fine get?" is answered "With worldwide
 * annual turnover of €2 billion, the cap for breaches of most other duties… is €60 million: 3% of turnover, above
 * the €15 million fixed amount, and larger companies face whichever is higher." The tiers come from
 * knowledge/data/prices.json (`ai_act_fines`), which `kb lint` checks against the fines card; a tier the message
 * does not name gives all three caps.
 */
export function fineVerdict(question: string): Verdict | undefined {
  // Every tier the message names: "a banned practice vs breaching our deployer obligations" asks two caps. A breach
  // with no duty named ("might breach the article 5 prohibited practices") is the other tier's verb, not a tier.
  const found = TIER_WORDS.filter(([, re]) => re.test(question)).map(([id]) => id);
  const namedAll = found.length > 1 && !DUTIES_NAMED.test(question) ? found.filter((id) => id !== 'obligations') : found;
  const named = namedAll[0];
  const aboutAiAct = AI_ACT.test(question) || (AI_THING.test(question) && (named === 'information' || named === 'prohibited'));
  if (!asksFine(question) || !aboutAiAct || (OTHER_LAW.test(question) && !/\bai act\b/i.test(question))) return undefined;
  const prices = loadPrices();
  const read = readTurnover(question, prices);
  const fines = prices.ai_act_fines;
  // "so not an SME", "we're no start-up": a size denied is a larger company's.
  const sme = SME.test(question) && !NOT_SME.test(question);
  const source = fines.sources[0];
  const verdict = (text: string): Verdict => ({ text, cardId: fines.card, title: cardTitle(fines.card) ?? fines.card, url: source?.url ?? null });
  const asked = fines.tiers.filter((t) => namedAll.includes(t.id));
  // One tier named is answered alone; two or more named, each of them; none named, all three.
  const tier = asked.length === 1 ? asked[0] : undefined;
  const listed = asked.length > 1 ? asked : fines.tiers;
  const rule = sme ? 'SMEs and start-ups face whichever is lower' : 'larger companies face whichever is higher';
  // A turnover in a currency the rates do not hold: the share of it in that currency, beside the fixed amount in euros.
  if (read && 'unheld' in read) {
    const share = (t: (typeof fines.tiers)[number]) => `${t.turnover_percent}% of ${read.unheld} ${largeNumber(read.value)} is ${read.unheld} ${largeNumber((read.value * t.turnover_percent) / 100)}, against the ${euros(t.fixed_eur)} fixed amount`;
    const lead = `The knowledge base holds no ${read.unheld} exchange rate, so it cannot give the cap in euros: for`;
    if (tier) return verdict(`${lead} ${tier.label}, ${share(tier)}, and ${rule}.`);
    return verdict(`${lead} each tier, ${listed.map((t) => `${t.label}: ${share(t)}`).join('; ')}; ${rule}.`);
  }
  const turnover = read;
  if (!turnover) {
    // A small company with no turnover given ("what about if we're under 50 people" after the prohibited-practice cap)
    // gets the rule for its size on the tier asked; whether SMEs get lower fines at all is the card's own verdict.
    if (!sme || ASKS_IF_LOWER.test(question)) return undefined;
    if (tier) return verdict(`For an SME or start-up, the EU AI Act cap for ${tier.label} is whichever is lower of ${euros(tier.fixed_eur)} and ${tier.turnover_percent}% of worldwide annual turnover; larger companies face whichever is higher.`);
    const caps = fines.tiers.map((t) => `${euros(t.fixed_eur)} or ${t.turnover_percent}% for ${t.label}`);
    return verdict(`For an SME or start-up, each EU AI Act fine cap is whichever is lower of its fixed amount and its share of worldwide annual turnover (larger companies face whichever is higher): ${caps.slice(0, -1).join('; ')}; and ${caps.at(-1)}.`);
  }
  const cap = (t: (typeof fines.tiers)[number]) => {
    const share = (turnover.eur * t.turnover_percent) / 100;
    return { t, share, cap: sme ? Math.min(share, t.fixed_eur) : Math.max(share, t.fixed_eur) };
  };
  const who = `${sme ? 'For an SME or start-up with' : 'With'} worldwide annual turnover of ${euros(turnover.eur)}${turnover.note ? ` (${turnover.note})` : ''}`;
  let text: string;
  if (tier) {
    const { share, cap: most } = cap(tier);
    text = `${who}, the EU AI Act cap for ${tier.label} is ${euros(most)}: ${tier.turnover_percent}% of turnover is ${euros(share)} against the ${euros(tier.fixed_eur)} fixed amount, and ${rule}.`;
  } else {
    // Each cap says which side set it: "€140 million (7% of turnover)", "€35 million (the fixed amount)".
    const all = listed.map(cap).map(({ t, share, cap: most }) => `${euros(most)} (${most === share ? `${t.turnover_percent}% of turnover` : 'the fixed amount'}) for ${t.label}`);
    text = `${who}, the EU AI Act caps are ${all.slice(0, -1).join(', ')} and ${all.at(-1)}, because ${rule} of the fixed amount and the share of turnover.`;
  }
  // "are ai act fines lower for a startup? … just want a yes or no first": the yes, then the caps at its turnover.
  return verdict(sme && ASKS_IF_LOWER.test(question) ? `Yes: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);
}
