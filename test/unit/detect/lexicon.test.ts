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
