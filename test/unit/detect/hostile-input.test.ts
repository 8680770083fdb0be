import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { dedupe, MAX_LISTED, scanDraft } from '../../../src/detect/scan.js';
import { MAX_CHECKED_HITS } from '../../../src/detect/rules/engine.js';
import { lineEndOf, lineStartOf, paragraphOf } from '../../../src/detect/text-index.js';
import type { Finding } from '../../../src/detect/types.js';
import { HOSTILE_SHAPES, hostileBody } from '../../../bench/scan-hostile.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

/**
 * Bodies nobody writes but anyone can submit (bench/scan-hostile.ts). Each once made the scan's
 * time grow with the square of the body: minutes for 100,000 characters of "<". The timings are
 * the scan bench's (scan.hostile_*); here each body is scanned to the intake's limit and what it
 * reports is checked. The generous timeout is a liveness guard, not a speed goal: the old code
 * did not finish these within it.
 */

const book = buildBook([
  makeAccount({ id: 'a1', name: 'Initech', domain: 'initech.com' }),
  makeAccount({ id: 'a2', name: 'Acme Corp', domain: 'acme.com' }),
]);
const policy = testPolicy();

function scan(body: string): Finding[] {
  return scanDraft(
    { subject: 'Hello', body, to: { email: 'dana@initech.com', name: 'Dana' }, from: 'sam@ourco.com' },
    book.get('a1') as NonNullable<ReturnType<typeof book.get>>, book, policy,
  );
}

const unchecked = (fs: Finding[]): Finding[] => fs.filter((f) => /(?:was|were) not checked one by one/.test(f.message ?? ''));

describe('the text index answers as the string walks it replaced', () => {
  const text = fc.string({ unit: fc.constantFrom('\n', 'a', ' ', '"', '“', '”'), maxLength: 60 });

  it('line start and end of every offset', () => {
    fc.assert(fc.property(text, (t) => {
      for (let at = 0; at <= t.length; at++) {
        expect(lineStartOf(t, at)).toBe(t.lastIndexOf('\n', at - 1) + 1);
        const nl = t.indexOf('\n', at);
        expect(lineEndOf(t, at)).toBe(nl < 0 ? t.length : nl);
      }
    }), { numRuns: 300 });
  });

  it('the paragraph around every span', () => {
    fc.assert(fc.property(text, fc.nat(60), fc.nat(5), (t, a, w) => {
      const start = Math.min(a, t.length);
      const end = Math.min(start + w, t.length);
      const before = t.lastIndexOf('\n\n', start);
      const after = t.indexOf('\n\n', end);
      expect(paragraphOf(t, start, end)).toEqual([before < 0 ? 0 : before + 2, after < 0 ? t.length : after]);
    }), { numRuns: 500 });
  });
});

describe('one leak, one finding: dedupe compares only findings that can hold or overlap', () => {
  // The all-against-all reading it replaced, kept as the reference.
  const RANK = { critical: 2, warn: 1, info: 0 } as const;
  function reference(sorted: Finding[]): Finding[] {
    const out: Finding[] = [];
    for (const f of sorted) {
      const covered = sorted.some((g) => g !== f && g.kind === f.kind && g.field === f.field && g.start <= f.start && g.end >= f.end &&
        RANK[g.severity] >= RANK[f.severity] && (g.start !== f.start || g.end !== f.end || out.includes(g)));
      const shoutOverOther = f.rule === 'tone.shouting' && sorted.some((g) => g.kind !== 'tone' && !(g.rule ?? '').endsWith('.model') && g.field === f.field && g.start < f.end && g.end > f.start);
      const insideCritical = f.severity !== 'critical' && f.kind !== 'hidden_text' && f.kind !== 'link' && sorted.some((g) => g.kind !== f.kind && g.severity === 'critical' && g.field === f.field && g.start <= f.start && g.end >= f.end);
      if (!covered && !shoutOverOther && !insideCritical) out.push(f);
    }
    return out;
  }
  // A rule and the kind it reports, as scans pair them.
  const RULES = [['tone', 'tone.shouting'], ['tone', 'tone.model'], ['tone', 'tone.deadline-pressure'], ['pii', 'pii.card'],
    ['internal_marker', 'internal.hold'], ['internal_marker', 'internal.model'], ['link', 'links'], ['hidden_text', 'hidden']] as const;
  const finding = fc.record({
    rule: fc.constantFrom(...RULES),
    severity: fc.constantFrom('critical', 'warn', 'info'),
    field: fc.constantFrom('subject', null),
    start: fc.nat(40),
    length: fc.nat(12),
  }).map(({ length, rule: [kind, rule], ...f }) => ({ ...f, kind, rule, end: f.start + length, excerpt: '', message: '' }) as Finding);

  it('keeps exactly what the all-against-all reading kept, in order', () => {
    const order = (a: Finding, b: Finding): number => (a.field === 'subject' ? 0 : 1) - (b.field === 'subject' ? 0 : 1) || a.start - b.start || a.end - b.end;
    fc.assert(fc.property(fc.array(finding, { maxLength: 25 }), (fs) => {
      const sorted = [...fs].sort(order);
      expect(dedupe(sorted)).toEqual(reference(sorted));
    }), { numRuns: 1000 });
  });
});

