/**
 * The sentence model's cache (src/detect/model/detect.ts): a sentence scored once is answered from
 * the cache after, and what the scan reports is the same with the cache empty or full.
 */
import { describe, expect, it } from 'vitest';
import { clearModelCache, modelCacheStats } from '../../../src/detect/model/detect.js';
import { scanExample } from '../../../src/detect/rules/examples.js';
import { defaultPolicy } from '../../../src/policy/schema.js';

const policy = defaultPolicy();
const TEXTS = [
  'Honestly, if you don\'t lock this in by Thursday you\'ll be paying double next quarter.',
  'note to self: swap the case study before this goes out',
  'Thanks for the call on Tuesday. I have attached the proposal we discussed.',
  'HONESTLY, IF YOU DON\'T LOCK THIS IN BY THURSDAY YOU\'LL BE PAYING DOUBLE NEXT QUARTER.',
  'Would a 20-minute call next week be useful? I can walk you through the pilot plan.',
];
const modelFindings = (text: string): string[] =>
  scanExample(text, policy).filter((f) => f.rule === 'tone.model' || f.rule === 'internal.model').map((f) => `${f.rule} ${f.start}-${f.end} ${f.message}`);

describe('the sentence model cache', () => {
  it('answers a sentence scored before from the cache, with the same findings', () => {
    clearModelCache();
    const cold = TEXTS.map(modelFindings);
    const hits = modelCacheStats.hits;
    const warm = TEXTS.map(modelFindings);
    expect(warm).toEqual(cold);
    expect(modelCacheStats.hits).toBeGreaterThan(hits);
    // Scored cold, each text on its own, the findings are those of the cached scan.
    for (let i = 0; i < TEXTS.length; i++) {
      clearModelCache();
      expect(modelFindings(TEXTS[i] as string)).toEqual(cold[i]);
    }
  });

  it('keys a sentence by its original spelling too: capitals are a feature', () => {
    clearModelCache();
    modelFindings(TEXTS[0] as string);
    const scored = modelCacheStats.scored;
    const hits = modelCacheStats.hits;
    // The same words in capitals are scored afresh (a miss), not answered from the cache.
    modelFindings(TEXTS[3] as string);
    expect(modelCacheStats.scored).toBeGreaterThan(scored);
    // The same text again is all hits.
    const scoredAfter = modelCacheStats.scored;
    modelFindings(TEXTS[3] as string);
    expect(modelCacheStats.scored).toBe(scoredAfter);
    expect(modelCacheStats.hits).toBeGreaterThan(hits);
  });
});
