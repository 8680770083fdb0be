import { describe, expect, it } from 'vitest';
import { foldText, toSource } from '../../../src/detect/normalize.js';
import { findDates, findNumbers, readNumber } from '../../../src/detect/numbers.js';
import {
  aadhaarValid, auTfnValid, brCpfValid, bsnValid, esDniValid, ibanValid, isSampleTestCard, luhnValid, nhsValid, runValidator, sePnrValid,
  sgNricValid, sinValid, ssnValid, verhoeffValid,
} from '../../../src/detect/rules/validators.js';
import { buildBook } from '../../../src/detect/book.js';
import { BOOK_ACCOUNTS } from '../../fixtures/detect/book.js';

describe('foldText keeps an offset map to the original', () => {
  it.each([
    ['ascii', 'Hello World', 'hello world'],
    ['zero-width removed', 'a\u200bb\u200dc', 'abc'],
    ['fullwidth digits', '４８', '48'],
    ['arabic-indic digits', '٤٨', '48'],
    ['math bold digits (surrogate pairs)', '𝟒𝟖', '48'],
    ['cyrillic look-alikes', 'Асme', 'acme'],
    ['ligature expands', 'ﬁne', 'fine'],
    ['curly quote', 'don’t', "don't"],
  ])('%s', (_n, input, lower) => {
    const t = foldText(input);
    expect(t.lower).toBe(lower);
    expect(t.folded.length).toBe(t.lower.length);
    const whole = toSource(t, 0, t.lower.length);
    expect(input.slice(whole.start, whole.end).replace(/[\u200b\u200d]/g, '')).toBe(input.replace(/[\u200b\u200d]/g, ''));
  });

  it('maps a span inside expanded and removed characters', () => {
    const src = 'x 𝟒\u200b𝟖 y';
    const t = foldText(src);
    const at = t.lower.indexOf('48');
    expect(src.slice(toSource(t, at, at + 2).start, toSource(t, at, at + 2).end)).toBe('𝟒\u200b𝟖');
  });
});

describe('numbers', () => {
  it.each([
    ['48,000', [48000, 48]],
    ['48.000', [48000, 48]],
    ['1.234.567', [1234567]],
    ['48,5', [48.5]],
    ['48 000', [48000]],
    ['48000', [48000]],
  ])('readNumber(%s)', (raw, values) => {
    expect(readNumber(raw).sort()).toEqual([...values].sort());
  });

  it.each([
    ['$48k', 48000, { currency: true, scaled: true }],
    ['usd 48,000', 48000, { currency: true }],
    ['48 thousand', 48000, { scaled: true }],
    ['22 percent', 22, { percent: true }],
    ['2.5m', 2500000, { scaled: true }],
  ])('findNumbers(%s)', (text, value, flags) => {
    const [m] = findNumbers(text);
    expect(m?.values).toContain(value);
    expect(m).toMatchObject(flags);
    expect(m?.start).toBe(0);
    expect(m?.end).toBe(text.length);
  });

  it('does not read numbers inside words, versions or ids', () => {
    expect(findNumbers('abc123 v2.1.3 x-48000').map((n) => n.values)).toEqual([]);
  });

  it.each([
    ['2025-03-31', '2025-03-31'],
    ['3/31/2025', '2025-03-31'],
    ['31.03.2025', '2025-03-31'],
    ['march 31st, 2025', '2025-03-31'],
    ['31 march 2025', '2025-03-31'],
    ['the 31st of march', '--03-31'],
    ['mar 31', '--03-31'],
  ])('findDates(%s)', (text, key) => {
    expect(findDates(text).flatMap((d) => d.keys)).toContain(key);
  });
});

describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['378282246310005', true],
  ])('luhn %s', (n, ok) => expect(luhnValid(n)).toBe(ok));
  it.each([
    ['DE89370400440532013000', true],
    ['DE89370400440532013001', false],
    ['GB82WEST12345698765432', true],
    ['GB82WEST1234569876543', false],
  ])('iban %s', (n, ok) => expect(ibanValid(n)).toBe(ok));
  it.each([
    ['123', '45', '6789', true],
    ['000', '45', '6789', false],
    ['666', '45', '6789', false],
    ['900', '45', '6789', false],
    ['123', '00', '6789', false],
    ['123', '45', '0000', false],
  ])('ssn %s-%s-%s', (a, g, s, ok) => expect(ssnValid(a, g, s)).toBe(ok));
  it.each([
    ['468111919', true],
    ['377709126', true],
    ['468111918', false], // Luhn fails
    ['046454286', false], // CRA's documented sample: 0 is never issued as first digit
    ['812345678', false],
    ['12345678', false],
  ])('Canadian SIN %s', (n, ok) => expect(sinValid(n)).toBe(ok));
  it.each([
    ['7733214254', true],
    ['2603487353', true],
    ['7733214255', false],
    ['1234567890', false], // check digit would be 10
    ['1111111111', false],
    ['773321425', false],
  ])('NHS number %s', (n, ok) => expect(nhsValid(n)).toBe(ok));
  it.each([
    ['845698992716', true],
    ['585402232597', true],
    ['845698992717', false],
    ['145698992716', false], // first digit 0/1 is never issued
    ['84569899271', false],
  ])('Aadhaar %s', (n, ok) => expect(aadhaarValid(n)).toBe(ok));
  it('Verhoeff', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });
  it.each([
    ['471978735', true],
    ['92250385', true], // leading zero dropped
    ['471978736', false],
    ['111111111', false],
    ['12345678901', false],
  ])('BSN %s', (n, ok) => expect(bsnValid(n)).toBe(ok));
  it.each([
    ['93932823H', true],
    ['Y3194475L', true],
    ['y-3194475-l', true],
    ['93932823A', false],
    ['Y3194475M', false],
    ['W3194475L', false],
  ])('Spanish DNI/NIE %s', (n, ok) => expect(esDniValid(n)).toBe(ok));
  it.each([
    ['108607211', true],
    ['123456782', true],
    ['547984813', true],
    ['108607212', false],
    ['111111111', false],
    ['1086072', false],
    ['1086072110', false],
  ])('Australian TFN %s', (n, ok) => expect(auTfnValid(n)).toBe(ok));
  it.each([
    ['39651329203', true],
    ['52998224725', true],
    ['39651329204', false], // second check digit wrong
    ['39651329213', false], // first check digit wrong
    ['11111111111', false], // all-same digits pass mod 11 but are never issued
    ['3965132920', false],
  ])('Brazilian CPF %s', (n, ok) => expect(brCpfValid(n)).toBe(ok));
  it.each([
    ['S3560255J', true],
    ['s3560255j', true],
    ['T8791569C', true],
    ['F1780659U', true],
    ['G8974965X', true],
    ['M5954806Q', true],
    ['S3560255A', false],
    ['F3560255J', false], // FIN table differs from the NRIC one
    ['A3560255J', false],
    ['S356025J', false],
  ])('Singapore NRIC/FIN %s', (n, ok) => expect(sgNricValid(n)).toBe(ok));
  it.each([
    ['19770907-8484', true],
    ['770907-8484', true],
    ['7709078484', true],
    ['811228-9874', true],
    ['811228+9874', true],
    ['198112289874', true],
    ['770907-8485', false], // Luhn fails
    ['771307-8484', false], // month 13
    ['19770907-84', false],
  ])('Swedish personnummer %s', (n, ok) => expect(sePnrValid(n)).toBe(ok));
  it('published sandbox cards count as samples only with a test context', () => {
    const text = 'in sandbox mode use 4242 4242 4242 4242 with any cvc';
    expect(isSampleTestCard('4242424242424242', text, 20, 19)).toBe(true);
    expect(isSampleTestCard('4242424242424242', 'card on file: 4242 4242 4242 4242 exp 04/29', 14, 19)).toBe(false);
    expect(isSampleTestCard('4556737586899855', 'test card 4556 7375 8689 9855', 10, 19)).toBe(false);
    expect(runValidator('card', '4242 4242 4242 4242', 0, text, 20)).toBe(-1);
    expect(runValidator('card', '4556 7375 8689 9855', 0, 'card 4556 7375 8689 9855', 5)).toBe(19);
  });
  it.each([
    ['ca-sin', '468 111 919', true],
    ['ca-sin', '468-111-918', false],
    ['nhs', '773 321 4254', true],
    ['aadhaar', '8456 9899 2716', true],
    ['bsn', '4719.78.735', true],
    ['es-dni', '93932823-h', true],
    ['es-dni', '93932823-a', false],
    ['bsn', '2265.43.353', true],
    ['au-tfn', '108 607 211', true],
    ['au-tfn', '108 607 212', false],
    ['br-cpf', '396.513.292-03', true],
    ['br-cpf', '396.513.292-04', false],
    ['sg-nric', 's3560255j', true],
    ['se-pnr', '19770907-8484', true],
    ['se-pnr', '19770907-8485', false],
  ] as const)('runValidator %s %s', (name, match, ok) => expect(runValidator(name, match, 0, match, 0) >= 0).toBe(ok));
});

describe('book', () => {
  it('one automaton for the whole book, with lookups by id', () => {
    const book = buildBook(BOOK_ACCOUNTS);
    expect(book.get('acme-an')?.name).toBe('Acme Analytics');
    expect(book.get('nope')).toBeUndefined();
    expect(book.automaton.states).toBeGreaterThan(50);
    const { matches } = book.automaton.run('we met acme logistics and acme analytics.');
    const texts = matches.filter((m) => (book.terms[m.pattern] ?? []).length > 0).map((m) => 'we met acme logistics and acme analytics.'.slice(m.start, m.end));
    expect(texts).toEqual(expect.arrayContaining(['acme logistics', 'acme analytics', 'acme']));
  });
});
