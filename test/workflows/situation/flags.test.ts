import { describe, expect, it } from 'vitest';
import { readResidency } from '../../../workflows/decision/situation/residency.ts';
import { readSteadiness } from '../../../workflows/decision/situation/steadiness.ts';
import { readFrontier } from '../../../workflows/decision/situation/frontier.ts';
import { readSovereignty } from '../../../workflows/decision/situation/sovereignty.ts';
import { prepare, type Prepared } from '../../../workflows/decision/situation/text.ts';
import type { Reading } from '../../../workflows/decision/situation/reading.ts';

const of = (read: (p: Prepared) => Reading<boolean> | undefined) => (text: string) => read(prepare(text))?.value;

describe('mandatory residency', () => {
  const residency = of(readResidency);
  it('reads requirements, from law, a regulator, a contract or a sector rule', () => {
    expect(residency('data must stay in the uk')).toBe(true);
    expect(residency('everything has to be hosted in the EU')).toBe(true);
    expect(residency('the regulator requires customer data stays in the UK')).toBe(true);
    expect(residency('patient data cannot leave the country')).toBe(true);
    expect(residency('EU-only hosting required by our contracts')).toBe(true);
    expect(residency('we must keep data in the uk per our sra obligations')).toBe(true);
    expect(residency('it all has to stay on UK soil')).toBe(true);
    expect(residency('it needs to be UK hosted')).toBe(true);
    expect(residency('our clients require UK-only hosting')).toBe(true);
  });
  it('reads denials, and a stated requirement beats a stated absence', () => {
    expect(residency("it doesn't have to stay in the uk")).toBe(false);
    expect(residency('no residency requirements')).toBe(false);
    expect(residency('data can go anywhere')).toBe(false);
    expect(residency('no residency rules, but our NHS contract says the data must remain in England')).toBe(true);
    expect(residency('what about data residency?')).toBeUndefined();
  });
});

describe('steady or spiky', () => {
  const steady = of(readSteadiness);
  it('reads both sides and negations', () => {
    expect(steady('usage is pretty steady')).toBe(true);
    expect(steady('predictable volume')).toBe(true);
    expect(steady('the bill has been flat as a pancake since march')).toBe(true);
    expect(steady('really spiky around month-end')).toBe(false);
    expect(steady('seasonal retail')).toBe(false);
    expect(steady('not predictable yet')).toBe(false);
    expect(steady('we have no idea of volume yet')).toBe(false);
    expect(steady('steady most of the year but peaks at christmas')).toBe(false);
    expect(steady('we are a small team')).toBeUndefined();
  });
  it('reads a bill quoted month by month by how far its amounts move', () => {
    expect(steady('api spend jan £3.1k, feb £3.0k, mar £3.2k')).toBe(true);
    expect(steady('openai: oct $1,200 / nov $2,900 / dec $1,400')).toBe(false);
    expect(steady('jan £2k, feb £2.7k')).toBeUndefined();
    expect(steady('jan £3k, feb £3.1k but it spikes at month-end')).toBe(false);
  });
  it('reads how people say it of a bill', () => {
    expect(steady('spend has been flat for 8 months')).toBe(true);
    expect(steady('the bill barely moves')).toBe(true);
    expect(steady("it doesn't change much month to month")).toBe(true);
    expect(steady('averages ~£1.9k/mo but jumps around a lot depending on the season')).toBe(false);
    expect(steady('usage swings wildly month to month')).toBe(false);
    expect(steady('a flat fee of £2k')).toBeUndefined();
  });
});

describe('frontier reasoning', () => {
  const frontier = of(readFrontier);
  it('reads a need and its absence; a need anywhere wins', () => {
    expect(frontier('we need the very best reasoning')).toBe(true);
    expect(frontier('complex multi-step reasoning over contracts')).toBe(true);
    expect(frontier("we don't need frontier models")).toBe(false);
    expect(frontier('simple classification, nothing fancy')).toBe(false);
    expect(frontier('mostly simple tagging, but some complex reasoning for audits')).toBe(true);
  });
});

describe('sovereignty or strategic-autonomy procurement', () => {
  const sovereignty = of(readSovereignty);
  it('reads public-sector buyers, sovereignty clauses and public bodies themselves', () => {
    expect(sovereignty('we sell to the nhs')).toBe(true);
    expect(sovereignty('we are bidding for government contracts')).toBe(true);
    expect(sovereignty('tenders ask about strategic autonomy')).toBe(true);
    expect(sovereignty("we're a defence contractor")).toBe(true);
    expect(sovereignty('Local council here')).toBe(true);
    expect(sovereignty("I work for a county council")).toBe(true);
    expect(sovereignty('Council digital team: a chatbot for residents')).toBe(true);
  });
  it('reads denials and leaves unrelated mentions alone', () => {
    expect(sovereignty('no public sector clients')).toBe(false);
    expect(sovereignty('Tenders: none from the public sector')).toBe(false);
    expect(sovereignty('a criminal defence law firm')).toBeUndefined();
    expect(sovereignty('the nhs says health data is sensitive')).toBeUndefined();
  });
});
