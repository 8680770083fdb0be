/**
 * Compiles a rule set (built-in packs, minus `disable:`, plus the owner's `rules:`, with
 * `severity:` overrides) into few passes: ONE Aho-Corasick automaton over every rule's phrases
 * and keywords, and per rule its regexes, exceptions and context tests, built once.
 *
 * Compiled once per policy version: `rulesForPolicy` caches by the policy object (one per
 * version in every caller) and, for copies of a policy, by the content of its three rule keys.
 */
import { automatonFrom, automatonTables, tablesFromBytes, type Automaton, type AutomatonTables } from '../automaton.js';
import { PARSED_AUTOMATON } from '../packs/parsed-automaton.js';
import { escapeRegExp, normalizeTerm } from '../normalize.js';
import type { Severity } from '../types.js';
import { patternsOf, type Rule } from './schema.js';
import { BUILTIN_RULES } from '../packs/index.js';
import { anchorCost } from './anchor-cost.js';
import { PARSED_CLAUSES, PARSED_PREFILTERS } from '../packs/parsed.js';
import { cheapestLiterals, compileRuleRegex, expandInlineCase, foldLiteral, foldPatternSource, keywordSpan, matchReach, memoKey, requiredClauses, requiredLiterals, type KeywordSpan, type Reach } from './regex.js';

/**
 * A group of a rule's patterns that share one keyword set: one alternation regex searched in the
 * windows around those keywords, and its sticky twin that re-reads a match in the whole text.
 */
export interface PatternUnit {
  rule: number;
  /** One regex per entry; one entry (the alternation) unless a pattern has a numbered backreference. */
  search: RegExp[];
  /**
   * The sticky twins, made on first use (`stickyOf`): most units never match in a window, and
   * compiling every twin up front is about 50 ms of each process's start. `search` stays eager:
   * compiling it is what checks the alternation.
   */
  sticky: Array<RegExp | undefined>;
  /** No keywords: runs on every field. */
  always: boolean;
  /** Its patterns are firm (schema.ts): their hits skip the rule's `corroborate` bar. */
  firm: boolean;
  /**
   * Per entry of `search`: ids (into `CompiledRules.literals`) of strings one of which every
   * match contains (regex.ts `requiredLiterals`), or null. A field holding none of them cannot
   * match, so the regex is not run on it.
   */
  literals: Array<Int32Array | null>;
  /**
   * When `search[0]` is one alternation of several patterns: each pattern as its branch (group
   * `m` renamed `m<i>`) and its required literal ids (null: none known), so the engine can search
   * a field with the alternation of only the branches that can match there.
   */
  branches: { sources: readonly string[]; literals: ReadonlyArray<Int32Array | null>; subsets: Map<number | string, RegExp> } | null;
  /**
   * How far any match of the unit reaches, lookarounds included, as a form in the field's longest
   * word and whitespace runs (regex.ts `matchReach`): a match holds its keyword, so it lies
   * within that many units of the hit.
   */
  reach: Reach;
  /**
   * Where every match stands around the keyword hit that anchors it (regex.ts `keywordSpan`),
   * or null when a pattern does not show it: then windows are `reach` on both sides.
   */
  span: KeywordSpan | null | undefined;
  /**
   * Per pattern of the unit, sets of automaton patterns of which a field must hold one each for
   * that pattern to match there (`unitClauses`); null when some pattern has none worth checking.
   * A unit none of whose patterns has every set present in a field cannot match in it: its
   * keyword hits open no windows and its regexes do not run.
   */
  clauses: ReadonlyArray<ReadonlyArray<Int32Array>> | null;
  /** The unit's patterns and keywords (`anywhere`: read from the regexes), for reading `span` when the scan first calls the unit up. */
  spanOf: { sources: readonly string[]; keywords: readonly string[]; anywhere: boolean };
  /**
   * `reach`, `span.before` and `span.after` as 12 numbers (k, a, w, s each; an absent span's k is
   * Infinity): the scan reads them for every unit a field's keywords call up. The span's part is
   * filled by `readSpan` on first use (undefined `span`): reading every pattern's span costs ~0.4 s,
   * and a process scanning a few drafts calls up a few hundred of 1,559 units.
   */
  forms: Float64Array;
}

