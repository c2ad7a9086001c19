/**
 * Mandatory residency: law, a sector rule or a contract keeps the data in the UK/EU. A stated requirement beats
 * a stated absence of one (being wrong the other way is the costly mistake: a GDPR Article 48 breach).
 */
import { cue, readFlag } from './flag.ts';
import type { Reading } from './reading.ts';
import type { Prepared } from './text.ts';

const PLACE = String.raw`(?:the )?(?:uk|u\.k\.|eu|e\.u\.|eea|europe|britain|great britain|england|scotland|wales|country|jurisdiction|region|our (?:own )?(?:data ?cent(?:re|er)s?|servers|premises|infrastructure))`;

const YES = cue(
  [
    String.raw`(?:data )?residency (?:requirements?|rules?|obligations?|constraints?|(?:is |are )?(?:required|mandatory|a must|non-negotiable|applies|matters))|(?:strict|mandatory|legal|contractual|hard|uk|eu) (?:data )?residency`,
    String.raw`(?:must|has to|have to|needs? to|got to|legally (?:has|have) to|are required to|required to) keep (?:the |all |our |any )?(?:\w+ )?(?:data|it|everything|information|records) (?:in|within|inside|on) ${PLACE}|on (?:uk|british|eu|european|english) soil`,
    String.raw`(?:must|has to|have to|needs? to|should) be (?:uk|eu|europe|british|english)[- ]?(?:hosted|based|resident|only)|(?:need|needs|require|requires|required|mandate|mandates|want|insist on) (?:uk|eu|europe|british)[- ](?:only |based )?(?:hosting|hosted|residency|data cent(?:re|er)s?|servers|infrastructure)`,
    String.raw`data localisation|data localization|localisation rules|onshore|on-?shore only`,
    String.raw`(?:must|has to|have to|needs? to|got to|gotta|should|legally (?:has|have) to|is required to|are required to|required to) (?:stay|remain|be (?:kept|stored|hosted|processed|held)|reside|live|sit) (?:in|within|inside) ${PLACE}`,
    String.raw`(?:can't|cannot|can not|mustn't|must not|may not|isn't allowed to|aren't allowed to|not allowed to|never|shouldn't) (?:leave|go outside|be sent outside|be transferred outside|cross|be processed outside|leave the building)(?: ${PLACE})?`,
    String.raw`(?:uk|eu|europe|british)[- ](?:only|hosted only|resident|data residency|residency|sovereign hosting)`,
    String.raw`(?:kept|stored|hosted|processed) (?:only )?(?:in|within) ${PLACE} (?:by law|under|because of|per|as required)`,
    String.raw`(?:regulator|fca|pra|ico|sra|cqc|ofcom|ofgem|nhs rules|dspt|data security and protection toolkit|sector rules?|our contracts?|client contracts?|customer contracts?)\w* (?:require|requires|required|say|says|insist|insists|mandate|mandates|demand|demands) (?:that )?(?:the |all |our )?(?:\w+ ){0,2}(?:data|it|everything|information|records)`,
    String.raw`on[- ]prem(?:ise)?s?(?: is| are)? (?:required|only|mandatory|a must)|(?:air[- ]gapped|no data (?:can |may )?(?:leave|leaving))`,
  ].join('|'),
);

const NO = cue(
  [
    String.raw`(?:data )?(?:can|could|may) (?:go|be|sit|live|leave|be (?:stored|hosted|processed)) (?:anywhere|in the us|outside ${PLACE}|wherever)`,
    String.raw`(?:us|american|overseas|offshore) (?:hosting|servers|regions?|data ?cent(?:re|er)s?) (?:is|are|would be) (?:fine|ok|okay|acceptable)`,
    String.raw`(?:don't|do not|doesn't|does not) (?:care|mind|matter) where|no (?:data )?residency (?:requirements?|rules?|obligations?|constraints?|issues?)|residency (?:isn't|is not) (?:an issue|a concern|required)`,
  ].join('|'),
);

export function readResidency(p: Prepared): Reading<boolean> | undefined {
  return readFlag(p, { yes: YES, no: NO, prefer: true, reach: 5 });
}
