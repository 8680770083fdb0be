/** detect/workflow.ts: when a paragraph describes how a product moves records through its steps. */
import { describe, expect, it } from 'vitest';
import { inWorkflowProse } from '../../../src/detect/workflow.js';

/** Whether `sentence`, found in lower-cased `text`, stands in workflow prose. */
function reads(text: string, sentence: string): boolean {
  const lower = text.toLowerCase();
  const start = lower.indexOf(sentence.toLowerCase());
  if (start < 0) throw new Error(`"${sentence}" is not in the text`);
  return inWorkflowProse(lower, start, start + sentence.length);
}

const PRODUCT = 'Hi Dana,\n\nEvery change request is routed to the site lead. Changes above the budget line need approval from finance.\n\nBest,\nSam';
const NOTE = 'Hi Dana,\n\nSequence rule: if no reply in 3 days, move to the VP escalation cadence.\n\nBest,\nSam';

describe('workflow prose', () => {
  it('is a paragraph naming two kinds of workflow word, one outside the sentence', () => {
    expect(reads(PRODUCT, 'Changes above the budget line need approval from finance.')).toBe(true);
  });

  it('is not one line that names two kinds on its own', () => {
    expect(reads(NOTE, 'Sequence rule: if no reply in 3 days, move to the VP escalation cadence.')).toBe(false);
  });

  it('is a paragraph of several sentences naming three kinds, even when one sentence holds them all', () => {
    const text = 'Hi Dana,\n\nIt is saved with the status "Pending approval" in the queue and every decision is logged. The manager can accept it.\n\nBest,\nSam';
    expect(reads(text, 'It is saved with the status "Pending approval" in the queue and every decision is logged.')).toBe(true);
  });

  it('is not a paragraph with one kind', () => {
    expect(reads('Hi Dana,\n\nThe status page is public. Happy to walk you through it.\n\nBest,\nSam', 'The status page is public.')).toBe(false);
  });

  it('answers each text on its own when texts alternate (the paragraph memo is per text)', () => {
    for (let i = 0; i < 3; i++) {
      expect(reads(PRODUCT, 'Changes above the budget line need approval from finance.')).toBe(true);
      expect(reads(NOTE, 'Sequence rule: if no reply in 3 days, move to the VP escalation cadence.')).toBe(false);
    }
  });
});