export interface CompiledRule {
  rule: Rule;
  index: number;
  severity: Severity;
  exceptions: RegExp[];
  near: RegExp | null;
  notNear: RegExp | null;
  window: number;
  /** How far `notNear` looks (context.not_near_window, else `window`). */
  notNearWindow: number;
  facts: RegExp | null;
  /** The rule reads subjects (its scope holds 'subject'); it reads only subjects (scope is just that). */
  inSubject: boolean;
  subjectOnly: boolean;
}

export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  readonly units: readonly PatternUnit[];
  readonly byId: ReadonlyMap<string, CompiledRule>;
  /**
   * Every rule's phrases and keywords, for subject and body alike (209 of 210 built-in rules read
   * the subject; a body-only copy cost a second build of 99% the same states at every start). A
   * body hit of a subject-only rule's keyword is dropped where every hit is checked: `applies`
   * and `inScope`.
   */
  readonly automaton: Automaton;
  /** The automaton's tables and the digest of its patterns (`automatonFor`): what the build saves. */
  readonly automatonTables: { readonly key: string; readonly tables: AutomatonTables };
  /**
   * Automaton pattern p → rules whose phrase it is: phraseRules[phraseStart[p] .. phraseStart[p + 1]).
   * Flat typed arrays: the scan reads them at every automaton hit.
   */
  readonly phraseStart: Int32Array;
  readonly phraseRules: Int32Array;
  /**
   * Automaton pattern p → pattern units whose keyword it is: keywordUnits[keywordStart[p] .. keywordStart[p + 1]).
   * The units from keywordAnywhere[p] on hang on a literal read from their regex (`prefilterOf`),
   * which counts wherever it occurs; those before it on a written keyword, which counts only at
   * the start of a word when it starts with a letter (`wordStart`).
   */
  readonly keywordStart: Int32Array;
  readonly keywordAnywhere: Int32Array;
  readonly keywordUnits: Int32Array;
  /** Units without keywords: their regexes run on every field. */
  readonly always: readonly number[];
  /** Length of each automaton pattern. */
  readonly lengths: readonly number[];
  /** 1 for an automaton pattern some unit's `clauses` ask about: the scan notes where it occurs. */
  readonly presence: Uint8Array;
  /** 1 when the pattern starts with a letter: as a keyword it only counts at a word start. */
  readonly wordStart: Uint8Array;
  /** Every required literal of every regex, once (PatternUnit.literals holds ids into it). */
  readonly literals: readonly string[];
  /** The `facts` patterns of the enabled claim rules: what kinds of fact may support a claim (engine.ts `mayCiteFact`). */
  readonly claimFacts: readonly RegExp[];
  /** Built-in code detector → its rule (absent when disabled). */
  detector(name: string): CompiledRule | undefined;
}

export interface RuleSetOptions {
  /** Built-in rule ids to turn off. */
  disable?: readonly string[];
  /** Severity overrides by rule id. */
  severity?: Readonly<Record<string, Severity>>;
}

/** At most this many required literals per regex (a longer list filters little). */
const MAX_LITERALS = 24;

/** Required literals of each `search` entry (the union over an alternation's patterns). */
function literalsOf(sources: readonly string[], entries: number, id: (literal: string) => number): Array<Int32Array | null> {
  const per = sources.map((p) => requiredLiterals(expandInlineCase(p), 1));
  const ids = (set: ReadonlyArray<string | null> | null): Int32Array | null => {
    if (set === null || set.some((x) => x === null)) return null;
    const uniq = [...new Set(set as string[])];
    return uniq.length <= MAX_LITERALS ? Int32Array.from(uniq, id) : null;
  };
  if (entries === sources.length) return per.map((l) => ids(l));
  return [ids(per.some((l) => l === null) ? null : per.flat() as string[])];
}

/** Whether the patterns are searched as one alternation (no numbered backreference in any). */
function joined(sources: readonly string[]): boolean {
  return sources.length > 1 && !sources.some((p) => /\\[1-9]/.test(p));
}

