/**
 * The knowledge cards the decision rules implement and cite. One place, so a renamed card is one edit, and
 * test/workflows/decision-citations.test.ts proves every id here exists in knowledge/cards.
 */
export const DECISION_CARDS = {
  fiveFactors: 'decision-five-factors',
  closed: 'when-to-default-closed',
  selfHost: 'when-to-self-host',
  hybrid: 'hybrid-architecture',
  caseStudy: 'case-support-firm',
  crossover: 'cost-crossover',
  entryCost: 'self-hosting-entry-cost',
  tokenPrices: 'open-vs-closed-token-prices',
  capability: 'capability-gap',
  fineTuning: 'fine-tuning-depth',
  safety: 'open-weight-safety',
  abstraction: 'model-abstraction-layer',
  quarterly: 'quarterly-review',
  greyZone: 'cloud-region-grey-zone',
  article48: 'gdpr-article-48',
  transfers: 'gdpr-chapter-v-transfers',
  smallFirm: 'small-firm-first-choice',
  sovereignProcurement: 'sovereign-ai-procurement',
  ico: 'ico-ai-guidance',
  licence: 'reading-a-model-licence',
  vendorQuestions: 'vendor-questions-overview',
} as const;

export type DecisionCardId = (typeof DECISION_CARDS)[keyof typeof DECISION_CARDS];
