/**
 * detect/model/detect.ts: the prospect's name weighs nothing in the sentence model. Its training
 * filled names with invented words, but the rules' examples name their example accounts; a
 * sentence that is ordinary once the name is read as a name must not become a finding because of it.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { defaultPolicy } from '../../../src/policy/schema.js';
import { makeAccount } from '../../fixtures/detect/book.js';

function modelFindings(name: string, line: string): string[] {
  const account = makeAccount({ id: 'acc-1', name, domain: 'prospect.example' });
  const book = buildBook([account]);
  const body = `Hi Jane,\n\n${line}\n\nBest,\nSam`;
  return scanDraft({ subject: 'Quick idea', body, to: { email: 'jane@prospect.example', name: 'Jane Doe' }, from: 'sdr@seller.example' }, account, book, defaultPolicy())
    .filter((f) => f.rule?.endsWith('.model') === true)
    .map((f) => f.rule as string);
}

describe('the prospect\'s name in the sentence model', () => {
  it.each(['Acme Analytics', 'Acme Corp', 'Acme'])('"teams like %s cut reporting time" is no news about the prospect', (name) => {
    expect(modelFindings(name, `I'd love to show you how teams like ${name} cut reporting time. Would a 20-minute call next week work?`)).toEqual([]);
  });

  it.each(['Acme Analytics, Inc.', 'Acme Analytics GmbH', 'The Acme Analytics Group Ltd'])('the name as filed (%s) is read where prose writes it without its legal form', (filed) => {
    expect(modelFindings('Acme Analytics', 'Acme Analytics teams could cut reporting time in half.')).toEqual([]);
    expect(modelFindings(filed, filed.startsWith('The') ? 'Acme Analytics Group teams could cut reporting time in half.' : 'Acme Analytics teams could cut reporting time in half.')).toEqual([]);
  });

  it('leaves the model\'s finding where the rest of the sentence carries it', () => {
    expect(modelFindings('Acme Analytics', 'Heard Acme Analytics is moving its whole finance team to Lisbon next year.')).toContain('claim.model');
    // (Until the fourteenth session's retraining the second case was "…had a record quarter…": that
    // model reads it under its bar once the name is left out, and claim.growth-figures now reports it.)
    expect(modelFindings('Acme Analytics', 'Sounds like Acme Analytics is having a monster year, congrats to the whole crew.')).toContain('claim.model');
  });
});
