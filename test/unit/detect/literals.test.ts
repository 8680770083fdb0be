import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../src/detect/packs/index.js';
import { foldText } from '../../../src/detect/normalize.js';
import { patternsOf } from '../../../src/detect/rules/schema.js';
import { compileRuleRegex, expandInlineCase, requiredClauses, requiredLiterals } from '../../../src/detect/rules/regex.js';

const sorted = (xs: string[] | null): string[] | null => (xs === null ? null : [...xs].sort());

/** Every non-empty match of every built-in pattern in its own rule's examples (folded as the scan folds them), read once. */
let matchesRead: Array<{ rule: string; source: string; match: string }> | undefined;
function exampleMatches(): ReadonlyArray<{ rule: string; source: string; match: string }> {
  if (matchesRead !== undefined) return matchesRead;
  matchesRead = [];
  for (const rule of BUILTIN_RULES) {
    const texts = [...rule.examples.fire, ...rule.examples.pass].map((e) => foldText(typeof e === 'string' ? e : e.text));
    for (const p of patternsOf(rule)) {
      const re = compileRuleRegex(p.source, 'gu');
      for (const f of texts) {
        for (const m of (rule.case_sensitive ? f.folded : f.lower).matchAll(re)) {
          if (m[0].length > 0) matchesRead.push({ rule: rule.id, source: p.source, match: m[0] });
        }
      }
    }
  }
  return matchesRead;
}

