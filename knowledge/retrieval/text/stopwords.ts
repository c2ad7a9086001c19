/**
 * English stopwords for the lexical index (contractions also as typed without the apostrophe, "doesnt"). Deliberately short: words that carry meaning in this domain
 * ("open", "closed", "data", "model", "use", "keep") are NOT stopwords.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between both but by
  can cannot could couldn did didn do does doesn doing don down during each few for from further had hadn has hasn have haven
  having he her here hers herself him himself his how i if in into is isn it its itself just let me more most mustn my myself
  no nor not of off on once only or other ought our ours ourselves out over own same shan she should shouldn so some such than
  that the their theirs them themselves then there these they this those through to too under until up very was wasn we were
  weren what when where which while who whom why will with won would wouldn you your yours yourself yourselves
  s t d ll m re ve y also
  doesnt dont didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt mustnt im ive youre
  youve theyre theyve weve thats whats theres heres lets itll tell please thing things get got us much many e.g i.e eg ie etc per vs versus via`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when a lower-case word is a stopword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
