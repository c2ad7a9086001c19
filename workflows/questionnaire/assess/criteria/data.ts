import type { QuestionCriteria } from './types.ts';

/** Questions 1-3: data use and retention, processor role, data location. */
export const DATA_CRITERIA: Record<'data-use' | 'processor-role' | 'data-location', QuestionCriteria> = {
  'data-use': {
    strong: [/\btrain(s|ed|ing)?\b/i, /\bretention\b|\bretain(s|ed)?\b/i, /zero[- ]data[- ]retention|\bZDR\b/i, /\b(keep|store|hold)s?\b[^.]{0,50}\b(prompts?|inputs?|outputs?|content|conversations?)\b/i],
    weak: [/\bdelet(e|es|ed|ion)\b/i, /\bprompts?\b/i, /\bcustomer (data|content)\b|\byour (data|content)\b/i, /\b\d+\s+days\b/i, /\bimprov(e|ing) (our|the) (models?|services?)\b/i],
    good: [
      [/\b(do(es)? not|don't|never|will not|won't|not)\b[^.]{0,50}\b(used? |using )?(to |for )?train/i, 'no training on customer data'],
      [/\b(within|up to|after|for|at most|maximum of)\s+(\d+|thirty|seven|fourteen)\s*(days?|hours?)\b/i, 'a stated retention period'],
      [/zero[- ]data[- ]retention|\bZDR\b|\bnot (stored|retained|logged)\b/i, 'zero data retention offered'],
      [/\b(DPA|data processing (agreement|addendum)|contract(ually)?|master (services )?agreement|enterprise terms|business terms)\b/i, 'the commitment is in the contract'],
      [/\b(except|exception|unless flagged|flagged for|abuse monitoring|trust and safety)\b/i, 'exceptions disclosed'],
    ],
    red: [
      [/\bopt[- ]?out\b/i, 'training on your data unless you opt out'],
      [/\bas long as (is |it is )?(reasonably )?(necessary|needed|required)\b/i, 'vague retention ("as long as necessary")'],
      [/\b(may|might|can|will|do)\s+(also\s+)?use\b[^.]{0,70}\b(to |for )?(train|improv)/i, 'the vendor uses your data to train or improve its models'],
      [/\bconsumer (terms|plan|account)s?\b/i, 'consumer terms rather than business terms'],
      [/\bindefinite(ly)?\b/i, 'data kept indefinitely'],
    ],
    concern: [[/\b(anonymi[sz]ed|aggregated|de-identified)\b[^.]{0,60}\b(train|improv)/i, 'anonymised data still used for improvement']],
  },
  'processor-role': {
    // A sub-processor mentioned in passing ("sub-processors may process data in the US") is about location.
    strong: [/(?<!sub-?)\bprocessor\b/i, /\bArt(icle)?\.?\s*28\b/i, /\bcontroller\b/i, /\b(list|register|page|names?|notif\w*|object\w*)\b[^.]{0,40}\bsub-?processors?\b|\bsub-?processors?\b[^.]{0,40}\b(list|register|page|named)/i],
    weak: [/\bsub-?processors?\b/i, /\bGDPR\b/i, /\bthird[- ]part(y|ies)\b/i, /\bDPA\b|data processing (agreement|addendum)/i],
    good: [
      [/\bArt(icle)?\.?\s*28\b|\bGDPR[- ]compliant DPA\b/i, 'a DPA meeting GDPR Article 28'],
      [/\b(list|register|page)\b[^.]{0,30}\bsub-?processors\b|\bsub-?processors?\b[^.]{0,40}\b(list|register|page|named|location|locations|roles?)\b/i, 'a current sub-processor list'],
      [/\b(notify|notice|inform|advance warning)\w*\b[^.]{0,80}\b(new|add|additions?|chang)\w*/i, 'notice before sub-processor changes'],
      [/\bobject(ion)?\b/i, 'a right to object'],
      [/\b(act|acts|acting|is|are|as) (as )?(a |your |the )?(data )?processor\b/i, 'the vendor acts as processor'],
    ],
    red: [
      [/\b(only )?categories of sub-?processors\b|\bsub-?processors?\b[^.]{0,60}\b(confidential|not (publicly )?(disclosed|named|listed|published))|\b(do not|don't|cannot|will not)\b[^.]{0,20}\b(disclose|name|publish|list)\b[^.]{0,30}\bsub-?processors/i, 'sub-processors not named'],
      [/\b(independent |joint |own )?controller\b[^.]{0,80}\b(improv|train|own purposes|analytics)|\b(train|improv)\w*\b[^.]{0,80}\b(as|in our capacity as) (a |an )?(independent )?controller/i, 'a "processor" that reuses your data for its own purposes'],
      [/\bundisclosed\b/i, 'an undisclosed upstream provider'],
    ],
    concern: [],
  },
  'data-location': {
    strong: [/\b(data )?residency\b/i, /\b(stored|hosted|processed|located|kept)\s+(only\s+)?(in|within)\b/i, /\b(government|law enforcement|public authorit(y|ies)|authorities)\b/i, /\bCLOUD Act\b/i, /\b(standard contractual clauses|SCCs?|IDTA|Data Privacy Framework|DPF)\b/i, /\btransfer(s|red)?\b[^.]{0,40}\b(outside|third countr|international|abroad)/i, /\bdata cent(re|er)s?\b/i],
    weak: [/\bregions?\b/i, /\b(EU|EEA|UK|US|United States|European Union)\b/i, /\bsupport (staff|access|engineers)\b/i],
    good: [
      [/\b(EU|European|UK|EEA|Frankfurt|Dublin|Paris|Amsterdam|London|Stockholm)\b[^.]{0,50}\b(region|residency|data cent(re|er)s?|hosting)|\b(region|residency|data cent(re|er)s?|hosted|stored|processed)\b[^.]{0,50}\b(EU|European|UK|EEA|Frankfurt|Dublin|Paris|Amsterdam|London)\b/i, 'processing and storage in your region'],
      [/SCCs?\b|standard contractual clauses|IDTA|Data Privacy Framework|\bDPF\b|adequacy decision/i, 'a named transfer route'],
      [/\b(challenge|contest|resist|narrow|notify|inform|tell)\w*\b[^.]{0,80}\b(request|demand|order)s?|\b(request|demand|order)s?\b[^.]{0,80}\b(challenge|contest|notify|inform)/i, 'government requests challenged and notified'],
      [/transfer (risk|impact) assessment|\bTRA\b|\bTIA\b|transparency report/i, 'support for a transfer risk assessment'],
      [/\b(including|also|both)\b[^.]{0,40}\b(processing|support|backups?|sub-?processors)\b/i, 'residency covers processing and support'],
    ],
    red: [
      [/\b(cannot|can't|unable to|not able to)\b[^.]{0,40}\b(say|confirm|specify|guarantee|commit)\b[^.]{0,50}\b(where|countr|location|region)/i, 'cannot say where data is processed'],
      [/\b(any|all) of (our|its) (global )?(regions|data cent(re|er)s|locations)\b|\b(anywhere|any country) (in the world )?where\b/i, 'data may be processed anywhere'],
      [/\b(comply|complies) with (all |any )?(lawful |valid )?(government|law enforcement|authority)\b[^.]{0,40}\brequests?\b(?![^.]*\b(challenge|notify|inform|contest))/i, 'requests simply complied with, no challenge or notice'],
      [/\b(have not|haven't|not yet|no)\b[^.]{0,40}\b(documented|defined|policy|process)\b[^.]{0,60}\b(government|authorit)/i, 'no stated handling of government requests'],
      [/\b(stored|storage|at rest)\b[^.]{0,80}\b(but|however|although)\b[^.]{0,80}\b(process|support|access)\w*\b[^.]{0,40}\b(outside|other|global|any)/i, 'residency covers stored data but not processing or support'],
    ],
    concern: [],
    absent: [/\b(government|law enforcement|authorit(y|ies)|CLOUD Act|subpoena|court order|(access|disclosure) requests?)\b/i, 'says nothing about foreign government requests'],
  },
};