/** Pattern i as a branch of the alternation: its report group `m` renamed `m<i>`. */
function branchOf(p: string, i: number): string {
  return `(?:${p.replace(/\(\?<m>/g, `(?<m${i}>`)})`;
}

/** The patterns as one alternation; each pattern's report group `m` renamed `m<i>`. */
function alternation(sources: readonly string[], flags: string): RegExp[] {
  if (!joined(sources)) return sources.map((p) => compileRuleRegex(p, flags));
  return [compileRuleRegex(sources.map(branchOf).join('|'), flags)];
}

/** Entry `i` of the unit's sticky twins of `search` (same source, flags `yu`), compiled on first use. */
export function stickyOf(unit: PatternUnit, i: number): RegExp {
  let re = unit.sticky[i];
  if (re === undefined) {
    const search = unit.search[i] as RegExp;
    re = new RegExp(search.source, 'yu');
    unit.sticky[i] = re;
  }
  return re;
}

/** The reach of an alternation of the patterns: the componentwise maximum of theirs. */
function alternationReach(sources: readonly string[]): Reach {
  const all = sources.map((p) => matchReach(expandInlineCase(p)));
  const most = (key: keyof Reach): number => Math.max(...all.map((r) => r[key]));
  return { k: most('k'), a: most('a'), w: most('w'), s: most('s') };
}

/** The span of an alternation of the patterns: the componentwise maximum of theirs, null when one has none. */
function alternationSpan(sources: readonly string[], keywords: readonly string[], anywhere: boolean): KeywordSpan | null {
  const keys = keywords.map(keywordPattern);
  let out: KeywordSpan | null = null;
  for (const p of sources) {
    const s = keywordSpan(expandInlineCase(p), keys, anywhere);
    if (s === null) return null;
    out = out === null ? s : { before: upperReach(out.before, s.before), after: upperReach(out.after, s.after), ascii: out.ascii || s.ascii };
  }
  return out;
}

const NO_SPAN: Reach = { k: Infinity, a: 0, w: 0, s: 0 };

function formsOf(reach: Reach, span: KeywordSpan | null): Float64Array {
  return Float64Array.from([reach, span?.before ?? NO_SPAN, span?.after ?? NO_SPAN].flatMap((r) => [r.k, r.a, r.w, r.s]));
}

/** Reads the unit's keyword span (once) into `span` and `forms`. */
export function readSpan(unit: PatternUnit): KeywordSpan | null {
  if (unit.span !== undefined) return unit.span;
  const { sources, keywords, anywhere } = unit.spanOf;
  const span = keywords.length === 0 ? null : alternationSpan(sources, keywords, anywhere);
  unit.forms.set(formsOf(unit.reach, span));
  unit.span = span;
  return span;
}

/**
 * Reads every unit's keyword span now (the scan reads each on first use): `npm run build` calls it
 * so the spans' answers are saved with the packs (regex.ts `keywordSpanMemo`), about 40 ms the
 * first scan of every process no longer spends.
 */
export function readAllSpans(rules: CompiledRules): void {
  for (const unit of rules.units) readSpan(unit);
}

function upperReach(a: Reach, b: Reach): Reach {
  return { k: Math.max(a.k, b.k), a: Math.max(a.a, b.a), w: Math.max(a.w, b.w), s: Math.max(a.s, b.s) };
}

/** Lists by automaton pattern as one array of their items and each pattern's first index into it. */
function flatLists(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let p = 0; p < lists.length; p++) start[p + 1] = (start[p] as number) + (lists[p] as number[]).length;
  return { start, items: Int32Array.from(lists.flat()) };
}

