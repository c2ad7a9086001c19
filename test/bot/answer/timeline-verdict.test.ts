import { describe, expect, it } from 'vitest';
import { timelineVerdict, typedDates } from '../../../bot/answer/timeline-verdict.ts';

/** Which EU AI Act stages apply by the asker's date, over the real knowledge/data/prices.json. */
describe('timelineVerdict', () => {
  it('lists the stages that apply by the date asked, each from its date, and the next when the same page states it', () => {
    const v = timelineVerdict('our chatbot launches 1 june 2026 in the eu. which ai act dates do we have to hit before launch?');
    expect(v?.text).toBe('By 1 June 2026 these EU AI Act stages apply: the prohibitions (Article 5) and the AI literacy duty (Article 4), from 2 February 2025; and general-purpose AI provider duties (Article 53), from 2 August 2025. Next to apply: the transparency duties for chatbots and deepfakes (Article 50), from 2 August 2026.');
    expect(v).toMatchObject({ cardId: 'eu-ai-act-timeline', url: expect.stringMatching(/article-113/) });
  });

  it('reads the last date typed, and a month alone as that month', () => {
    // A slipped launch: the later date is the one asked about; the Digital Omnibus dates are another page's.
    const slipped = timelineVerdict('launch was 1 june 2026, which ai act duties apply? launch just slipped to sept 1st, 2026');
    expect(slipped?.text).toMatch(/^By 1 September 2026 these EU AI Act stages apply: .*; and the transparency duties for chatbots and deepfakes \(Article 50\), from 2 August 2026\.$/);
    const later = timelineVerdict('by march 2028 which ai act rules apply?');
    expect(later?.text).toMatch(/^By March 2028 these EU AI Act stages apply: .*the high-risk rules for Annex III systems, as moved by the Digital Omnibus, from 2 December 2027\. Next to apply: the high-risk rules for Annex I systems/);
    expect(later?.url).toMatch(/pubaffairsbruxelles/);
  });

  it('corrects a date the message claims a stage applies from, and does not measure the timeline by it', () => {
    const v = timelineVerdict('high-risk ai act rules kick in aug 2026 for everyone, i know that one. what are the other ai act dates we need on the roadmap?');
    expect(v?.text).toBe(
      'No: the high-risk rules for Annex III systems, as moved by the Digital Omnibus, apply from 2 December 2027; and the high-risk rules for Annex I systems (AI in regulated products), as moved by the Digital Omnibus, apply from 2 August 2028, not August 2026.',
    );
    expect(v?.url).toMatch(/pubaffairsbruxelles/);
    expect(timelineVerdict('the ai act prohibitions apply from august 2026, right? what else applies by then?')?.text).toMatch(/^No: the prohibitions \(Article 5\) and the AI literacy duty \(Article 4\) apply from 2 February 2025, not August 2026\.$/);
    // A claim the timeline bears out is no date of the asker's either: the card's sentences answer.
    expect(timelineVerdict('gpai duties under the ai act kick in 2 august 2025, which other dates matter?')).toBeUndefined();
    // The asker's own date still counts beside a claim: "…we launch 1 june 2026".
    expect(timelineVerdict('chatbot transparency rules under the ai act start 2 august 2026; we launch 1 june 2026, what applies by then?')?.text).toMatch(/^By 1 June 2026 /);
  });

  it('answers nothing without the AI Act, a month and year, or a question of what applies; nor a fine', () => {
    for (const q of ['which gdpr duties apply by 1 june 2026?', 'which ai act duties apply in 2026?', 'ai act: we launch on 1 june 2026', 'max ai act fine by 1 june 2026 for a deployer?', 'which ai act duties applied on 1 january 2024?']) {
      expect(timelineVerdict(q), q).toBeUndefined();
    }
  });

  it('reads dates as people type them', () => {
    expect(typedDates('1 sept 2026, September 2nd, 2026, dec 2027 and 2028-08-02').map((d) => [d.iso, d.words])).toEqual([
      ['2026-09-01', '1 September 2026'],
      ['2026-09-02', '2 September 2026'],
      ['2027-12-01', 'December 2027'],
      ['2028-08-02', '2 August 2028'],
    ]);
  });
});
