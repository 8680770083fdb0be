/**
 * The evaluation set (bench/eval): deterministic, a stable train/holdout split, every finding
 * kind well represented in both halves, at least 30% clean drafts, and the committed train file
 * equal to what the generator produces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvalBook } from '../../bench/eval/book.js';
import {
  composition, EVAL_KINDS, generateEvalSet, holdoutOnly, splitOf, splitSet, toJsonLine,
} from '../../bench/eval/generate.js';
import * as P from '../../bench/eval/phrases.js';
import { cardDigits, CARD_NETWORKS, iban, ibanValid, luhnValid } from '../../bench/eval/tokens.js';
import { Rng } from '../../bench/eval/rng.js';

const set = generateEvalSet();

describe('evaluation set generator', () => {
  it('is deterministic: same seed, same drafts and labels', () => {
    const again = generateEvalSet();
    expect(again.map(toJsonLine)).toEqual(set.map(toJsonLine));
    const other = generateEvalSet({ seed: 7, size: 50 });
    expect(other.map((d) => d.draft.body)).not.toEqual(set.slice(0, 50).map((d) => d.draft.body));
  });

  it('has at least 2,000 drafts with unique ids', () => {
    expect(set.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(set.map((d) => d.id)).size).toBe(set.length);
  });

  it('splits by id only, stably, into roughly halves', () => {
    // Pinned: changing splitOf would silently move drafts between halves.
    expect(['ev-00001', 'ev-00002', 'ev-00010', 'ev-00041'].map(splitOf)).toEqual(['train', 'train', 'holdout', 'holdout']);
    for (const d of set) expect(d.split).toBe(splitOf(d.id));
    const { train, holdout } = splitSet(set);
    expect(train.length + holdout.length).toBe(set.length);
    expect(Math.abs(train.length - holdout.length)).toBeLessThan(set.length * 0.1);
    const smaller = generateEvalSet({ size: 300 });
    for (const d of smaller) expect(d.split).toBe(set.find((x) => x.id === d.id)?.split);
  });

  it('holds every kind in both halves (≥ 40 drafts each) and ≥ 30% clean drafts', () => {
    const { train, holdout } = splitSet(set);
    for (const half of [train, holdout]) {
      const c = composition(half);
      for (const k of EVAL_KINDS) expect(c.per_kind[k], k).toBeGreaterThanOrEqual(40);
      expect(c.clean_share).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('keeps holdout-only phrasings out of the train half', () => {
    const { train, holdout } = splitSet(set);
    const lists: Array<[string, readonly string[]]> = [
      ...Object.entries(P.TONE).map(([f, xs]) => [`tone.${f}`, xs] as [string, readonly string[]]),
      ...Object.entries(P.INTERNAL).map(([f, xs]) => [`internal.${f}`, xs] as [string, readonly string[]]),
    ];
    // Fixed sentences (no slots): their core must never appear in a train draft.
    const reserved = lists.flatMap(([key, xs]) => xs.filter((x, i) => holdoutOnly(key, x, i) && !x.includes('{')))
      .map((x) => x.slice(1, -1).toLowerCase());
    expect(reserved.length).toBeGreaterThan(5);
    const text = (ds: typeof train): string => ds.map((d) => `${d.draft.subject}\n${d.draft.body}`).join('\n').toLowerCase();
    const trainText = text(train);
    for (const core of reserved) expect(trainText.includes(core), core).toBe(false);
    const holdoutText = text(holdout);
    expect(reserved.filter((core) => holdoutText.includes(core)).length).toBeGreaterThan(reserved.length / 2);
  });

  it('labels tiers by the convention: critical kinds block, warn kinds go high', () => {
    for (const d of set) {
      const critical = d.expected.kinds.some((k) => ['sensitive_field', 'pii', 'secret', 'internal_marker'].includes(k));
      if (critical) expect(d.expected.tier).toBe('blocked');
      else if (d.expected.kinds.length > 0) expect(d.expected.tier).toBe('high');
      else expect(d.expected.tier).not.toBe('blocked');
    }
  });

  it('makes valid and invalid numbers on purpose', () => {
    const r = new Rng(3);
    for (const net of CARD_NETWORKS) {
      expect(luhnValid(cardDigits(r, net, true)), net.name).toBe(true);
      expect(luhnValid(cardDigits(r, net, false)), net.name).toBe(false);
    }
    for (let i = 0; i < 50; i++) {
      expect(ibanValid(iban(r, true))).toBe(true);
      expect(ibanValid(iban(r, false))).toBe(false);
    }
  });

  it('builds a book with near-duplicate names through the accounts parser', () => {
    const book = buildEvalBook();
    const names = book.accounts.map((a) => a.account.name);
    expect(names).toEqual(expect.arrayContaining(['Acme Corp', 'Acme Analytics', 'Acme Logistics', 'Northwind', 'Northwinds Health']));
    for (const a of book.accounts) expect(a.account.sensitive.contract_value).toBeDefined();
  });

  it('matches the committed train file (regenerate with `npx tsx bench/eval/generate.ts`)', () => {
    const file = readFileSync(new URL('../../bench/eval/train.jsonl', import.meta.url), 'utf8').trimEnd().split('\n');
    expect(file).toEqual(splitSet(set).train.map(toJsonLine));
  });
});
