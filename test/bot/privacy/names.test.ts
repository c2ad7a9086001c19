import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('names people give', () => {
  it.each([
    ["I'm Jane Doe, head of procurement", 'Jane Doe'],
    ['hi, i\'m priya shah from finance', 'priya shah'],
    ['I am José Luis Rodríguez, DPO.', 'José Luis Rodríguez'],
    ['This is Søren Kjær from the Copenhagen office', 'Søren Kjær'],
    ['Jane here - can we self-host Mistral?', 'Jane'],
    ['Hi all, Chen Wei here from Singapore', 'Chen Wei'],
    ['thanks!\nMaria Garcia\nHead of Legal', 'Maria Garcia'],
    ['What is an SLA? Thanks, Ahmed', 'Ahmed'],
    ['Kind regards,\nWei Zhang', 'Wei Zhang'],
    ['cheers - dave', 'dave'],
    ['thanks a lot\n\nJean-Pierre Dubois | Achats', 'Jean-Pierre Dubois'],
    ['can Dr Anika Patel use the bot?', 'Anika Patel'],
    ['my colleague Lars Eriksson wants it', 'Lars Eriksson'],
    ['a customer named Kevin O\'Neill complained', "Kevin O'Neill"],
    ['Name: Fatima Al-Sayed', 'Fatima Al-Sayed'],
    ['From: Jan van der Berg', 'Jan van der Berg'],
    ['Dear Mr Thompson,', 'Thompson'],
    ['Hi Priya, quick one', 'Priya'],
    ['patient Jo Smith was seen', 'Jo Smith'],
    ['Regards, J. Smith', 'J. Smith'],
    ["i'm emily from hr", 'emily'],
    ["i'm ahmed, quick q", 'ahmed'],
    ['Thanks Jane!', 'Jane'],
    ['Dear Jane,\nplease see below', 'Jane'],
  ])('in %j finds %s', (text, name) => {
    expect(found(text, 'NAME')).toEqual([name]);
  });
  it.each([
    "I'm looking at self-hosting options",
    "i'm new here, what can this bot do?",
    "I'm not sure whether Mistral trains on prompts",
    'I am the DPO and need a summary',
    "I'm Head of Procurement",
    "I'm British-based",
    'This is important: do they keep prompts?',
    'this is a question about residency',
    "It's Apache 2.0, so can we use it?",
    'This is Claude, an AI',
    'Thanks team!',
    'thanks in advance',
    'Best practice for prompt logging?',
    'Hi all, quick question here',
    'Hello World!',
    'im evaluating vendors for a bank',
    'the Customer Service team is slow',
    'Name: N/A',
    "I'M STUDYING THE AI ACT",
    "I'M NOT SURE",
    "i'm worried about GDPR",
    "i'm genuinely unsure",
    "I'm Confused",
    'our client Acme Corp wants a DPA',
    'This is Acme Labs from the vendor side',
    'Dear Sir or Madam,',
    'Hi Claude, summarise this',
    'Regards,\nLegal',
    'Cheers,\nThe Data Team',
  ])('ignores %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});
