import { describe, expect, it } from 'vitest';
import { withClaimedFigures } from '../../../bot/answer/claimed-figures.ts';
import type { Verdict } from '../../../bot/answer/verdict.ts';

const verdict = (text: string): Verdict => ({ text, cardId: 'card', title: 'A card', url: 'https://example.test/page' });
const SIX_MONTHS = 'Yes: Article 26 requires deployers to keep the logs for at least six months.';

describe('withClaimedFigures', () => {
  it("turns a yes to a no when the claim's figure is not the verdict's", () => {
    expect(withClaimedFigures('heard deployers must keep logs for 3 months under the ai act. right?', verdict(SIX_MONTHS)).text).toBe('No: Article 26 requires deployers to keep the logs for at least six months.');
    expect(withClaimedFigures('someone said the top fine is 6% of turnover. true?', verdict('Yes, for larger companies: the cap is €35 million or 7% of turnover.')).text).toBe('No: the cap is €35 million or 7% of turnover.');
  });

  it('keeps the yes when the figure is one the verdict states, in digits or words, or when nothing is put up as a claim', () => {
    expect(withClaimedFigures('my cto says deployers keep logs for six months. right?', verdict(SIX_MONTHS)).text).toBe(SIX_MONTHS);
    expect(withClaimedFigures('heard it is 6 months for the logs, true?', verdict(SIX_MONTHS)).text).toBe(SIX_MONTHS);
    // "Do we need to keep logs for 3 months?" asks a duty, not whether a claim holds: at least six covers three.
    expect(withClaimedFigures('do we need to keep logs for 3 months?', verdict(SIX_MONTHS)).text).toBe(SIX_MONTHS);
    // A figure of another kind is not compared ("30 days" against a percentage), nor is a no.
    expect(withClaimedFigures('vendor says 30 days is normal. true?', verdict('Yes: most providers keep 99% of nothing.')).text).toBe('Yes: most providers keep 99% of nothing.');
    expect(withClaimedFigures('heard it is 3 months. right?', verdict('No: at least six months.')).text).toBe('No: at least six months.');
  });
});
