import { describe, expect, it } from 'vitest';
import { mergeFindings, redactPersonalData } from '../../../bot/privacy/index.ts';
import { everything, found } from './helpers.ts';

describe('the forms issue 10 found reaching a closed provider, and their kin', () => {
  it.each([
    ['jane.doe (at) example.com', 'EMAIL'],
    ['jane.doe [at] example [dot] co [dot] uk', 'EMAIL'],
    ['jane dot doe at example dot com', 'EMAIL'],
    ['user at example dot com', 'EMAIL'],
    ['jane.doe AT example DOT com', 'EMAIL'],
    ['jane.doe @ example.com', 'EMAIL'],
    ['jane.doe (@) example.com', 'EMAIL'],
    ['jane＠example.com', 'EMAIL'],
    ['jane AT example.com', 'EMAIL'],
    ['jane.doe%40example.com', 'EMAIL'],
    ['07911/123/456', 'PHONE'],
    ['07911-123-456', 'PHONE'],
    ['07700.900.123', 'PHONE'],
    ['(0)7911 123456', 'PHONE'],
    ['+44 (0) 7911 123 456', 'PHONE'],
    ['0044 7911 123456', 'PHONE'],
    ['447911123456', 'PHONE'],
    ['(415) 555-2671', 'PHONE'],
    ['4111.1111.1111.1111', 'CARD_NUMBER'],
    ['4111/1111/1111/1111', 'CARD_NUMBER'],
    ['4111 - 1111 - 1111 - 1111', 'CARD_NUMBER'],
    ['GB82-WEST-1234-5698-7654-32', 'IBAN'],
    ['gb82.west.1234.5698.7654.32', 'IBAN'],
    ['AB-12-34-56-C', 'NI_NUMBER'],
    ['AB 123 456 C', 'NI_NUMBER'],
  ])('%s is found as a whole (%s)', (value, type) => {
    expect(found(`see ${value} thanks`, type as never)).toEqual([value]);
  });

  it.each([
    ["I'm Jane Doe", 'NAME', 'Jane Doe'],
    ["HI I'M JANE DOE", 'NAME', 'JANE DOE'],
    ['whatsapp me: https://wa.me/447911123456', 'PHONE', '447911123456'],
    ['born 01 01 1980', 'DATE_OF_BIRTH', '01 01 1980'],
    ['HQ: 1 Infinite Loop, Cupertino', 'ADDRESS', '1 Infinite Loop'],
    ['NHS number 943 476 5919', 'NHS_NUMBER', '943 476 5919'],
    ['date of birth 14/03/1985', 'DATE_OF_BIRTH', '14/03/1985'],
    ['my IP is 192.168.1.23', 'IP_ADDRESS', '192.168.1.23'],
    ['I live at 10 Downing Street', 'ADDRESS', '10 Downing Street'],
  ])('in %j finds %s', (text, type, value) => {
    expect(found(text, type as never)).toEqual([value]);
  });
});

describe('redaction of messages holding several kinds', () => {
  it('replaces every item, whatever its kind and order', () => {
    const text = "I'm Jane Doe, DOB 14/03/1985, NHS 943 476 5919, ip 203.0.113.7, jane.doe (at) example.com, 07911/123/456, 4111.1111.1111.1111, GB82-WEST-1234-5698-7654-32, AB-12-34-56-C, 221B Baker Street, NW1 6XE.";
    const r = redactPersonalData(text);
    expect(r.text).toBe("I'm [NAME], DOB [DATE_OF_BIRTH], NHS [NHS_NUMBER], ip [IP_ADDRESS], [EMAIL], [PHONE], [CARD_NUMBER], [IBAN], [NI_NUMBER], [ADDRESS], [POSTCODE].");
    expect(r.types).toEqual(['NAME', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'NI_NUMBER', 'NHS_NUMBER', 'IBAN', 'CARD_NUMBER']);
  });

  it('redacts two items of the same kind and every kind after the first', () => {
    expect(redactPersonalData('call 07700 900123 or 0161 496 0000, mail a@example.com or b@example.org').text).toBe('call [PHONE] or [PHONE], mail [EMAIL] or [EMAIL]');
  });

  it('merges overlapping findings instead of dropping one, so nothing of either is left', () => {
    // An earlier kind (higher priority) names the merged span; a span that widens onto a third finding takes it too.
    const merged = mergeFindings([
      [{ type: 'EMAIL', start: 10, end: 20 }],
      [{ type: 'PHONE', start: 30, end: 40 }],
      [{ type: 'NAME', start: 18, end: 32 }, { type: 'NAME', start: 5, end: 12 }, { type: 'NAME', start: 50, end: 55 }],
    ]);
    expect(merged).toEqual([
      { type: 'EMAIL', start: 5, end: 40 },
      { type: 'NAME', start: 50, end: 55 },
    ]);
    expect(redactPersonalData('my name is jane jane@example.com').text).toBe('my name is [NAME] [EMAIL]');
  });

  it('is idempotent: a redacted text has nothing left to find', () => {
    const once = redactPersonalData('Regards,\nTom Baker\n+44 7700 900987\ntom.baker@example.com').text;
    expect(redactPersonalData(once)).toEqual({ text: once, types: [] });
  });

  it('leaves look-alikes alone', () => {
    const text = 'GPT-5.2 costs $0.15/1M; £1,500/month for an H100 80GB; Art 48 of 2016/679 applies from 25 May 2018; 99.9% SLA; 128,000 tokens.';
    expect(everything(text)).toEqual([]);
  });
});
