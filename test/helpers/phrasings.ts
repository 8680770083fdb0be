/**
 * Hand-written phrasing lists for one finding kind: each FIRE sentence must raise a finding of
 * that kind and each PASS sentence (a trap a careful reviewer would let through) must not. Each is
 * scanned through the full scanner as the body (or the subject) of a draft to the example prospect
 * of docs/rules.md, under the shipped policy with our company as Ourco.
 */
import { describe, expect, it } from 'vitest';
import { scanExample } from '../../src/detect/rules/examples.js';
import { defaultPolicy, type Policy } from '../../src/policy/schema.js';

const base = defaultPolicy();
const policy: Policy = {
  ...base,
  sender: { ...base.sender, company: 'Ourco', own_domains: ['ourco.com', 'calendly.com'], public_prices_usd: [12_000] },
};

/** A sentence for the body, or a subject (with the body under it when its reading needs one: a reply chain). */
export type Item = string | { text: string; field: 'subject'; body?: string };

const label = (x: Item): string => (typeof x === 'string' ? x : `[subject] ${x.text}`);
const kinds = (x: Item): string[] => scanExample(x, policy).map((f) => f.kind);
const MODEL_RULES = new Set(['tone.model', 'internal.model', 'claim.model']);
const ruleKinds = (x: Item): string[] => scanExample(x, policy).filter((f) => !MODEL_RULES.has(f.rule ?? '')).map((f) => f.kind);

export function describePhrasings(kind: string, title: string, fire: readonly Item[], pass: readonly Item[]): void {
  describe(`${title}: phrasings a reviewer would stop`, () => {
    it.each(fire.map((x) => [label(x), x] as const))('%s', (_l, x) => {
      expect(kinds(x)).toContain(kind);
    });
  });
  describe(`${title}: traps that stay clean`, () => {
    // The rules must leave every trap alone. The learned model (tone.model, internal.model, claim.model) is
    // held to a measured share instead: its threshold lets at most 1% of hand-written traps
    // through in cross-validation (docs/detection-model.md), so one of these may read as a warn.
    it.each(pass.map((x) => [label(x), x] as const))('%s', (_l, x) => {
      expect(ruleKinds(x)).not.toContain(kind);
    });
  });
}