describe(`past ${MAX_CHECKED_HITS} hits of one rule in a field, the rest are reported as not checked`, () => {
  const pressure = 'Act now — this price disappears on Friday! ';

  it('a few repeats are read one by one, with no such finding', () => {
    const fs = scan(`Hi Dana,\n\n${pressure.repeat(10)}`);
    expect(fs.some((f) => f.rule === 'tone.deadline-pressure')).toBe(true);
    expect(unchecked(fs)).toEqual([]);
  });

  it('a hundred repeats: one finding per rule says how many were not read, and stands without the model', () => {
    const fs = scan(`Hi Dana,\n\n${pressure.repeat(100)}`);
    const capped = unchecked(fs);
    expect(capped.map((f) => f.rule)).toContain('tone.deadline-pressure');
    for (const f of capped) {
      expect(f.kind).toBe('tone');
      expect(f.message).toMatch(new RegExp(`\\(\\d+ more matches of this rule in the field past the first ${MAX_CHECKED_HITS} were not checked one by one: read them\\)$`));
    }
  });

  it('real drafts stay far below the cap: a long one with many merge fields is read one by one', () => {
    const body = `Hi Dana,\n\n${Array.from({ length: 20 }, (_, i) => `Line ${i}: {{field_${i}}} and [Company ${i}]`).join('\n')}\n\nBest,\nSam`;
    expect(unchecked(scan(body))).toEqual([]);
  });
});

describe('hostile bodies at the intake limit are scanned, and say what they are', { timeout: 180_000 }, () => {
  const results = new Map<string, Finding[]>();
  for (const [name, unit] of HOSTILE_SHAPES) results.set(name, []);
  const kinds = (name: string): Set<string> => new Set((results.get(name) ?? []).map((f) => f.kind));

  it('every shape is scanned to the end (100,000 characters each)', () => {
    for (const [name, unit] of HOSTILE_SHAPES) results.set(name, scan(hostileBody(unit, 100_000)));
    expect(results.size).toBe(HOSTILE_SHAPES.length);
  });

  it('punctuation runs and scripts without spaces are nothing to report', () => {
    for (const name of ['angle brackets', 'square brackets', 'curly brackets', 'dashes', 'underscores', 'equals signs', 'stars', 'dots', 'Japanese without spaces', 'at signs', 'slashes']) {
      expect([name, results.get(name)]).toEqual([name, []]);
    }
  });

  it('repeated problems are reported as what they are', () => {
    expect(kinds('a pressure sentence')).toContain('tone');
    expect(kinds('capitals without a stop')).toContain('tone');
    expect(kinds('a claim')).toContain('unverified_claim');
    expect(kinds('another account')).toContain('other_account');
    expect(kinds('a hold')).toContain('internal_marker');
    expect(kinds('merge fields')).toContain('placeholder');
    expect(kinds('bracketed slots')).toContain('placeholder');
    expect(kinds('card numbers')).toContain('pii');
    expect(kinds('links with data')).toContain('link');
    // At most MAX_LISTED findings of one rule per field, and one saying how many more.
    const others = (results.get('another account') ?? []).filter((f) => f.kind === 'other_account');
    expect(others).toHaveLength(MAX_LISTED + 1);
    expect(others.at(-1)?.message).toMatch(/\(and \d+ more like it in the field, not listed: \d+ in all\)$/);
    // Capped: each says how many of its matches nobody has read.
    for (const name of ['merge fields', 'card numbers', 'a hold']) expect([name, unchecked(results.get(name) ?? []).length > 0]).toEqual([name, true]);
  });

  it("a quoted earlier message's capitals are the other side's, not our shouting", () => {
    // (At 100,000 characters only the matches past the cap, which nobody read, are reported.)
    expect((results.get('quoted lines') ?? []).filter((f) => f.kind === 'tone' && unchecked([f]).length === 0)).toEqual([]);
    const reply = 'Hi Dana,\n\nOn Tue, Dana Reyes wrote:\n> URGENT: the pilot has to start before the audit, PLEASE CONFIRM TODAY\n\nWe can start Monday.';
    expect(scan(reply).filter((f) => f.rule === 'tone.shouting')).toEqual([]);
    expect(scan('Hi Dana,\n\nPLEASE CONFIRM TODAY so we can start Monday.').filter((f) => f.rule === 'tone.shouting')).not.toEqual([]);
  });
});
