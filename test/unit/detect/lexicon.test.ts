/**
 * The sentence model reads a sentence written in another language through the word-for-word
 * lexicon (src/detect/model/lexicon.ts): its words become the English words they mean, so what the
 * model learned from English notes and pressure carries. English sentences are read as written.
 */
import { describe, expect, it } from 'vitest';
import { featureKeys, stemWord } from '../../../src/detect/model/features.js';
import { englishFor } from '../../../src/detect/model/lexicon.js';
import { foldText } from '../../../src/detect/normalize.js';
import { notEnglish } from '../../../src/detect/language.js';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const keys = (text: string): string[] => {
  const t = foldText(text);
  return featureKeys(t, 0, t.folded.length);
};

describe('the lexicon', () => {
  it('knows sales words of the nine languages', () => {
    expect(englishFor('prüfen')).toContain('check');
    expect(englishFor('rabatten')).toContain('discount');
    expect(englishFor('avant')).toContain('before');
    expect(englishFor('descuento')).toContain('discount');
    expect(englishFor('unknownword')).toBeUndefined();
  });

  it('reads a French note as its English words, with the other-language shape', () => {
    const k = keys('Merci de valider le tarif avec Julie avant envoi.');
    for (const w of ['price', 'before']) expect(k).toContain(stemWord(w));
    expect(k).toContain('~foreign');
    expect(k).not.toContain(stemWord('tarif'));
  });

  it('reads elided forms ("l\'offre") through the word after the apostrophe', () => {
    expect(keys("Dernière chance : l'offre expire vendredi à minuit.")).toContain(stemWord('offer'));
  });

  it('reads a Swedish sentence as another language, and an English one as written', () => {
    expect(notEnglish('Kolla gärna rabatten med Erik innan vi skickar.')).toBe(true);
    const english = keys('Please check the discount before we send it.');
    expect(english).not.toContain('~foreign');
    // "die" is German for "the" and an English verb: an English sentence keeps its own words.
    expect(keys('We would hate to see the project die before the pilot.')).toContain(stemWord('die'));
  });
});

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

/** The tone rules (model included) that fire, warn or worse, on a whole email to Target Co. */
function toneRules(subject: string, body: string): string[] {
  return scanDraft({ subject, body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.kind === 'tone' && f.severity !== 'info')
    .map((f) => f.rule as string);
}

describe('an email written in another language', () => {
  const tone = (line: string): string[] =>
    toneRules('Propuesta para Target Co', `Hola Dana,\n\nGracias por la llamada del martes y por explicarnos cómo trabaja el equipo de atención al cliente.\n\n${line}\n\nTe dejo el resumen de precios adjunto y quedo atento a tus comentarios.\n\nSaludos,\nSam`);
  it('has its pressure read by the model at the other-language bar', () => {
    expect(tone('Si no firmamos esta semana, el descuento desaparece y el precio sube un 20 por ciento.')).toContain('tone.model');
  });
  it('and its ordinary sentences, a "no rush" among them, pass', () => {
    expect(tone('El piloto dura seis semanas y lo acompaña nuestro equipo de implantación.')).toEqual([]);
    expect(tone('No hay prisa: si prefieren esperar al cierre del trimestre, la propuesta sigue siendo válida.')).toEqual([]);
  });
});

describe('a release read before the model', () => {
  it('"let\'s pick this up once…" releases the reader', () => {
    const body = 'Dear Dana,\n\nOf course, let\'s pick this up once your CQC inspection is behind you. Good luck to you and the team at Target Co.\n\nKind regards,\nFiona';
    expect(toneRules('Happy to wait until after your inspection', body)).toEqual([]);
  });
});
