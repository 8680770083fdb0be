import { describe, expect, it } from 'vitest';
import { scanExample } from '../../../src/detect/rules/examples.js';
import { defaultPolicy } from '../../../src/policy/schema.js';
import { lineLanguage } from '../../../src/detect/foreign-line.js';

/**
 * internal.foreign-line (src/detect/foreign-line.ts): one line in a language the rest of an
 * English email does not use, shaped like a note, in the languages the sentence model cannot read.
 */
const policy = defaultPolicy();
const fired = (body: string): boolean => scanExample(body, policy).some((f) => f.rule === 'internal.foreign-line');
const english = (line: string): string =>
  `Hi Dana,\n\nThanks for the walkthrough on Tuesday. The plant utilisation report you asked for is attached.\n\n${line}\n\nWe can start the pilot on the 3rd if that works for your team. Let me know which sites you want first.\n\nBest,\nSam`;

describe('internal.foreign-line', () => {
  it.each([
    'EY notu – bütçeleri Mart\'ta donduruluyor, bu yüzden Şubat sonuna kadar kapatmaya çalış',
    'ΥΓ για εσωτερική χρήση: η Σοφία ζήτησε τιμές από τον ανταγωνιστή, προτεραιότητα να έρθει.',
    '(메모: 가격은 아직 확정 아님, 팀장님 확인 필요)',
    'catatan: cek dulu sama finance apakah diskon 10% tahun lalu masih berlaku sebelum email ini dikirim',
    '- (للفريق فقط: العميل يقارننا بمنافس أرخص)',
    '🚩 Он сравнивает нас с более дешёвым конкурентом, не упоминай скидку',
    // Addressed to a colleague by name and honorific.
    '민서 씨, 이 할인율 팀장님께 확인 부탁해요.',
    // Latin-script languages the lexicon does not read (twenty-seventh session, development set RW).
    'Let wel: hulle het verlede jaar vir Ourco nee gesê oor die prys.',
    'Uwaga: sprawdź proszę, czy ta cena jest jeszcze aktualna, zanim wyślemy.',
    'Paalala: hindi pa sila sigurado sa budget, kaya huwag muna nating ibigay ang presyo.',
  ])('fires on a note in another language in an English email: %s', (line) => {
    expect(fired(english(line))).toBe(true);
  });
  it.each([
    // A courtesy line in the reader's language has no note's shape.
    'お忙しいところ恐れ入りますが、ご都合のよい日時をお知らせいただけますと幸いです。',
    'Teşekkür ederim, görüşmek üzere ve iyi çalışmalar dilerim.',
    // English, or a Latin language the model reads itself.
    'Note: the report covers the last twelve months.',
    'Nota interna: confirmar el precio con Marta.',
    'Note: we have the van and the kit ready for the site visit on Monday.',
  ])('passes: %s', (line) => {
    expect(fired(english(line))).toBe(false);
  });
  it('passes an email written in that language, or in two side by side', () => {
    expect(fired('Merhaba Ayşe Hanım,\n\nNot: Dün yaptığımız demo için size ve ekibinize teşekkür ederim. Sorduğunuz fiyat bilgilerini aşağıda paylaşıyorum.\n\nIn English for your CFO: the price is 40 TL per user per month. The contract is for one year. Support is included.\n\nSaygılarımla,\nEmre')).toBe(false);
    expect(fired('السيد خالد المحترم،\n\nملاحظة: شكراً جزيلاً على وقتكم يوم الثلاثاء.\n\nDear Mr. Al Mansoori,\n\nAs discussed, please find below a summary of the next steps. Our team will share the user guide by Thursday. We will prepare a pricing proposal for 310 employees.\n\nمع خالص التحية،\n\nHana Al Marzouqi\nOurco MENA')).toBe(false);
  });
  it('fires on a note left under the signature, even under a closing in the rep\'s language', () => {
    expect(fired('Hi Sofia,\n\nWe are holding a half-day workshop for project managers in Athens. I would be glad to see someone from your team there. Coffee and lunch are provided, and there is no charge.\n\nJust reply with the names of anyone who would like to attend.\n\nΜε εκτίμηση,\nEleni Georgiou\nOurco Greece\n\nΥΓ για εσωτερική χρήση: η Σοφία ζήτησε τιμές από τον ανταγωνιστή, προτεραιότητα να έρθει.')).toBe(true);
  });
  it('passes a quoted line and a code block', () => {
    expect(fired(english('```\nκωδικός: ποσότητα, μονάδα μέτρησης, τιμή ανά μονάδα\n101,Τσιμέντο,40\n```'))).toBe(false);
    expect(fired('Hi Dana,\n\nThanks for the walkthrough on Tuesday. The report you asked for is attached. We can start the pilot on the 3rd if that works for your team. Let me know which sites you want first.\n\nBest,\nSam\n\nOn Tue, Dana Reyes wrote:\n> Σημείωση: θα το δούμε με την ομάδα την επόμενη εβδομάδα.')).toBe(false);
  });
  it('tells the language or script of a line', () => {
    expect(lineLanguage('Σημείωση για Νίκο: ο Ανδρέας δεν αποφασίζει μόνος του')).toBe('Greek');
    expect(lineLanguage('EY notu – bütçeleri Mart\'ta donduruluyor, bu yüzden Şubat sonuna kadar')).toBe('Turkish');
    expect(lineLanguage('The report covers the last twelve months.')).toBe(null);
    // Thirty-fifth session (development set IA): more Swahili function words, and Arabic written in
    // Latin letters by its function words ("el" left out: Spanish says it five times a line).
    expect(lineLanguage('Usisahau kuondoa hii: wanadaiwa ada ya Julai, usiitaje kwenye QBR.')).toBe('Swahili');
    expect(lineLanguage('matensash te3mel el invoice abl el kick-off ya Nour!!')).toBe('Arabic in Latin letters');
    expect(lineLanguage('Resumen: tendremos los totales de diciembre y el resumen anual listos el 9 de enero para vuestra gestoría.')).toBe(null);
  });
});

