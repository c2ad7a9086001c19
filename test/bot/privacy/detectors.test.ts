import { describe, expect, it } from 'vitest';
import { detectPersonalData, isValidIban, passesLuhn, redactPersonalData, type PersonalDataType } from '../../../bot/privacy/index.ts';

/** The values of one kind found in a text. */
function found(text: string, type: PersonalDataType): string[] {
  return detectPersonalData(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('email addresses', () => {
  it.each(['jane.doe+work@example.co.uk', 'a.b@sub.example.org', 'X_Y-z@EXAMPLE.COM'])('finds %s', (email) => {
    expect(found(`write to ${email}, thanks`, 'EMAIL')).toEqual([email]);
  });
  // "user at example dot com" used to be ignored; issue 10 asks for obfuscated addresses, so it is now found (email.test.ts).
  it.each(['@example.com', 'jane@localhost', 'the @channel mention'])('ignores %s', (text) => {
    expect(found(text, 'EMAIL')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    '07911 123456',
    '07911123456',
    '020 7946 0958',
    '(020) 7946 0958',
    '0161 496 0000',
    '01632 960123',
    '0800 123 4567',
    '+44 7911 123456',
    '+447911123456',
    '+44 (0)20 7946 0958',
    '0044 20 7946 0958',
    '+1 (415) 555-2671',
    '+33 1 23 45 67 89',
  ])('finds %s', (phone) => {
    expect(found(`call ${phone} today`, 'PHONE')).toEqual([phone]);
  });
  it.each(['2024-01-15', '0.123456789', 'ISO 27001', 'version 1.2.3', '1,200,000 GBP', 'dial 0123', '01 02 2024', 'an H100 80GB card'])('ignores %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});

describe('UK National Insurance numbers', () => {
  it.each(['AB123456C', 'AB 12 34 56 C', 'ab123456c', 'JG 10 37 59 A', 'ZX 99 99 99 D'])('finds %s', (ni) => {
    expect(found(`my NI is ${ni}.`, 'NI_NUMBER')).toEqual([ni]);
  });
  it.each([
    ['GB123456A', 'prefix GB is never issued'],
    ['DA123456A', 'first letter D is not used'],
    ['AO123456A', 'second letter O is not used'],
    ['QQ123456C', 'first letter Q is not used'],
    ['AB123456E', 'suffix must be A to D'],
    ['AB12345C', 'five digits'],
  ])('ignores %s (%s)', (ni) => {
    expect(found(`NI ${ni}`, 'NI_NUMBER')).toEqual([]);
  });
});

describe('IBANs (mod-97)', () => {
  it.each(['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91 ABNA 0417 1643 00'])(
    'finds %s',
    (iban) => {
      expect(found(`pay to ${iban} please`, 'IBAN')).toEqual([iban]);
    },
  );
  it('finds an IBAN that starts inside a rejected candidate', () => {
    expect(found('ref AB12 GB82 WEST 1234 5698 7654 32', 'IBAN')).toEqual(['GB82 WEST 1234 5698 7654 32']);
  });
  it('checks the mod-97 digits and the country length', () => {
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('GB82WEST12345698765433')).toBe(false); // one digit off
    expect(isValidIban('GB82WEST1234569876543')).toBe(false); // GB is 22 long
    expect(isValidIban('XY12ABCD1234567890')).toBe(false); // a random string of the right shape
  });
  it.each(['GB82 WEST 1234 5698 7654 33', 'XY12 ABCD 1234 5678 90', 'GB00 1234 5678 9012 3456 78'])('ignores %s', (text) => {
    expect(found(text, 'IBAN')).toEqual([]);
  });
});

describe('payment card numbers (Luhn)', () => {
  it.each(['4111 1111 1111 1111', '4111-1111-1111-1111', '5555555555554444', '3782 822463 10005', '4012888888881881'])('finds %s', (card) => {
    expect(found(`card ${card} exp 12/29`, 'CARD_NUMBER')).toEqual([card]);
  });
  it('finds a card followed by another number', () => {
    expect(found('card 4111 1111 1111 1111 2025', 'CARD_NUMBER')).toEqual(['4111 1111 1111 1111']);
  });
  it('checks the Luhn digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
  it.each(['4111 1111 1111 1112', '1234 5678 9012 3456', '0000 0000 0000 0000', 'order 20240115123'])('ignores %s', (text) => {
    expect(found(text, 'CARD_NUMBER')).toEqual([]);
  });
});

describe('UK postcodes', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', 'sw1a1aa', 'GIR 0AA'])('finds %s', (postcode) => {
    expect(found(`I live at ${postcode}.`, 'POSTCODE')).toEqual([postcode]);
  });
  it.each([
    ['QA1 1AA', 'Q never starts a postcode'],
    ['SW1A 1CA', 'C is never in the inward code'],
    ['ISO 27001', 'a standard'],
    ['an H100 80GB card', 'a GPU'],
    ['Q3 2025', 'a quarter'],
  ])('ignores %s (%s)', (text) => {
    expect(found(text, 'POSTCODE')).toEqual([]);
  });
});

describe('names after "my name is"', () => {
  it.each([
    ['Hello, my name is Jane Smith and I buy software.', 'Jane Smith'],
    ["My name's Priya.", 'Priya'],
    ['my name is john smith, what is an SLA?', 'john smith'],
    // Up to four words now (issue 10): a Spanish double surname is one name, and a cut one leaks the rest.
    ['MY NAME IS Ana María López Ortega', 'Ana María López Ortega'],
    ['my name is Sam how do I start', 'Sam'],
  ])('in %j finds %s', (text, name) => {
    expect(found(text, 'NAME')).toEqual([name]);
  });
  it.each(['my name is not important', 'what is my name?', 'the name is Bond', 'Jane Smith asked about licences'])('ignores %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});

describe('redaction', () => {
  it('replaces each kind with its typed placeholder and reports the kinds, not the values', () => {
    const r = redactPersonalData('I am Jo; my name is Jo Bloggs, jo@example.com, +44 7911 123456, SW1A 1AA, AB123456C, GB82WEST12345698765432, 4111111111111111.');
    // "I am Jo" is a self-introduction too since issue 10 ("I'm Jane Doe" reached a closed provider).
    expect(r.text).toBe('I am [NAME]; my name is [NAME], [EMAIL], [PHONE], [POSTCODE], [NI_NUMBER], [IBAN], [CARD_NUMBER].');
    expect(r.types).toEqual(['NAME', 'EMAIL', 'PHONE', 'POSTCODE', 'NI_NUMBER', 'IBAN', 'CARD_NUMBER']);
  });
  it('leaves a text with no personal data unchanged', () => {
    const text = 'What does an H100 80GB cost per hour in 2025, and is ISO 27001 enough?';
    expect(redactPersonalData(text)).toEqual({ text, types: [] });
  });
  it('does not read the digits of an IBAN or a card as a phone number', () => {
    expect(detectPersonalData('GB82 WEST 1234 5698 7654 32 and 4111 1111 1111 1111').map((f) => f.type)).toEqual(['IBAN', 'CARD_NUMBER']);
  });
});
