import { describe, expect, it } from 'vitest';
import { passesNhsCheck } from '../../../bot/privacy/index.ts';
import { everything, found } from './helpers.ts';

describe('NHS numbers (mod-11)', () => {
  it.each([
    ['NHS number 943 476 5919', '943 476 5919'],
    ['nhs no: 943-476-5919', '943-476-5919'],
    ['patient 9434765919 was discharged', '9434765919'],
    ['NHS 401.123.4567', '401.123.4567'],
    ['ref on the letter: 485 123 4562', '485 123 4562'],
  ])('in %j finds %s', (text, nhs) => {
    expect(found(text, 'NHS_NUMBER')).toEqual([nhs]);
  });
  it('checks the mod-11 digit', () => {
    expect(passesNhsCheck('9434765919')).toBe(true);
    expect(passesNhsCheck('9434765918')).toBe(false);
    expect(passesNhsCheck('0000000000')).toBe(false);
  });
  it.each([
    ['reference 943 476 5910 in the portal', 'check digit wrong'],
    ['order 9434765919 shipped', 'a bare block of ten needs an NHS cue'],
    ['call 943 476 5919', 'a phone word before it'],
    ['+1 943 476 5919', 'a country code before it'],
  ])('does not read %j as an NHS number (%s)', (text) => {
    expect(found(text, 'NHS_NUMBER')).toEqual([]);
  });
});

describe('US Social Security numbers', () => {
  it.each([
    ['SSN 078-05-1120 in the sheet', '078-05-1120'],
    ['social security number 219 09 9999', '219 09 9999'],
    ['ssn: 219099999', '219099999'],
  ])('in %j finds %s', (text, ssn) => {
    expect(found(text, 'SSN')).toEqual([ssn]);
  });
  it.each(['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', 'zip 12345-6789', '219 09 9999 tokens'])('ignores %j', (text) => {
    expect(found(text, 'SSN')).toEqual([]);
  });
});

describe('passport numbers', () => {
  it.each([
    ['passport number 123456789', '123456789'],
    ['Passport: C01X00T47 (german)', 'C01X00T47'],
    ['my passport no. is 502135326', '502135326'],
    ['numéro de passeport 18AV12345', '18AV12345'],
  ])('in %j finds %s', (text, passport) => {
    expect(found(text, 'PASSPORT')).toEqual([passport]);
  });
  it.each(['passport renewal takes 3 weeks', 'our passport-scanning workflow', 'passport photo 2024', 'passport office'])('ignores %j', (text) => {
    expect(found(text, 'PASSPORT')).toEqual([]);
  });
});

describe('driving licence numbers', () => {
  it.each([
    ['driving licence MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['licence JONES761120AB9CD expires', 'JONES761120AB9CD'],
    ['DL number D1234567 (california)', 'D1234567'],
    ["driver's license: S530-4616-2341", 'S530-4616-2341'],
  ])('in %j finds %s', (text, licence) => {
    expect(found(text, 'DRIVING_LICENCE')).toEqual([licence]);
  });
  it.each(['MORGA657354SM9IJ', 'driving licence checks are done by a third party', 'licence type: Apache-2.0'])('ignores %j', (text) => {
    expect(found(text, 'DRIVING_LICENCE')).toEqual([]);
  });
});

describe('several identifiers in one message', () => {
  it('finds each, whatever its kind', () => {
    expect(everything('nhs 943 476 5919, ssn 078-05-1120, passport 123456789, licence MORGA657054SM9IJ')).toEqual([
      'NHS_NUMBER:943 476 5919',
      'SSN:078-05-1120',
      'PASSPORT:123456789',
      'DRIVING_LICENCE:MORGA657054SM9IJ',
    ]);
  });
});
