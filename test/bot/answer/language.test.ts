import { describe, expect, it } from 'vitest';
import { inOtherLanguage } from '../../../bot/answer/language.ts';

describe('inOtherLanguage', () => {
  it('hears a question written in Spanish, Dutch, German or French', () => {
    expect(inOtherLanguage('¿cuánto cuesta gpt-5.2 por millón de tokens de entrada y de salida? es para un presupuesto en euros')).toBe(true);
    expect(inOtherLanguage("vraagje uit rotterdam: als onze amerikaanse ai-leverancier dpf-gecertificeerd is, hebben we dan nog scc's nodig?")).toBe(true);
    expect(inOtherLanguage('Ist das Llama 4 Modell für unsere Firma in der EU erlaubt, und was kostet das Hosting?')).toBe(true);
    expect(inOtherLanguage('Combien coûte Claude pour nous, et est-ce que nos données restent dans l’UE ?')).toBe(true);
  });

  it('leaves English alone, however many foreign names, loanwords or quoted words it carries', () => {
    expect(inOtherLanguage('is llama 4 ok for commercial use in the eu?')).toBe(false);
    expect(inOtherLanguage('de facto standard for ai governance, is iso 42001 it?')).toBe(false);
    expect(inOtherLanguage("our german vendor's dpa says 'Verarbeitung nur in der EU' - is that enough for us?")).toBe(false);
    expect(inOtherLanguage('mistral le chat vs claude for a french law firm, which one keeps data in the eu?')).toBe(false);
  });
});
