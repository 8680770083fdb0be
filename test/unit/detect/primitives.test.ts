import { describe, expect, it } from 'vitest';
import { foldText, toSource } from '../../../src/detect/normalize.js';
import { findDates, findNumbers, findWordPercents, readNumber } from '../../../src/detect/numbers.js';
import {
  aadhaarValid, arCuitValid, auTfnValid, beNrnValid, brCpfValid, bsnValid, chAhvValid, clRutValid, cnRicValid, czRcValid, deSteuerIdValid,
  deSvnrValid, dkCprValid, esDniValid, fiHetuValid, frNirValid, hkIdValid, ibanValid, iePpsnValid, ilTzValid, isSampleTestCard,
  itCodiceFiscaleValid, jpMyNumberValid, krRrnValid, luhnValid, mxCurpValid, nhsValid, noFnrValid, plPeselValid, ptNifValid, roCnpValid,
  runValidator, sePnrValid, sgNricValid, sinValid, ssnValid, trTcknValid, twIdValid, verhoeffValid, zaIdValid,
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

  it.each([
    ['seventeen percent', 17], ['twenty-two percent', 22], ['twenty two per cent', 22], ['twelve and a half percent', 12.5],
    ['fifteen-percent', 15], ['ninety %', 90], ['five percent', 5],
  ])('findWordPercents(%s) = %s', (text, value) => {
    expect(findWordPercents(text)).toEqual([{ start: 0, end: text.length, values: [value], currency: false, percent: true, scaled: false, digits: 0 }]);
  });

  it('findWordPercents reads percents only, whole words only', () => {
    expect(findWordPercents('seventeen people, twenty-two seats, a hundred percent sure')).toEqual([]);
    expect(findWordPercents('fourteenth percentile')).toEqual([]);
    expect(findWordPercents('our seventeen percent discount').map((n) => [n.start, n.values])).toEqual([[4, [17]]]);
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
  it.each([
    ['295109912611193', true], // python-stdnum's example
    ['2 95 10 99 126 111 93', true],
    ['210032B60641964', true], // Corsica, 2B counted as 18
    ['295109912611194', false], // key wrong
    ['210032A60641964', false], // 2A is 19: the key no longer holds
    ['395109912611193', false], // sex digit 3 with a key for 2
    ['29510991261119', false],
  ])('French NIR %s', (n, ok) => expect(frNirValid(n)).toBe(ok));
  it.each([
    ['36574261809', true], // python-stdnum's example
    ['75016023946', true],
    ['36574261890', false], // check digit wrong
    ['12345678901', false], // no digit repeated in the first ten
    ['11145678901', false], // a digit three times in a row
    ['06574261809', false], // leading 0
  ])('German Steuer-ID %s', (n, ok) => expect(deSteuerIdValid(n)).toBe(ok));
  it.each([
    ['15070649C103', true], // the Deutsche Rentenversicherung's published sample
    ['15 070649 C 103', true],
    ['15070649C104', false],
    ['15070649D103', false],
    ['15350649C103', false], // month 35
  ])('German SV number %s', (n, ok) => expect(deSvnrValid(n)).toBe(ok));
  it.each([
    ['RSSMRA85T10A562S', true], // the Agenzia delle Entrate's sample
    ['RSSMRA85T10A56NH', true], // omocodia: the 2 as N, check letter recomputed
    ['BNCGPP72C45F205C', true], // woman (day + 40)
    ['RSSMRA85T10A562A', false],
    ['RSSMRA85F10A562S', false], // F is not a month letter
    ['RSSMRA85T35A562S', false], // day 35
  ])('Italian codice fiscale %s', (n, ok) => expect(itCodiceFiscaleValid(n)).toBe(ok));
  it.each([
    ['44051401359', true], // the widely published sample
    ['06230899911', true], // born 2006 (month + 20)
    ['44051401358', false],
    ['44135401359', false], // month 13
    ['00000000000', false],
  ])('Polish PESEL %s', (n, ok) => expect(plPeselValid(n)).toBe(ok));
  it.each([
    ['85073003328', true], // python-stdnum's example
    ['07051862417', true], // born 2007: key over 2 + nine digits
    ['85073003329', false],
    ['85133003328', false], // month 13
    ['00000000000', false],
  ])('Belgian national number %s', (n, ok) => expect(beNrnValid(n)).toBe(ok));
  it.each([
    ['0705891846', true],
    ['2902004123', true], // 29 Feb 2000 (serial 4: 2000s)
    ['2902000423', false], // serial 0: 1900, not a leap year
    ['3206891846', false],
    ['0000000000', false],
  ])('Danish CPR %s', (n, ok) => expect(dkCprValid(n)).toBe(ok));
  it.each([
    ['15108695088', true], // python-stdnum's example
    ['41038510086', true], // D-number (day + 40)
    ['15108695089', false], // second check digit wrong
    ['15108695188', false], // first check digit wrong
    ['32108695088', false],
  ])('Norwegian fødselsnummer %s', (n, ok) => expect(noFnrValid(n)).toBe(ok));
  it.each([
    ['131052-308T', true], // the Population Register Centre's sample
    ['030510A382V', true],
    ['131052-308U', false],
    ['131352-308T', false], // month 13
    ['131052-001H', false], // individual number 000–001 not used
  ])('Finnish HETU %s', (n, ok) => expect(fiHetuValid(n)).toBe(ok));
  it.each([
    ['310192625', true],
    ['450000005', false], // check wrong
    ['501964843', false], // a company (5…): valid mod 11 but not a person's number
    ['310192620', false],
  ])('Portuguese NIF %s', (n, ok) => expect(ptNifValid(n)).toBe(ok));
  it.each([
    ['7569217076985', true], // python-stdnum's example
    ['7569217076986', false],
    ['7559217076985', false], // not 756
  ])('Swiss AHV %s', (n, ok) => expect(chAhvValid(n)).toBe(ok));
  it.each([
    ['11010519491231002X', true], // the GB 11643 sample
    ['11010519491231002x', true],
    ['110105194912310021', false],
    ['11010519491331002X', false], // month 13
  ])('Chinese resident ID %s', (n, ok) => expect(cnRicValid(n)).toBe(ok));
  it.each([
    ['9710139019902', true], // python-stdnum's example
    ['8504121538217', true],
    ['8513121538217', false], // month 13
    ['8502301538217', false], // 30 February
  ])('Korean RRN %s', (n, ok) => expect(krRrnValid(n)).toBe(ok));
  it.each([
    ['823700468921', true],
    ['823700468920', false],
    ['000000000000', false],
  ])('Japanese My Number %s', (n, ok) => expect(jpMyNumberValid(n)).toBe(ok));
  it.each([
    ['A123456789', true], // the widely published sample
    ['A123456788', false],
    ['A323456789', false],
  ])('Taiwan ID %s', (n, ok) => expect(twIdValid(n)).toBe(ok));
  it.each([
    ['A123456(3)', true], // the widely published sample (leading space counted as 36)
    ['A1234563', true],
    ['UV656580(7)', true],
    ['A123456(4)', false],
  ])('HKID %s', (n, ok) => expect(hkIdValid(n)).toBe(ok));
  it.each([
    ['039337423', true], // python-stdnum's example
    ['39337423', true], // leading zero dropped
    ['039337424', false],
    ['000000000', false],
  ])('Israeli ID %s', (n, ok) => expect(ilTzValid(n)).toBe(ok));
  it.each([
    ['10000000146', true], // the widely published sample
    ['10000000147', false],
    ['10000000136', false],
    ['00000000146', false],
  ])('Turkish TCKN %s', (n, ok) => expect(trTcknValid(n)).toBe(ok));
  it.each([
    ['7503305044089', true], // python-stdnum's example
    ['7503305044088', false],
    ['7513305044081', false], // month 13
  ])('South African ID %s', (n, ok) => expect(zaIdValid(n)).toBe(ok));
  it.each([
    ['BOXW310820HNERXN09', true], // python-stdnum's example
    ['BOXW310820HNERXN08', false],
    ['BOXW311320HNERXN09', false], // month 13
  ])('Mexican CURP %s', (n, ok) => expect(mxCurpValid(n)).toBe(ok));
  it.each([
    ['20055361682', true], // python-stdnum's example
    ['20055361683', false],
    ['30712345671', false], // a company (30): valid mod 11 but public
  ])('Argentine CUIL %s', (n, ok) => expect(arCuitValid(n)).toBe(ok));
  it.each([
    ['16.285.247-7', true],
    ['162852477', true],
    ['16.285.247-0', false],
    ['76.086.428-5', false], // a company RUT
  ])('Chilean RUT %s', (n, ok) => expect(clRutValid(n)).toBe(ok));
  it.each([
    ['6433435F', true], // python-stdnum's example
    ['1234567T', true],
    ['3325178QA', true], // with the second letter
    ['6433435E', false],
    ['3325178Q', false], // the second letter counts
  ])('Irish PPSN %s', (n, ok) => expect(iePpsnValid(n)).toBe(ok));
  it.each([
    ['7103192745', true], // python-stdnum's example
    ['8558240218', true], // a woman (month + 50)
    ['7103192746', false],
    ['7113192745', false], // month 13
  ])('Czech rodné číslo %s', (n, ok) => expect(czRcValid(n)).toBe(ok));
  it.each([
    ['1630615123457', true], // python-stdnum's example
    ['1630615123458', false],
    ['1631315123457', false], // month 13
    ['0630615123457', false],
  ])('Romanian CNP %s', (n, ok) => expect(roCnpValid(n)).toBe(ok));
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
    ['fr-nir', '2 10 03 2b 606 419 64', true],
    ['de-steuer-id', '75 016 023 946', true],
    ['de-svnr', '15 070649 c 103', true],
    ['it-codice-fiscale', 'rssmra85t10a562s', true],
    ['be-nrn', '85.07.30-033.28', true],
    ['be-nrn', '85.07.30-033.29', false],
    ['dk-cpr', '070589-1846', true],
    ['fi-hetu', '131052-308t', true],
    ['pt-nif', '310 192 625', true],
    ['ch-ahv', '756.9217.0769.85', true],
    ['cn-ric', '440305 20021108 1530', true],
    ['kr-rrn', '850412-1538217', true],
    ['jp-my-number', '8237 0046 8921', true],
    ['tw-id', 'a123456789', true],
    ['hk-hkid', 'a123456(3)', true],
    ['il-tz', '76015743-8', true],
    ['mx-curp', 'boxw310820hnerxn09', true],
    ['ar-cuit', '20-05536168-2', true],
    ['cl-rut', '9.408.457-1', true],
    ['ie-ppsn', '6433435f', true],
    ['cz-rc', '710319/2745', true],
    ['ro-cnp', '1630615123457', true],
    ['pl-pesel', '44051401359', true],
    ['no-fnr', '151086 95088', true],
    ['tr-tckn', '10000000146', true],
    ['za-id', '750330 5044 089', true],
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
