/**
 * Sentences that name a pressure tactic to disown it, or a caveat the writer owes the reader,
 * against the same words used as the tactic or as the agent's reasoning. Checked in a whole
 * clean email, beside the rules' own examples.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

function rules(line: string): string[] {
  const body = `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
  return scanDraft({ subject: 'Following up', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info' && f.rule !== undefined && !f.rule.endsWith('.model'))
    .map((f) => f.rule as string);
}

describe('a limited-time offer the sentence disowns', () => {
  it.each([
    "Limited-time offers aren't really how we work, so the quote holds for the whole quarter.",
    "This isn't a limited time deal; it's our standard list price.",
    'We never run limited-time promotions on the platform licence.',
  ])('passes the deadline rule: %s', (line) => {
    expect(rules(line)).not.toContain('tone.deadline-pressure');
  });

  it.each([
    'Limited-time offers are not our style, but this one ends Friday, so sign now.',
    'This limited-time price is only for teams who sign this week.',
  ])('still fires when the offer comes back or stands: %s', (line) => {
    expect(rules(line)).toContain('tone.deadline-pressure');
  });
});

describe('"I should mention that" before a caveat for the reader', () => {
  it.each([
    'I should mention that the mobile app is read-only for now, so approvals happen on desktop.',
    'I should mention that our support desk is closed on public holidays.',
    "I should mention that you'll need admin rights to install the connector.",
  ])('is no agent trace: %s', (line) => {
    expect(rules(line)).not.toContain('internal.agent-trace');
  });

  it.each([
    'I should mention that the prospect just lost their CFO.',
    'I should mention their recent funding round in the opener.',
    'I should mention that she used to work at Salesforce.',
  ])('is one when it plans what to say about them: %s', (line) => {
    expect(rules(line)).toContain('internal.agent-trace');
  });
});
