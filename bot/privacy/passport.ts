import { regexFindings, type Detector } from './types.ts';

/*
 * Passport numbers have no checksum and every country its own shape (UK and US: nine digits; Germany: letters and
 * digits), so they count only right after the word: "passport no. 123456789", "Passport: C01X00T47",
 * "reisepass L01X00T47". The number must hold at least five digits, so "passport renewal" or "passport photo" never match.
 */
const PASSPORT = /\b(?:passport|passeport|pasaporte|passaporto|reisepass|paspoort)(?:[ \t]+(?:number|no\.?|num(?:ber)?|nr\.?|n°|#|is|details))*[ \t]*[:#-]?[ \t]*(?<value>(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,10})\b/dgi;

/** Passport numbers after the word "passport" (in English, French, Spanish, Italian, German or Dutch). */
export const detectPassports: Detector = (text) => regexFindings(text, PASSPORT, 'PASSPORT');
