import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('dates of birth (a date after a birth cue)', () => {
  it.each([
    ['DOB 14/03/1985', '14/03/1985'],
    ['born on 14.03.1985', '14.03.1985'],
    ['date of birth: 14 March 1985', '14 March 1985'],
    ['d.o.b. 21st of June 1988', '21st of June 1988'],
    ['my birthday is July 4th, 1990', 'July 4th, 1990'],
    ['dob 1985-03-14', '1985-03-14'],
    ['DOB: 14-Mar-1985', '14-Mar-1985'],
    ['geboren am 12.08.1975 in Köln', '12.08.1975'],
    ['born 5/9/92', '5/9/92'],
  ])('in %j finds %s', (text, dob) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([dob]);
  });
  it.each([
    'GDPR was adopted on 27 April 2016',
    'the AI Act applies from 2 August 2026',
    'contract signed 12/03/2024',
    'born-digital records from 2019',
    'I was born in 1985',
    'dob 31/31/1985',
  ])('ignores %j', (text) => {
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('IP addresses', () => {
  it.each([
    ['my ip is 192.168.1.23', '192.168.1.23'],
    ['from 203.0.113.45:8443', '203.0.113.45'],
    ['IPv6 2001:db8:85a3::8a2e:370:7334 here', '2001:db8:85a3::8a2e:370:7334'],
    ['blocked [2001:db8::1]', '2001:db8::1'],
    ['vpn ip 1.2.3.4', '1.2.3.4'],
  ])('in %j finds %s', (text, ip) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([ip]);
  });
  it.each([
    'see clause 4.2.1.3 of the MSA',
    'version 10.0.19045.3803',
    'is 1.5.2.1 of the contract about liability?',
    'listen on 127.0.0.1:3000 and 0.0.0.0',
    'meet at 12:30:45',
    '999.1.1.1 is not an address',
    'GPT-5.2 and Llama 3.1',
  ])('ignores %j', (text) => {
    expect(found(text, 'IP_ADDRESS')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['send it to 221B Baker Street, London', '221B Baker Street'],
    ['I live at 12 acacia avenue, leeds', '12 acacia avenue'],
    ['deliver to Flat 4, 22 Highfield Road', 'Flat 4, 22 Highfield Road'],
    ['1600 Pennsylvania Avenue NW, Washington', '1600 Pennsylvania Avenue NW'],
    ['350 Fifth Ave, Apt 4B, New York', '350 Fifth Ave, Apt 4B'],
    ['office: Musterstraße 12, 10115 Berlin', 'Musterstraße 12, 10115 Berlin'],
    ['post it to 12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    ['the reseller is at Via Roma 10, Milano', 'Via Roma 10'],
    ['write to PO Box 1234', 'PO Box 1234'],
  ])('in %j finds %s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });
  it.each([
    'the top 5 high street banks use closed APIs',
    'we have 3 open questions on the checklist',
    'Llama 3.1 405B on 8 H100s',
    'step 3 close the checklist',
    'a 3 way comparison',
  ])('ignores %j', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('postcodes beyond the UK', () => {
  it.each([
    ['Dublin D02 X285', 'D02 X285'],
    ['Ottawa K1A 0B1', 'K1A 0B1'],
    ['Mountain View, CA 94043', '94043'],
    ['New York, NY 10118-0110', '10118-0110'],
  ])('in %j finds %s', (text, postcode) => {
    expect(found(text, 'POSTCODE')).toEqual([postcode]);
  });
  it.each(['P4 8GB and T4 16GB cards', 'ca 94043 tokens', 'A10 2400 units', 'order 94043'])('ignores %j', (text) => {
    expect(found(text, 'POSTCODE')).toEqual([]);
  });
});