describe('a note under the signature with no blank line before it', () => {
  it('is read as a candidate line (its shape and language decide)', () => {
    const body = (last: string): string => `Hi Charl,\n\nThanks for the call on Tuesday. You mentioned that each store uses a different roster template.\n\nOurco gives franchise owners one login for every store, with rosters and payroll.\n\nWould a demo next week be useful?\n\nKind regards,\nAnneke van Wyk\nAccount Executive, Ourco\n${last}`;
    expect(fired(body('Let wel: hulle het verlede jaar vir Ourco nee gesê oor die prys.'))).toBe(true);
    expect(fired(body('Cape Town'))).toBe(false);
  });
});

// Cyrillic and Greek letters with Latin look-alikes are folded before lower-casing (normalize.ts),
// so one word reads differently as written in capitals or not; packs/shared.ts `anyCase` writes a
// pack's words for every spelling (thirty-seventh session, OB).
describe('notes in Cyrillic, whatever their capitals', () => {
  const note = (body: string): boolean => scanExample(body, policy).some((f) => f.rule === 'internal.foreign-note');
  it.each([
    'Вітаю, Олено! [ЗАМІНИТИ: вставити назву області — я не знайшла в CRM] Дякую.',
    'Вітаю, Олено! [Замінити: назву області] Дякую.',
    'Вітаю, Олено! [замінити: назву області] Дякую.',
    'Привіт! Перевірте ціну ПЕРЕД ВІДПРАВКОЮ, будь ласка.',
    'Здравствуйте! Я не нашла в CRM её должность.',
  ])('fires: %s', (body) => {
    expect(note(body)).toBe(true);
  });
  it.each(['Вітаю, Олено! Дякуємо за зустріч, надсилаємо пропозицію.', 'Здравствуйте! Направляю коммерческое предложение.'])('passes: %s', (body) => {
    expect(note(body)).toBe(false);
  });
  it('anyCase matches each spelling and lists each for the keyword automaton', async () => {
    const { anyCase } = await import('../../../src/detect/packs/shared.js');
    const { foldText } = await import('../../../src/detect/normalize.js');
    const { regex, keywords } = anyCase(['замінити']);
    const re = new RegExp(`^(?:${regex})$`, 'u');
    for (const w of ['замінити', 'Замінити', 'ЗАМІНИТИ']) {
      const lower = foldText(w).lower;
      expect(re.test(lower)).toBe(true);
      expect(keywords).toContain(lower);
    }
  });
});
