import { describe, expect, it } from 'vitest';
import { ownMoney, readOwnRate } from '../../workflows/decision/situation/own-rate.ts';

describe('readOwnRate', () => {
  it('reads a rate the asker states, in the forms people type it', () => {
    expect(readOwnRate('usd cost? and A$ at 1.55')).toEqual({ code: 'AUD', base: 'USD', perBase: 1.55 });
    expect(readOwnRate('monthly cost in SEK at 10.5 per $?')).toEqual({ code: 'SEK', base: 'USD', perBase: 10.5 });
    expect(readOwnRate('10.5 sek to the dollar')).toEqual({ code: 'SEK', base: 'USD', perBase: 10.5 });
    expect(readOwnRate('assume 1 usd = 83 inr')).toEqual({ code: 'INR', base: 'USD', perBase: 83 });
    expect(readOwnRate('usd/chf 0.88')).toEqual({ code: 'CHF', base: 'USD', perBase: 0.88 });
    expect(readOwnRate('in yen at 150 per euro')).toEqual({ code: 'JPY', base: 'EUR', perBase: 150 });
  });

  it('reads no rate from a price, a share or a currency set against itself', () => {
    expect(readOwnRate('gpu rental in € at 3 per hour')).toBeUndefined();
    expect(readOwnRate('€ at 3/hr')).toBeUndefined();
    expect(readOwnRate('we spend a$ 1,100/mo on claude')).toBeUndefined();
    expect(readOwnRate('usd at 1.2 per $')).toBeUndefined();
    expect(readOwnRate('growing at 8% a year')).toBeUndefined();
  });

  it('writes an amount as a person writes it: cents below a thousand', () => {
    expect(ownMoney(85.25, 'AUD')).toBe('AUD 85.25');
    expect(ownMoney(20618.85, 'SEK')).toBe('SEK 20,619');
  });
});