function wordsRegex(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alts = words.map((w) => escapeRegExp(normalizeTerm(w)).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const KEYWORD_CHARS = 10;

/** The automaton pattern that finds a keyword. */
function keywordPattern(k: string): string {
  return k.toLowerCase().slice(0, KEYWORD_CHARS);
}

/** What a pattern runs near: its keywords, and whether they count anywhere (read from the regex) or at a word start (written). */
export interface Prefilter {
  keywords: readonly string[];
  anywhere: boolean;
}

/** Literals shorter than this are not read from a regex as anchors: as automaton keys they would occur everywhere. */
const MIN_ANCHOR = 3;

/**
 * How much cheaper (by `anchorCost`) the literals read from a regex must be than its written
 * keywords to replace them: the estimate is rough, and a pattern that leaves its keyword group
 * becomes a unit of its own (one more regex per window where the groups' keywords meet).
 */
const ANCHOR_ADVANTAGE = 2;

/**
 * Written keywords expected less often than this per word of text (once in a million words,
 * thousands of drafts) are kept without reading the regex: little to gain, and reading costs
 * start-up time.
 */
const WORTH_READING = 1e-6;

/** Expected occurrences of an automaton pattern as a keyword (`anywhere`: also inside a word). */
function keywordCost(pattern: string, anywhere: boolean): number {
  return anchorCost(pattern, !anywhere && /^\p{L}/u.test(pattern));
}

/** Expected occurrences of any of the strings, each as the automaton pattern that finds it (once per pattern). */
function keysCost(strings: readonly string[], anywhere: boolean): number {
  return [...new Set(strings.map(keywordPattern))].reduce((n, k) => n + keywordCost(k, anywhere), 0);
}

/**
 * Whether the automaton, which reads the lower-cased text, finds a literal read from a pattern: a
 * case-sensitive pattern's literal (matched in the folded text) is found lower-cased only when it
 * is ASCII; a case-folded pattern's is found as written only when lower-casing leaves it as it is.
 */
function automatonFinds(literal: string, caseSensitive: boolean): boolean {
  return caseSensitive ? !/[^\0-\x7f]/.test(literal) : literal.toLowerCase() === literal;
}

/**
 * The memo key of a pattern group's prefilter or clause sets: its patterns' digest (`memoKey` of
 * the sources, taken once per group) with its keywords and case.
 */
function groupKey(sourcesKey: string, keywords: readonly string[], caseSensitive: boolean): string {
  return `${caseSensitive ? 1 : 0}\u0000${keywords.join('\u0001')}\u0000${sourcesKey}`;
}

/**
 * The cheaper prefilter of a unit (patterns that share written keywords): those keywords, or
 * the strings one of which every match contains, read from each pattern (regex.ts
 * `cheapestLiterals`, chosen by `anchorCost`), when those are expected to occur at most
 * 1/ANCHOR_ADVANTAGE as often. Written keywords are hand-picked fragments, often common words
 * ("with", "send", "for you") shared by all of a rule's patterns; a regex usually requires
 * something rarer ("sign-off from ", "your new "). Read literals hold by construction, so they
 * keep every match; they count wherever they occur (a literal may start inside a word: "sted"
 * of "\bghosted"), never only at a word start. Patterns without keywords (number shapes gated
 * by `min_digits`) stay as they are.
 *
 * The unit stays one alternation: split into one unit per pattern, two patterns would each report
 * a match where the alternation reports the first (leftmost-first), and findings would change.
 */
function prefilterOf(sources: readonly string[], keywords: readonly string[], caseSensitive: boolean, sourcesKey: string): Prefilter {
  const key = groupKey(sourcesKey, keywords, caseSensitive);
  let known = PREFILTER_MEMO.get(key);
  if (known === undefined) {
    known = choosePrefilter(sources, keywords, caseSensitive);
    if (!known.anywhere) known = WRITTEN;
    PREFILTER_MEMO.set(key, known);
  }
  // Written keywords are the caller's own list; read ones a copy of the memo's.
  return known.anywhere ? { keywords: [...known.keywords], anywhere: true } : { keywords, anywhere: false };
}

/**
 * prefilterOf's answers by (case, keywords, sources) (their `memoKey`). Choosing costs about
 * 60 ms at every start for the shipped policy, so `npm run build` saves the answers
 * (packs/parsed.ts) and they are seeded here.
 */
const PREFILTER_MEMO = new Map<string, Prefilter>(PARSED_PREFILTERS ?? []);

/** The memo's answer "keep the written keywords" (whichever they are). */
const WRITTEN: Prefilter = { keywords: [], anywhere: false };

export function prefilterMemo(): Array<[string, Prefilter]> {
  return [...PREFILTER_MEMO];
}

function choosePrefilter(sources: readonly string[], keywords: readonly string[], caseSensitive: boolean): Prefilter {
  const written: Prefilter = { keywords, anywhere: false };
  if (keywords.length === 0) return written;
  const writtenCost = keysCost(keywords, false);
  if (writtenCost < WORTH_READING) return written;
  const read: string[] = [];
  for (const source of sources) {
    const literals = cheapestLiterals(expandInlineCase(source), MIN_ANCHOR, 'anchor', (l) => keywordCost(keywordPattern(l), true), KEYWORD_CHARS);
    if (literals === null || !literals.every((l) => automatonFinds(l, caseSensitive))) return written;
    read.push(...literals);
  }
  if (!(keysCost(read, true) * ANCHOR_ADVANTAGE < writtenCost)) return written;
  // Only where the written keywords provably find every match too (each pattern shows where a
  // keyword it spells stands in every match, whatever letters the text holds: regex.ts
  // `keywordSpan`). A keyword list may miss a phrasing its pattern accepts ("action needed"
  // among "action required", "response needed"): read literals would find it, and a scan
  // that must not change its findings keeps the written keywords there.
  const keys = keywords.map(keywordPattern);
  for (const source of sources) {
    const span = keywordSpan(expandInlineCase(source), keys);
    if (span === null || span.ascii) return written;
  }
  return { keywords: [...new Set(read)], anywhere: true };
}

/**
 * Clause sets costing more than this (expected occurrences per word, `anchorCost`, summed over the
 * set) are not checked: a set a draft of a few hundred words probably holds rules nothing out.
 */
const CLAUSE_MAX_COST = 2e-3;

/**
 * For each pattern of a unit, the sets of strings (as automaton keys, `keywordPattern`) of which
 * every match holds one each (regex.ts `requiredClauses`), beyond the unit's own keywords and
 * cheap enough to be worth checking; null when some pattern has none (the unit is then live
 * wherever its keywords are). Only strings the automaton finds as written (`automatonFinds`),
 * as for the prefilter's literals.
 */
function unitClauses(sources: readonly string[], keywords: readonly string[], caseSensitive: boolean, sourcesKey: string): string[][][] | null {
  const key = groupKey(sourcesKey, keywords, caseSensitive);
  const known = CLAUSE_MEMO.get(key);
  if (known !== undefined) return known;
  const keys = new Set(keywords.map(keywordPattern));
  let out: string[][][] | null = [];
  for (const source of sources) {
    const sets = requiredClauses(expandInlineCase(source), MIN_ANCHOR)
      .filter((set) => set.every((l) => automatonFinds(l, caseSensitive)))
      .map((set) => [...new Set(set.map(keywordPattern))])
      .filter((set) => !set.every((k) => keys.has(k)) && keysCost(set, true) <= CLAUSE_MAX_COST);
    if (sets.length === 0) {
      out = null;
      break;
    }
    out.push(sets);
  }
  CLAUSE_MEMO.set(key, out);
  return out;
}

/**
 * unitClauses' answers by (case, keywords, sources) (their `memoKey`): reading every pattern costs
 * start-up time, so `npm run build` saves them for the shipped policy (packs/parsed.ts).
 */
const CLAUSE_MEMO = new Map<string, string[][][] | null>(PARSED_CLAUSES ?? []);

export function clauseMemo(): Array<[string, string[][][] | null]> {
  return [...CLAUSE_MEMO];
}

/** A letter of a script written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese). */
const UNSPACED_SCRIPT = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A rule as the folded text reads it: its patterns, exceptions, facts test, keywords and context
 * words folded character by character as the text is (regex.ts foldPatternSource). A rule written
 * in ASCII alone, as most are, is returned as it is.
 */
function foldedRule(r: Rule): Rule {
  if (!/[^\x00-\x7f]/.test(JSON.stringify([r.patterns, r.keywords, r.exceptions, r.facts, r.context]))) return r;
  return {
    ...r,
    patterns: r.patterns.map((p) => (typeof p === 'string' ? foldPatternSource(p) : { ...p, regex: foldPatternSource(p.regex), keywords: p.keywords.map(foldLiteral) })),
    keywords: r.keywords.map(foldLiteral),
    exceptions: r.exceptions.map(foldPatternSource),
    facts: r.facts === undefined ? undefined : foldPatternSource(r.facts),
    context: r.context === undefined ? undefined : { ...r.context, near: r.context.near.map(foldLiteral), not_near: r.context.not_near.map(foldLiteral) },
  };
}

export function compileRules(rules: readonly Rule[], opts: RuleSetOptions = {}): CompiledRules {
  const disabled = new Set(opts.disable ?? []);
  const compiled: CompiledRule[] = [];
  const units: PatternUnit[] = [];
  const specs: Array<{ text: string; bit: number }> = [];
  const phraseOf: number[][] = [];
  const keywordOf: number[][] = [];
  const anywhereOf: number[][] = [];
  const patternIndex = new Map<string, number>();
  const presence: number[] = [];
  const always: number[] = [];
  const detectors = new Map<string, CompiledRule>();
  const literals: string[] = [];
  const literalIndex = new Map<string, number>();
  const literalId = (text: string): number => {
    let id = literalIndex.get(text);
    if (id === undefined) {
      id = literals.length;
      literalIndex.set(text, id);
      literals.push(text);
    }
    return id;
  };
  const pattern = (text: string): number => {
    let p = patternIndex.get(text);
    if (p === undefined) {
      p = specs.length;
      patternIndex.set(text, p);
      specs.push({ text, bit: 0 });
      phraseOf.push([]);
      keywordOf.push([]);
      anywhereOf.push([]);
    }
    return p;
  };
  // A clause set's strings as automaton patterns whose places the scan notes (`presence`).
  const noted = (set: readonly string[]): Int32Array => Int32Array.from(set, (k) => {
    const at = pattern(k);
    presence.push(at);
    return at;
  });
  for (const written of rules) {
    if (disabled.has(written.id)) continue;
    const rule = foldedRule(written);
    const index = compiled.length;
    const c: CompiledRule = {
      rule,
      index,
      severity: opts.severity?.[rule.id] ?? rule.severity,
      exceptions: rule.exceptions.map((p) => compileRuleRegex(p, 'u')),
      near: wordsRegex(rule.context?.near ?? []),
      notNear: wordsRegex(rule.context?.not_near ?? []),
      window: rule.context?.window ?? 60,
      notNearWindow: rule.context?.not_near_window ?? rule.context?.window ?? 60,
      facts: rule.facts === undefined ? null : compileRuleRegex(rule.facts, 'u'),
      inSubject: rule.scope.includes('subject'),
      subjectOnly: rule.scope.length === 1 && rule.scope[0] === 'subject',
    };
    compiled.push(c);
    if (rule.detector !== undefined) detectors.set(rule.detector, c);
    for (const ph of rule.phrases) {
      const text = normalizeTerm(ph);
      if (text.length > 0) (phraseOf[pattern(text)] as number[]).push(index);
    }
    // Patterns grouped by keyword set: each group is one unit, which runs near the cheaper of
    // those keywords and the literals its regexes require (`prefilterOf`).
    // Firm patterns (schema.ts) make units of their own: a unit's hits are firm or not as one.
    const groups = new Map<string, { keywords: readonly string[]; sources: string[]; firm: boolean }>();
    for (const p of patternsOf(rule)) {
      const key = `${p.firm ? 'firm\u0001' : ''}${[...p.keywords].map((k) => k.toLowerCase()).sort().join('\u0000')}`;
      const g0 = groups.get(key);
      if (g0 === undefined) groups.set(key, { keywords: p.keywords, sources: [p.source], firm: p.firm });
      else g0.sources.push(p.source);
    }
    for (const group of groups.values()) {
      const sourcesKey = memoKey(group.sources.join('\u0002'));
      const g = { ...group, ...prefilterOf(group.sources, group.keywords, rule.case_sensitive, sourcesKey) };
      const u = units.length;
      const search = alternation(g.sources, 'gu');
      const branchLiterals = joined(g.sources) ? literalsOf(g.sources, g.sources.length, literalId) : [];
      const reach = alternationReach(g.sources);
      const clauses = unitClauses(g.sources, g.keywords, rule.case_sensitive, sourcesKey)?.map((sets) => sets.map(noted)) ?? null;
      units.push({
        rule: index, search, sticky: search.map(() => undefined), always: g.keywords.length === 0, firm: g.firm,
        literals: literalsOf(g.sources, search.length, literalId),
        branches: branchLiterals.some((l) => l !== null)
          ? { sources: g.sources.map(branchOf), literals: branchLiterals, subsets: new Map() }
          : null,
        reach,
        span: undefined,
        clauses,
        spanOf: { sources: g.sources, keywords: g.keywords, anywhere: g.anywhere },
        forms: formsOf(reach, null),
      });
      if (g.keywords.length === 0) always.push(u);
      for (const k of g.keywords) {
        // A keyword is only a prefilter: its first 10 characters find the same places (a few more),
        // with a much smaller automaton ("pypi-ageichlwas5vcmc" → "pypi-ageic").
        const at = pattern(keywordPattern(k));
        const list = (g.anywhere ? anywhereOf[at] : keywordOf[at]) as number[];
        if (!list.includes(u)) list.push(u);
      }
    }
  }
  const built = automatonFor(specs);
  const phrases = flatLists(phraseOf);
  // Per pattern its written keywords' units, then its read anchors' (`keywordAnywhere`).
  const keywords = flatLists(keywordOf.map((list, p) => [...list, ...(anywhereOf[p] as number[])]));
  return {
    rules: compiled,
    units,
    byId: new Map(compiled.map((c) => [c.rule.id, c])),
    automaton: automatonFrom(built.tables),
    automatonTables: built,
    phraseStart: phrases.start,
    phraseRules: phrases.items,
    keywordStart: keywords.start,
    keywordAnywhere: Int32Array.from(keywordOf, (list, p) => (keywords.start[p] as number) + list.length),
    keywordUnits: keywords.items,
    always,
    lengths: specs.map((x) => x.text.length),
    presence: (() => {
      const flags = new Uint8Array(specs.length);
      for (const p of presence) flags[p] = 1;
      return flags;
    })(),
    // Thai, Lao, Khmer and Burmese write no spaces between words: a keyword of theirs counts
    // wherever it occurs ("เหลือ" in "โปรโมชันนี้เหลืออีกเพียง 2 สิทธิ์", forty-third session, NV).
    wordStart: Uint8Array.from(specs, (x) => (/^\p{L}/u.test(x.text) && !UNSPACED_SCRIPT.test(x.text) ? 1 : 0)),
    literals,
    // A rule that any fact may support (`facts: '.'`, read with facts_share_words) names no kind of fact: it is not one here,
    // or every sentence would name it and any fact would excuse the sentence model's claims (forty-ninth session).
    claimFacts: compiled.flatMap((c) => (c.facts !== null && c.rule.kind === 'unverified_claim' && !c.facts.test('\u0000') ? [c.facts] : [])),
    detector: (name) => detectors.get(name),
  };
}

/**
 * The automaton's tables for these patterns: the ones `npm run build` saved when the patterns are
 * the shipped policy's (their digest matches), else built here.
 */
function automatonFor(specs: ReadonlyArray<{ text: string; bit: number }>): { key: string; tables: AutomatonTables } {
  const key = memoKey(specs.map((p) => `${p.bit}\u0001${p.text}`).join('\u0002'));
  const saved = PARSED_AUTOMATON !== null && PARSED_AUTOMATON.key === key ? tablesFromBytes(PARSED_AUTOMATON.bytes) : null;
  return { key, tables: saved ?? automatonTables(specs) };
}

/** The part of a policy the rule set depends on. */
export interface RulePolicy {
  rules?: readonly Rule[] | undefined;
  disable?: readonly string[] | undefined;
  severity?: Readonly<Record<string, Severity>> | undefined;
}

const byPolicy = new WeakMap<object, CompiledRules>();
const byContent = new Map<string, CompiledRules>();

/** Built-ins + the policy's rules, compiled once per policy (version). */
export function rulesForPolicy(policy: RulePolicy): CompiledRules {
  const hit = byPolicy.get(policy);
  if (hit !== undefined) return hit;
  const owner = policy.rules ?? [];
  const disable = policy.disable ?? [];
  const severity = policy.severity ?? {};
  const key = owner.length === 0 && disable.length === 0 && Object.keys(severity).length === 0
    ? ''
    : JSON.stringify([owner, disable, severity]);
  let compiled = byContent.get(key);
  if (compiled === undefined) {
    compiled = compileRules([...BUILTIN_RULES, ...owner], { disable, severity });
    if (byContent.size > 32) byContent.clear();
    byContent.set(key, compiled);
  }
  byPolicy.set(policy, compiled);
  return compiled;
}
