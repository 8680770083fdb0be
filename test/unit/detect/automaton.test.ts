/**
 * The Aho-Corasick automaton (src/detect/automaton.ts) against a plain search: every occurrence
 * of every pattern, and the OR of the trigger bits of the patterns that occur, on random patterns
 * over a small alphabet (so patterns overlap, nest and share suffixes, which is where failure
 * links matter) and random texts, scanned in several orders. The table's gotos are filled the
 * first time a scan reads them, so the same automaton must answer the same whether a text is its
 * first or its hundredth, and `run` and `hits` must agree.
 */
import { describe, expect, it } from 'vitest';
import { automatonFrom, automatonTables, buildAutomaton, tablesFromBytes, tablesToBytes } from '../../../src/detect/automaton.js';
import { seededRandom } from '../../../src/lib/random.js';

interface Spec {
  text: string;
  bit: number;
}

/** Every occurrence as `pattern:end`, sorted; and the triggers of the bit patterns that occur. */
function naive(specs: Spec[], text: string): { hits: string[]; triggers: number } {
  const hits: string[] = [];
  let triggers = 0;
  // The automaton reads every whitespace unit as a space.
  const t = text.replace(/[\t\n\v\f\r\u00a0\u2028\u2029\u3000]/g, ' ');
  specs.forEach((s, p) => {
    for (let at = t.indexOf(s.text); at >= 0; at = t.indexOf(s.text, at + 1)) {
      if (s.bit === 0) hits.push(`${p}:${at + s.text.length}`);
      else triggers |= s.bit;
    }
  });
  return { hits: hits.sort(), triggers };
}

function randomCase(seed: number): { specs: Spec[]; texts: string[] } {
  const r = seededRandom(seed);
  const alphabet = 'ab c\nd';
  const word = (min: number, max: number): string => {
    const n = min + Math.floor(r() * (max - min + 1));
    let w = '';
    for (let i = 0; i < n; i++) w += alphabet[Math.floor(r() * alphabet.length)];
    return w.replace(/\n/g, ' ');
  };
  const specs: Spec[] = Array.from({ length: 1 + Math.floor(r() * 40) }, () => ({
    text: word(1, 6),
    bit: r() < 0.2 ? 1 << Math.floor(r() * 8) : 0,
  }));
  const texts = Array.from({ length: 8 }, () => word(0, 60) + (r() < 0.3 ? 'zé€' : ''));
  return { specs, texts };
}

describe('automaton', () => {
  it('finds every occurrence a plain search finds, whatever order the texts come in', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { specs, texts } = randomCase(seed);
      const a = buildAutomaton(specs);
      // Twice over, the second time backwards: entries filled by one text serve the next.
      for (const text of [...texts, ...[...texts].reverse()]) {
        const want = naive(specs, text);
        const { matches, triggers } = a.run(text);
        expect(matches.map((m) => `${m.pattern}:${m.end}`).sort(), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(want.hits);
        for (const m of matches) expect(m.end - m.start).toBe((specs[m.pattern] as Spec).text.length);
        expect(triggers, `seed ${seed}: ${JSON.stringify(text)}`).toBe(want.triggers);
        const flat: number[] = [];
        a.hits(text, flat);
        const pairs: string[] = [];
        for (let k = 0; k < flat.length; k += 2) pairs.push(`${flat[k]}:${flat[k + 1]}`);
        expect(pairs.sort()).toEqual(want.hits);
      }
    }
  });

  it('answers the same on a fresh automaton as on one that has scanned other texts', () => {
    const { specs, texts } = randomCase(4242);
    const warm = buildAutomaton(specs);
    for (const t of texts) warm.run(t);
    for (const t of texts) expect(buildAutomaton(specs).run(t)).toEqual(warm.run(t));
  });

  it('reads a pattern written with a tab or a line break as written with a space', () => {
    // Both patterns end on the one state of the path "a", space, "b": each is reported.
    const a = buildAutomaton([{ text: 'a b', bit: 0 }, { text: 'a\tb', bit: 0 }, { text: 'a', bit: 2 }]);
    expect(a.states).toBe(4);
    for (const text of ['xa\nb', 'a b', 'a\u00a0b']) {
      expect(a.run(text).matches.map((m) => m.pattern).sort(), JSON.stringify(text)).toEqual([0, 1]);
      expect(a.run(text).triggers).toBe(2);
    }
    expect(a.run('ab').matches).toEqual([]);
  });

  it('has no patterns to find in an empty set, and finds nothing', () => {
    const a = buildAutomaton([]);
    expect(a.states).toBe(1);
    expect(a.run('anything at all').matches).toEqual([]);
  });

  it('runs the same from its tables written to bytes and read back, even from an unaligned copy', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { specs, texts } = randomCase(seed);
      const bytes = tablesToBytes(automatonTables(specs));
      // A Buffer from Node's pool may start at any offset: the reader copies it when unaligned.
      const shifted = new Uint8Array(bytes.length + 1).subarray(1);
      shifted.set(bytes);
      for (const b of [bytes, shifted]) {
        const tables = tablesFromBytes(b);
        expect(tables, `seed ${seed}`).not.toBeNull();
        const a = automatonFrom(tables!);
        const fresh = buildAutomaton(specs);
        for (const t of texts) expect(a.run(t), `seed ${seed}: ${JSON.stringify(t)}`).toEqual(fresh.run(t));
      }
    }
  });

  it('refuses bytes that are not its tables: another format, a cut file, stray bytes', () => {
    const bytes = tablesToBytes(automatonTables(randomCase(7).specs));
    expect(tablesFromBytes(new Uint8Array(0))).toBeNull();
    expect(tablesFromBytes(bytes.slice(0, bytes.length - 4))).toBeNull();
    expect(tablesFromBytes(bytes.slice(0, bytes.length - 1))).toBeNull();
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes);
    expect(tablesFromBytes(padded)).toBeNull();
    const swapped = bytes.slice();
    swapped.set([swapped[3]!, swapped[2]!, swapped[1]!, swapped[0]!], 0); // the other byte order
    expect(tablesFromBytes(swapped)).toBeNull();
  });
});
