import { cardTitle } from '../../knowledge/load-cards.ts';
import { hasModelPrice, modelQuote } from '../../workflows/decision/model-prices.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { asksForCall, type QuestionKind } from './question.ts';
import type { Verdict } from './verdict.ts';
import { quoteFigures } from './price-wording.ts';

/**
 * A plan to build on, move to or keep using something: "we'll build the whole pipeline on that", "go with gpt-5 nano",
 * "standardise on it", "keep it running".
 */
const USE_PLANNED = /\b(?:build(?:ing)?|base|basing|standardi[sz](?:e|ing)|go(?:ing)? with|use|using|pick(?:ing)?|choos(?:e|ing)|switch(?:ing)? to|mov(?:e|ing) to|migrat(?:e|ing) to|run(?:ning)?|stay(?:ing)? on|keep(?:ing)?|launch(?:ing)? on|ship(?:ping)? on|deploy(?:ing)?|rely(?:ing)? on|bet(?:ting)? on)\b/i;

/**
 * A should-we or yes-or-no message planning to build on a model its maker no longer sells ("since gpt-5 nano is
 * openai's cheap option we'll build the whole pipeline on that, sound ok?"): "No: OpenAI has deprecated GPT-5 nano,
 * which cost $0.05 input and $0.40 output per million tokens, so plan on a model it still sells.", from the price
 * data's status, cited to the page stating it. Undefined when the message names no such model, plans nothing with it,
 * or asks for no call.
 */
export function retiredVerdict(question: string, kind: QuestionKind, named: readonly string[]): Verdict | undefined {
  if (!asksForCall(kind) || !USE_PLANNED.test(question)) return undefined;
  const prices = loadPrices();
  const models = named.filter((name) => hasModelPrice(name, prices));
  const retired = models.flatMap((model) => {
    const quote = modelQuote(model, {}, prices);
    return quote?.status ? [quote] : [];
  });
  // One such model, asked about alone: beside others it is one fact of a comparison, which the price verdict gives.
  const only = retired.length === 1 && models.length === 1 ? retired[0] : undefined;
  if (!only?.status) return undefined;
  // Its last price with it, so the card's sentence giving that price is not said again beneath.
  const text = `No: ${only.provider} has ${only.status === 'deprecated' ? 'deprecated' : only.status} ${only.model}, which cost ${quoteFigures(only, 'both')}, so plan on a model it still sells.`;
  return { text, cardId: only.card, title: cardTitle(only.card) ?? only.card, url: only.url };
}
