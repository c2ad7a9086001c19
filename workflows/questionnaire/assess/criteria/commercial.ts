import type { QuestionCriteria } from './types.ts';

/** Questions 10-12: IP indemnity, SLA and limits, exit. */
export const COMMERCIAL_CRITERIA: Record<'ip-indemnity' | 'sla-limits' | 'exit', QuestionCriteria> = {
  'ip-indemnity': {
    strong: [/\bindemn\w*/i, /\b(intellectual property|IP|copyright|trademark)\b[^.]{0,40}\b(claims?|infring\w*)/i, /Copyright Commitment|copyright shield/i, /\bhold harmless\b|\bdefend\b[^.]{0,30}\bclaims?/i],
    weak: [/\bliabilit(y|ies)\b/i, /\boutputs?\b/i],
    good: [
      [/\bindemn\w*\b[^.]{0,100}\boutputs?\b|\boutputs?\b[^.]{0,100}\bindemn|\bdefend\b[^.]{0,80}\boutputs?/i, 'a written indemnity covering outputs'],
      [/\buncapped\b|\bnot (subject to|limited by) (the |any )?(liability )?cap|\bunlimited\b|\bexcluded from (the )?(limitation|cap)/i, 'not capped at fees'],
      [/\b(conditions?|provided (that )?(you|the customer)|requires?\b[^.]{0,40}\b(filters?|mitigations?|safety)|as long as you)\b/i, 'conditions stated'],
      [/Copyright Commitment|copyright shield/i, 'comparable to the Microsoft Customer Copyright Commitment'],
    ],
    red: [
      [/\b(capped|limited) (at|to)\b[^.]{0,40}\bfees\b|\bfees (you )?paid\b|\b(12|twelve) months'? fees\b/i, 'an indemnity capped at fees paid'],
      [/\bexclud\w*\b[^.]{0,50}\boutputs?\b|\boutputs?\b[^.]{0,60}\b(excluded|not covered|are your responsibility|sole responsibility)|\b(does not|doesn't) (cover|extend to|apply to)\b[^.]{0,40}\boutputs?/i, 'outputs excluded from the indemnity'],
      [/\b(no|does not (offer|provide)|do not (offer|provide)|not offer) (any )?(IP |intellectual property )?indemn/i, 'no IP indemnity'],
      [/\bas[- ]is\b/i, 'outputs provided "as is"'],
    ],
    concern: [],
  },
  'sla-limits': {
    strong: [/\bSLA\b|service level/i, /\buptime\b|\bavailability\b/i, /\brate limits?\b|\bquotas?\b|\b(requests|tokens) per (minute|second|day)|\b(RPM|TPM)\b/i, /\bpreview\b|\bbeta\b|generally available|\bGA\b/i, /service credits?/i],
    weak: [/\blatency\b/i, /\bthroughput\b/i],
    good: [
      [/\b99(\.\d+)?\s?%/i, 'a written availability figure'],
      [/service credits?/i, 'service credits as a remedy'],
      [/\brate limits?\b|\bquotas?\b|per minute|\b(RPM|TPM)\b/i, 'rate limits and quotas stated'],
      [/\bgenerally available\b|\bGA\b/i, 'which models are generally available'],
      [/\b(raise|increase|higher|request more)\b[^.]{0,40}\b(limits?|quotas?)|\b(limits?|quotas?)\b[^.]{0,40}\b(raised|increased)/i, 'how to raise limits'],
    ],
    red: [
      [/\bno (formal |written |contractual |financially[- ]backed )?(SLA|service level)|\b(do not|don't|does not) (currently )?(offer|provide|have) (an |a |any )?(formal |written )?(SLA|service level)|\bbest[- ]effort\b|\bnot a (contractual|formal|binding|written) (SLA|service level|commitment)|\b(do not|don't|does not)\b[^.]{0,20}\bcommit\b[^.]{0,40}\b(availability|uptime|SLA|service credits)|\b(do not|don't|does not|no)\b[^.]{0,20}\b(offer|provide|give|have)?\b[^.]{0,10}\b(a |an |any )?(contractual|formal|written|binding|guaranteed) (uptime|availability) (commitment|guarantee|target)/i, 'no SLA'],
      [/\b(preview|beta|experimental)\b[^.]{0,80}\bproduction|\bproduction\b[^.]{0,80}\b(preview|beta|experimental)/i, 'preview models in production'],
      [/\bSLA\b[^.]{0,80}\b(does not|doesn't|not) (cover|apply|include)\b|\bexclud\w*\b[^.]{0,50}\bfrom (the )?SLA|\bSLA\b[^.]{0,60}\bexclud/i, 'the SLA excludes the model endpoints'],
    ],
    concern: [],
  },
  exit: {
    strong: [/\b(exit|termination|terminate|offboarding|end of (the )?(contract|agreement|subscription))\b/i, /\b(export|download|retrieve)\b[^.]{0,40}\b(data|prompts|logs|fine-tun\w*|weights|adapters)|data (portability|export)/i, /\bfailover\b|\bportab(le|ility)\b|\block-?in\b|abstraction layer/i, /\bfine-tuned (models?|weights)\b/i],
    weak: [/\bdelet(e|ion|ed)\b/i, /\bmigrat\w+/i],
    good: [
      [/\b(JSON|CSV|JSONL|Parquet|standard|open|machine-readable|portable) (formats?|files?|exports?)\b|\b(in|as) (JSON|CSV|JSONL|Parquet)\b/i, 'export in standard formats'],
      [/\bcertif\w*\b[^.]{0,50}\b(delet|destruct)|\b(delet|destr)\w*\b[^.]{0,80}\b(certif|confirm\w*( (the|its|that) (deletion|destruction))? in writing|written confirmation)/i, 'certified deletion at exit'],
      [/\bfailover|\bsecond (model|provider)|abstraction layer|OpenAI-compatible|standard API|switch providers/i, 'a failover plan is practical'],
      [/\b(export|download|take)\b[^.]{0,50}\b(fine-tun\w*|weights|adapters)/i, 'fine-tuned models exportable'],
      [/\bno (additional )?(charge|fee|cost)\b|free of charge|at no (extra )?cost/i, 'export without heavy fees'],
    ],
    red: [
      [/\b(fine-tuned|custom|tuned) (models?|weights)\b[^.]{0,60}\b(cannot|can't|not) (be )?(export|transfer|download|mov)|\b(fine-tun\w*|weights)\b[^.]{0,60}\b(remain|stay)s?\b[^.]{0,30}\b(property|with us|on our platform)/i, 'a fine-tuned model that cannot be exported'],
      [/\b(export|retrieval|extraction)\b[^.]{0,40}\b(fee|charge)s?\b(?![^.]*\bno\b)|\bcharged? (at|per)\b[^.]{0,40}\b(export|gigabyte|GB)|professional services (fee|rate)/i, 'heavy fees for data export'],
      [/\bno (obligation|commitment) to delete|\b(retain|keep)\w*\b[^.]{0,50}\b(after|following) (termination|exit|the end)\b(?![^.]*\b(\d+|thirty|delet)\b)/i, 'no deletion commitment at termination'],
    ],
    concern: [],
  },
};
