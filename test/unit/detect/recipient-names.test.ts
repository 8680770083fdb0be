/**
 * The greeting's name against the recipient's: accents dropped or spelled out and transliterated
 * spellings are the same person; near-names that are other real names stay a mismatch.
 */
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../src/detect/recipient.js';

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
