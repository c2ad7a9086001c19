import type { QuestionCriteria } from './types.ts';

/** Questions 4-6: security assurance, model provenance, incident notification. */
export const ASSURANCE_CRITERIA: Record<'security-assurance' | 'model-provenance' | 'incident-notification', QuestionCriteria> = {
  'security-assurance': {
    strong: [/ISO\/?(IEC)?\s*27001|SOC\s*2|ISO\/?(IEC)?\s*42001|\bCAIQ\b|\bCSA STAR\b/i, /penetration test|pen[- ]?test|red[- ]team|adversarial (test|evaluat)/i, /\b(certif(ied|icate|ication)s?|attestation|audit(ed|or|s)?)\b[^.]{0,40}\b(security|ISO|SOC|independent|third[- ]party)/i, /self[- ]?(attest|assess)/i],
    weak: [/\bsecurity\b/i, /\bcontrols?\b/i, /\baudit\w*\b/i, /\bcertif\w*\b/i],
    good: [
      [/ISO\/?(IEC)?\s*27001|SOC\s*2/i, 'an ISO 27001 certificate or SOC 2 report'],
      [/42001/i, 'ISO/IEC 42001 certification'],
      [/red[- ]team|adversarial (test|evaluat)|penetration test|pen[- ]?test|jailbreak|prompt[- ]injection test/i, 'red-team or adversarial testing of the model'],
      [/\bCAIQ\b|AI Controls Matrix|CSA STAR/i, 'a completed CSA AI-CAIQ'],
      [/\b(independent|third[- ]party|external|accredited)\b[^.]{0,40}\b(audit|auditor|assess|certif)|\b(audited|certified) by\b/i, 'independently audited'],
      [/\bscope\b[^.]{0,80}\b(includes?|cover(s|ing)?)\b|\b(includes?|cover(s|ing)?)\b[^.]{0,60}\b(AI|model|inference) (service|platform|API)/i, 'the scope covers the AI service'],
    ],
    red: [
      [/self[- ]?(attest|assess)\w*/i, 'self-attestation only'],
      [/\b(not|never)\b[^.]{0,20}\b(been )?(independently )?(certified|audited)|\bno (independent |external |third[- ]party )?(certif|audit)/i, 'no independent certificate or audit'],
      [/\bscope\b[^.]{0,80}\b(exclud|does not (include|cover)|doesn't (include|cover))|\b(not|outside) (in |within )?(the )?scope\b|\bexclud\w*\b[^.]{0,40}\b(AI|model|inference)/i, 'the certificate\'s scope excludes the AI service'],
      [/\b(do not|don't|have not|haven't|not)\b[^.]{0,30}\b(red[- ]team|adversarial|penetration)/i, 'no adversarial testing'],
    ],
    concern: [[/\bType (I|1)\b(?!I)/i, 'a SOC 2 Type I only'], [/\b(pursuing|underway|expected|scheduled)\b/i, 'certification not yet held']],
  },
  'model-provenance': {
    strong: [/\bmodel card\b/i, /\bunderlying (model|LLM)|\bfoundation model|\bbase model|\bupstream\b/i, /\blicen[cs]e\w*\b[^.]{0,50}\b(model|weights)|\b(model|weights)\b[^.]{0,50}\blicen[cs]/i, /\bSBOM\b|software bill of materials|\bhash(es)?\b|checksums?/i, /training[- ]data summary|\bGPAI\b/i, /\b(GPT|Claude|Llama|Mistral|Gemini|Qwen|Gemma|Phi|Granite|Command)[- ]?\d/i, /\bproprietary (model|LLM)\b|\bown model\b/i],
    // "model" and "version" together are everyday words of logs and release notes: one weak cue, not two.
    weak: [/\bmodel\b|\bversion\b/i, /\btrained by\b/i],
    good: [
      [/\b(GPT|Claude|Llama|Mistral|Gemini|Qwen|Gemma|Phi|Granite|Command)[- ]?[\w.]*\d[\w.]*/i, 'the exact model and version named'],
      [/\bmodel card\b/i, 'a model card'],
      [/SBOM|bill of materials|\bhash(es)?\b|checksums?/i, 'hashes or an SBOM to verify what is deployed'],
      [/training[- ]data summary|Article 53|\bGPAI\b/i, 'the EU AI Act training-data summary'],
      [/licen[cs]e[d]? (under|terms)|Apache|\bMIT\b|commercial licen[cs]e|licen[cs]e agreement/i, 'the licence terms shown'],
      [/\b(trained|developed|built|provided) by\b/i, 'the company that trained it named'],
    ],
    red: [
      [/\b(do not|don't|cannot|can't|will not|won't|unable to)\b[^.]{0,30}\b(disclose|name|share|reveal|identify)\b[^.]{0,50}\b(model|provider|vendor|partner|supplier)|\b(model|provider|vendor|partner|supplier)\b[^.]{0,40}\b(which|that|whom) we (do not|don't|cannot|can't|will not|won't) (disclose|name|share|reveal|identify)/i, 'the upstream model not named'],
      [/\b(proprietary|confidential)\b[^.]{0,40}\b(partner|provider|third[- ]party|supplier)|\bundisclosed\b|\bconfidential\b[^.]{0,40}\bmodel/i, 'an undisclosed upstream provider'],
      [/monthly active users?|\bMAU\b|EU exclusion|not (licensed|available) (for|in) the EU/i, 'a licence with an EU exclusion or user cap'],
    ],
    concern: [],
  },
  'incident-notification': {
    strong: [/\bincidents?\b/i, /\b(security|data|personal data) breach(es)?\b|\bbreach(es)? notif/i, /\bstatus page\b/i, /\broot[- ]cause\b|post[- ]?mortem|post-incident/i],
    weak: [/\bnotif(y|ies|ied|ication)\b/i, /\boutages?\b/i],
    good: [
      [/\bwithin\s+(\d+|twenty-four|forty-eight|seventy-two)\s*(hours?|hrs?|h|days?|business days|calendar days)\b/i, 'a notification window in hours or days'],
      [/\bstatus page\b|\bstatus\.[a-z]|incident history/i, 'a published status page'],
      [/\broot[- ]cause\b|post[- ]?mortem|post-incident (report|review)|remediation (steps|plan)/i, 'root-cause findings shared'],
      [/\b(named|designated|dedicated|security|incident) (contacts?|channel|email|team)\b|\bsecurity@|24\/7/i, 'named contacts and channel'],
      [/\bmodel (incidents?|failures?)|harmful outputs?|\bAI incidents?\b|serious incidents?/i, 'model incidents covered, not only breaches'],
      [/\b(report|raise|tell us)\b[^.]{0,50}\b(incident|issue|vulnerabilit)|vulnerability disclosure|bug bounty/i, 'a route for you to report incidents'],
    ],
    red: [
      [/best[- ]efforts?/i, '"best efforts" notification with no time limit'],
      [/\b(only|solely|limited to)\b[^.]{0,40}\b(personal data )?breach|\bbreach(es)?\b[^.]{0,30}\bonly\b/i, 'covers data breaches only, not model failures'],
      [/\bno (public |published )?status page\b|\b(do not|don't)\b[^.]{0,20}\b(publish|have)\b[^.]{0,20}\bstatus page/i, 'no status page'],
    ],
    concern: [[/without undue delay|as soon as (reasonably )?(practicable|possible)|promptly/i, 'no stated notification window']],
  },
};
