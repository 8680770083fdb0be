/**
 * An email written in another language, wholly or beside English (language.ts): read from its
 * sentences and from a greeting in another language at its opening, never from a sign-off.
 */
import { describe, expect, it } from 'vitest';
import { notEnglish, writtenInOtherLanguage } from '../../../src/detect/language.js';

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
const ENGLISH = 'Thanks for the time on Thursday. The notes from our call are below. We can start the pilot in May. Let me know what you think.';
const SPANISH_PS = 'P.S. Nos vemos en Madrid la semana que viene. Estamos muy contentos con el proyecto.';

describe('writtenInOtherLanguage', () => {
  it('a greeting in another language at the opening, with a paragraph in it, makes the email bilingual', () => {
    const text = `Hola Maria,\n\n${ENGLISH}\n\n${SPANISH_PS}\n\nBest,\nSam`;
    expect(writtenInOtherLanguage(text, sentences(text))).toBe(true);
  });

  it('a sign-off in another language is not a greeting: the same email signed "Saludos," stays English', () => {
    const text = `Hi Maria,\n\n${ENGLISH}\n\n${SPANISH_PS}\n\nSaludos,\nAlejandra`;
    expect(writtenInOtherLanguage(text, sentences(text))).toBe(false);
    const italian = `Hi Giulia,\n\n${ENGLISH}\n\nP.S. Ci vediamo a Milano la settimana prossima. Siamo molto contenti del progetto.\n\nCiao,\nMarco`;
    expect(writtenInOtherLanguage(italian, sentences(italian))).toBe(false);
  });

  it('an email mostly in another language is one, greeting or not', () => {
    const text = 'Buenos días Carlos,\n\nGracias por la reunión de ayer. Te envío la propuesta con los precios. Podemos empezar en mayo si te parece bien.\n\nSaludos,\nSam';
    expect(writtenInOtherLanguage(text, sentences(text))).toBe(true);
    expect(notEnglish('Podemos empezar en mayo si te parece bien.')).toBe(true);
    expect(notEnglish('We can start in May if that works for you.')).toBe(false);
  });
});
