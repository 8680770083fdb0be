/**
 * The greeting's name against the recipient's: accents dropped or spelled out and transliterated
 * spellings are the same person; near-names that are other real names stay a mismatch.
 */
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../src/detect/recipient.js';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

describe('sameName', () => {
  it.each([
    ['Jose', 'José García'],
    ['José', 'Jose Garcia'],
    ['Zoe', 'Zoë Adams'],
    ['Soren', 'Søren Kierkegaard'],
    ['Francois', 'François Martin'],
    ['Bjorn', 'Björn Larsson'],
    ['Lukasz', 'Łukasz Nowak'],
    ['Aleksandr', 'Alexander Petrov'],
    ['Alex', 'Aleksandr Petrov'],
    ['Sergey', 'Sergei Ivanov'],
    ['Hanna', 'Hannah Berg'],
    ['Markus', 'Marcus Lee'],
    // Everyday forms across languages, a given name held as its initial, and initials for given names.
    ['Sasha', 'Aleksandra Nowak'],
    ['Chris', 'Kristopher Lee'],
    ['Mike', 'Michał Nowak'],
    ['Misha', 'Michael Brown'],
    ['Jane', 'J. Smith'],
    ['JP', 'Jean-Paul Gaultier'],
    ['JP', 'Jean Paul Gaultier'],
    ['AJ', 'Anthony James Smith'],
  ])('%s greets %s', (greeted, full) => {
    expect(sameName(greeted, full)).toBe(true);
  });

  it.each([
    ['Muller', 'Anja Müller'],
    ['Mueller', 'Anja Müller'],
    ['Müller', 'Anja Mueller'],
    ['Pena', 'Rosa Peña'],
  ])('a title with %s greets %s', (greeted, full) => {
    expect(sameName(greeted, full, { surnameOnly: true })).toBe(true);
  });

  it.each([
    ['Jon', 'Joan Miller'],
    ['Joan', 'Jon Baker'],
    ['Daniel', 'Danielle Brooks'],
    ['Eric', 'Erica Kowalczyk'],
    ['Michelle', 'Michael Chen'],
    ['Dana', 'Diana Ross'],
    ['Jose', 'Josie Ruiz'],
    ['Rene', 'Irene Dubois'],
    ['Alejandro', 'Alexander Petrov'],
    ['Jane', 'K. Smith'],
    ['KP', 'Jean-Paul Gaultier'],
    ['JS', 'Jean-Paul Gaultier'],
    ['Michelle', 'Michał Nowak'],
  ])('%s is not %s', (greeted, full) => {
    expect(sameName(greeted, full)).toBe(false);
  });

  it('a title with another surname, accents or not, is not the recipient', () => {
    expect(sameName('Muller', 'Anja Schmidt', { surnameOnly: true })).toBe(false);
    expect(sameName('Pena', 'Rosa Perez', { surnameOnly: true })).toBe(false);
  });
});

/**
 * An honorific written after the name in lower case (fifty-first session, EZ): Latvian "Labdien,
 * Kalniņa kungs!" greets Jānis Kalniņš (the surname in the genitive), Telugu "Ravi garu", Turkish
 * "Ayşe hanım". The salutation before it is not read as the name.
 */
describe('a greeting with an honorific after the name', () => {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
  const book = buildBook([account]);
  const greetings = (to: string, greeting: string): string[] =>
    scanDraft({ subject: 'Hello', body: `${greeting}\n\nPaldies par sarunu.\n\nSam`, to: { email: 'x@target.example', name: to }, from: 'sam@ourco.com' }, account, book, testPolicy())
      .filter((f) => f.kind === 'recipient_mismatch').map((f) => f.message ?? '');

  it.each([
    ['Jānis Kalniņš', 'Labdien, Kalniņa kungs!'],
    ['Pēteris Ozols', 'Labdien, Ozola kungs!'],
    ['Līga Bērziņa', 'Labdien, Bērziņas kundze!'],
    ['Ravi Kumar', 'Namaste Ravi garu,'],
    ['Ayşe Demir', 'Merhaba Ayşe hanım,'],
  ])('%s is greeted by "%s"', (to, greeting) => {
    expect(greetings(to, greeting)).toEqual([]);
  });

  it.each([
    ['Jānis Kalniņš', 'Labdien, Ozola kungs!', 'Ozola'],
    ['Ravi Kumar', 'Namaste Suresh garu,', 'Suresh'],
    ['Dana Reyes', 'Labdien, Kalniņa kungs!', 'Kalniņa'],
  ])('%s is not greeted by "%s"', (to, greeting, name) => {
    expect(greetings(to, greeting)).toEqual([`greets "${name}" but the recipient is ${to}`]);
  });
});