describe('requiredLiterals: strings every match contains (the prefilter that skips a regex)', () => {
  it('reads literals through groups, alternations, optional parts and small classes', () => {
    expect(sorted(requiredLiterals('\\bnote to (?:self|the rep)\\b'))).toEqual(['note to self', 'note to the rep']);
    expect(sorted(requiredLiterals('\\b(?:mgr|coach)(?:\'s)? notes?\\s*:'))).toEqual(['coach note', "coach's note", 'mgr note', "mgr's note"]);
    expect(sorted(requiredLiterals('[\\(\\[]\\s*(?:final|last|urgent)\\s*[\\)\\]]'))).toEqual(['final', 'last', 'urgent']);
    expect(sorted(requiredLiterals('(?:abc|xyz)', 1))).toEqual(['abc', 'xyz']);
    expect(sorted(requiredLiterals('ghp_[A-Za-z0-9]{36}'))).toEqual(['ghp_']);
    expect(sorted(requiredLiterals('s[kK]-live'))).toEqual(['sK-live', 'sk-live']);
  });

  it('gives nothing when a branch has no literal or the syntax is unknown to it', () => {
    expect(requiredLiterals('\\d{3}-\\d{2}')).toBeNull(); // only "-": shorter than the minimum
    expect(requiredLiterals('(?:abcd|\\w+)')).toBeNull();
    expect(requiredLiterals('abc*')).toBeNull(); // "ab" only: shorter than 3
    expect(requiredLiterals('(?:abc)?def')).toEqual(['def']);
    expect(requiredLiterals('(a)\\1bcd')).toEqual(['bcd']);
    expect(requiredLiterals('x{2,}yz', 3)).toBeNull();
    expect(requiredLiterals('(?=abc)\\w+')).toBeNull(); // a lookahead consumes nothing
    expect(requiredLiterals('([')).toBeNull();
  });

  it('never misses: every match of every built-in pattern in its examples contains one of its literals', () => {
    let checked = 0;
    for (const { rule, source, match } of exampleMatches()) {
      const literals = requiredLiterals(expandInlineCase(source), 1);
      if (literals === null) continue;
      checked++;
      expect(literals.some((l) => match.includes(l)), `${rule}: ${JSON.stringify(match)} holds none of ${JSON.stringify(literals)}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('requiredClauses: several sets a match must hold one of each (the filter that keeps a unit quiet)', () => {
  it('reads the parts a match passes through one after another, each as a set', () => {
    const sets = requiredClauses(String.raw`\b(?:would you|do you) (?:prefer|like)\b[^.!?\n]{0,50}?\b(?:sign|signing)\b[^.!?\n]{0,40}?\b(?:monday|today)\b`);
    expect(sets.map((s) => [...s].sort())).toEqual(expect.arrayContaining([
      ['do you like', 'do you prefer', 'would you like', 'would you prefer'], ['monday', 'today'], ['sign'],
    ]));
    // A string holding another of its set adds nothing.
    expect(requiredClauses(String.raw`\bas an ai(?: language model| assistant)?\b`)).toEqual([['as an ai']]);
  });

  it('leaves out what a match may skip: optional parts, lookarounds, alternatives without a literal', () => {
    expect(requiredClauses('(?:abc)?def')).toEqual([['def']]);
    expect(requiredClauses('(?=abcd)xyz')).toEqual([['xyz']]);
    expect(requiredClauses('(?:abcd|\\w+)efg')).toEqual([['efg']]);
    expect(requiredClauses('ab*c')).toEqual([]);
    expect(requiredClauses('([')).toEqual([]);
  });

  it('never misses: every match of every built-in pattern in its examples holds a string of each of its sets', () => {
    let checked = 0;
    for (const { rule, source, match } of exampleMatches()) {
      for (const set of requiredClauses(expandInlineCase(source), 1, Infinity)) {
        checked++;
        expect(set.some((l) => match.includes(l)), `${rule}: ${JSON.stringify(match)} holds none of ${JSON.stringify(set)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a unit that has sets to check finds what its regex finds, wherever the strings stand in the field', async () => {
    const { RuleSchema } = await import('../../../src/detect/rules/schema.js');
    const { defaultPolicy } = await import('../../../src/policy/schema.js');
    const { buildBook } = await import('../../../src/detect/book.js');
    const { collectFindings } = await import('../../../src/detect/scan.js');
    const { rulesForPolicy } = await import('../../../src/detect/rules/compile.js');
    const rule = RuleSchema.parse({
      id: 'test.clauses', kind: 'tone', severity: 'warn', keywords: ['would you'],
      patterns: [String.raw`\bwould you\b[^.!?\n]{0,40}\bcountersign\b[^.!?\n]{0,40}\bwednesday\b`],
      message: 'm', examples: { fire: ['would you countersign it by wednesday'] },
    });
    const policy = { ...defaultPolicy(), rules: [rule] };
    const unit = rulesForPolicy(policy).units.find((u) => u.spanOf.sources.some((x) => x.includes('countersign')));
    expect(unit?.clauses).not.toBeNull();
    const account = {
      id: 'a', name: 'Zyxwv Corp', domain: 'zyxwv.example', aliases: [], valueUsd: 0, segment: 'smb', strategic: false,
      namedOpportunity: null, ownerSlackId: null, ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {},
    };
    const book = buildBook([account]);
    const fired = (body: string): string[] =>
      collectFindings({ subject: 'Hello', body, to: { email: 'dana@zyxwv.example', name: 'Dana' }, from: 'sam@ourco.com' }, account, book, policy)
        .filter((f) => f.rule === 'test.clauses').map((f) => f.excerpt);
    expect(fired('Would you countersign the form by Wednesday?')).toHaveLength(1);
    expect(fired('Would you countersign the form by Thursday?')).toEqual([]);
    expect(fired('Would you read the form by Wednesday?')).toEqual([]);
    // The strings may stand anywhere in the field, in either field of a draft scanned after another.
    expect(fired('Wednesday works. Would you countersign the form by Wednesday?')).toHaveLength(1);
  });
});

describe('an alternation searched with the branches that can match in the field', () => {
  it('finds what the whole alternation finds, leftmost-first, whichever branches are left out', async () => {
    const { RuleSchema } = await import('../../../src/detect/rules/schema.js');
    const { defaultPolicy } = await import('../../../src/policy/schema.js');
    const { buildBook } = await import('../../../src/detect/book.js');
    const { collectFindings } = await import('../../../src/detect/scan.js');
    const rule = RuleSchema.parse({
      id: 'test.alternation', kind: 'tone', severity: 'warn', keywords: ['quick'],
      patterns: ['\\bquick brown fox\\b', '\\bquick brown\\b', '\\bquick\\b'],
      message: 'quick', examples: { fire: ['quick'] },
    });
    const policy = { ...defaultPolicy(), rules: [rule] };
    const account = {
      id: 'a', name: 'Zyxwv Corp', domain: 'zyxwv.example', aliases: [], valueUsd: 0, segment: 'smb', strategic: false,
      namedOpportunity: null, ownerSlackId: null, ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {},
    };
    const book = buildBook([account]);
    // Long enough for the engine to index the field and leave branches out (short fields run all).
    const filler = '\n\nThanks for reading this far. '.repeat(40);
    const spans = (body: string): string[] =>
      collectFindings({ subject: 'Hello', body: body + filler, to: { email: 'dana@zyxwv.example', name: 'Dana' }, from: 'sam@ourco.com' }, account, book, policy)
        .filter((f) => f.rule === 'test.alternation').map((f) => f.excerpt);
    expect(spans('A quick note.')).toEqual(['quick']);
    expect(spans('A quick brown dog, a quick note.')).toEqual(['quick brown', 'quick']);
    expect(spans('The quick brown fox, a quick brown dog, a quick note.')).toEqual(['quick brown fox', 'quick brown', 'quick']);
  });
});

describe('prefilter anchors read from the regex (compile.ts prefilterOf)', () => {
  it('cheapestLiterals ranks the sets a pattern requires by cost: the rarer context, not the bare word', async () => {
    const { cheapestLiterals } = await import('../../../src/detect/rules/regex.js');
    const { anchorCost } = await import('../../../src/detect/rules/anchor-cost.js');
    const cost = (l: string): number => anchorCost(l, false);
    const read = cheapestLiterals('\\b(?:your|its) new (?:product|app)\\b', 3, 'test', cost, 10) ?? [];
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((l) => /^(?:your|its) new /.test(l)), JSON.stringify(read)).toBe(true);
    expect(cheapestLiterals('\\d{3}-\\d{2}', 3, 'test', cost)).toBeNull();
    expect(anchorCost('with', true)).toBeGreaterThan(anchorCost('sign-off from', false));
  });

  it('every unit on read anchors holds one in every match of its examples, and its written keywords provably did too', async () => {
    const { rulesForPolicy } = await import('../../../src/detect/rules/compile.js');
    const { defaultPolicy } = await import('../../../src/policy/schema.js');
    const { keywordSpan } = await import('../../../src/detect/rules/regex.js');
    const rules = rulesForPolicy(defaultPolicy());
    let read = 0;
    let checked = 0;
    for (const unit of rules.units) {
      if (!unit.spanOf.anywhere) continue;
      read++;
      const rule = (rules.rules[unit.rule] as { rule: (typeof BUILTIN_RULES)[number] }).rule;
      const written = patternsOf(rule).find((p) => p.source === unit.spanOf.sources[0])?.keywords ?? [];
      const anchors = unit.spanOf.keywords.map((k) => k.toLowerCase().slice(0, 10));
      for (const source of unit.spanOf.sources) {
        const span = keywordSpan(expandInlineCase(source), written.map((k) => k.toLowerCase().slice(0, 10)));
        expect(span !== null && !span.ascii, `${rule.id}: written keywords do not cover ${source}`).toBe(true);
      }
      const texts = [...rule.examples.fire, ...rule.examples.pass].map((e) => (typeof e === 'string' ? e : e.text));
      for (const t of texts) {
        const f = foldText(t);
        const text = rule.case_sensitive ? f.folded : f.lower;
        for (const re of unit.search) {
          for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
            if (m[0].length === 0) continue;
            checked++;
            const at = m[0].toLowerCase();
            expect(anchors.some((a) => at.includes(a)), `${rule.id}: ${JSON.stringify(m[0])} holds none of ${JSON.stringify(anchors)}`).toBe(true);
          }
        }
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps written keywords that miss a phrasing the pattern accepts: reading the regex must not add findings', async () => {
    const { compileRules } = await import('../../../src/detect/rules/compile.js');
    const { RuleSchema } = await import('../../../src/detect/rules/schema.js');
    const rule = RuleSchema.parse({
      id: 'test.missing-keyword', kind: 'tone', severity: 'warn', keywords: ['with'],
      patterns: ['\\b(?:with|along) the (?:dominant|leading) vendor\\b'],
      message: 'x', examples: { fire: ['with the dominant vendor'] },
    });
    expect(compileRules([rule]).units[0]?.spanOf.anywhere).toBe(false);
    // `\b` alone keeps only ASCII letters away from "with" (the scan drops the keyword after "é"
    // too): the written keyword covers every match only when no letter at all can precede it.
    expect(compileRules([RuleSchema.parse({ ...rule, patterns: ['\\bwith the (?:dominant|leading) vendor\\b'] })]).units[0]?.spanOf.anywhere).toBe(false);
    const covered = RuleSchema.parse({ ...rule, patterns: ['(?:^|[ (])with the (?:dominant|leading) vendor\\b'] });
    const unit = compileRules([covered]).units[0];
    expect(unit?.spanOf.anywhere).toBe(true);
    const keys = [...(unit?.spanOf.keywords ?? [])].sort();
    expect(keys.length).toBe(2);
    expect(keys[0]).toContain('dominant');
    expect(keys[1]).toContain('leading');
  });
});
