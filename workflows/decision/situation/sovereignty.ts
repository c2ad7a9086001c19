/**
 * Sovereignty or strategic-autonomy procurement: the team's customers or tenders (government, NHS, defence, the
 * public sector) ask for it, or the team is itself a public body buying under those rules. Selling to the public
 * sector counts only when the words say so (a tender, a contract, customers, clients, selling, bidding).
 */
import { cue, readFlag } from './flag.ts';
import type { Reading } from './reading.ts';
import type { Prepared } from './text.ts';

const PUBLIC_BODY = String.raw`(?:central |local |uk |the |national )?government|govt|gov(?:\.uk)?|whitehall|(?:local |county |city |district |borough |parish )?councils?|local authorit(?:y|ies)|public[- ]sector|public bod(?:y|ies)|nhs(?: trusts?| england| scotland| wales| bodies)?|icbs?|integrated care boards?|ministry of defen[cs]e|mod|(?<!criminal )defen[cs]e|armed forces|military|police|police forces|home office|hmrc|dwp|civil service|crown commercial service|ccs|g-?cloud|dos framework|digital outcomes|emergency services`;
const SELLING = String.raw`(?:tenders?|tendering|bids?|bidding|rfps?|rfqs?|itts?|frameworks?|contracts?|customers?|clients?|buyers?|accounts?|deals?|work|projects?|procurement|suppliers?|supplier to|sell(?:ing|s)? (?:in)?to|supply(?:ing)?|contractors?|partners?|win(?:ning)?|pitch(?:ing)?(?: (?:for|to))?)`;

const YES = cue(
  [
    String.raw`sovereign(?:ty)?(?: ai| hosting| cloud| requirements?| clauses?| criteria)?|strategic autonomy|digital sovereignty|autonomy clauses?`,
    String.raw`(?:${PUBLIC_BODY}) (?:\w+ ){0,2}${SELLING}`,
    String.raw`${SELLING} (?:\w+ ){0,3}(?:from|for|with|to|in|across|into|at) (?:the |a |an |some |several |uk |local |central )?(?:${PUBLIC_BODY})`,
    String.raw`(?:sell|sells|selling|sold|supply|supplies|supplying|pitch|pitching|bid|bidding|tender|tendering|work|working|contract|contracting|deliver|delivering) (?:\w+ ){0,3}(?:to|for|with|into|in|at) (?:the |a |an |some |several |uk |local |central )?(?:${PUBLIC_BODY})`,
    String.raw`(?:we are|we're|we work (?:for|in|at)|i work (?:for|in|at)|as) (?:an? |the |part of (?:an? |the )?)?(?:${PUBLIC_BODY})(?: body| department| organisation| organization| team| trust)?`,
    String.raw`(?:${PUBLIC_BODY}) here\b|(?:${PUBLIC_BODY}) (?:\w+ )?(?:team|department|dept|directorate|unit|programme|service desk)\b`,
    String.raw`(?:tenders?|rfps?|customers?|clients?|buyers?) (?:ask|asks|require|requires|want|wants|demand|demands|insist|insists|score|scores) (?:\w+ ){0,3}(?:sovereign\w*|autonomy|uk[- ](?:hosted|based|owned)|british[- ](?:hosted|owned))`,
  ].join('|'),
);
const NO = cue(String.raw`(?:only|purely|all|entirely) (?:private[- ]sector|b2c|consumers?|commercial clients|smes?)|private[- ]sector only|no (?:public[- ]sector|government|govt|nhs)(?: (?:work|clients|customers|tenders|contracts|buyers))?|none (?:from|in) (?:the )?(?:public[- ]sector|government)|(?:tenders?|public[- ]sector|government|sovereignty)\s?:\s?(?:none|no|n\/a)`);

export function readSovereignty(p: Prepared): Reading<boolean> | undefined {
  return readFlag(p, { yes: YES, no: NO, prefer: true });
}
