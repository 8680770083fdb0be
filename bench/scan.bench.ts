/**
 * Scan throughput of ~2 KB drafts against a generated 4,000-account book, beside
 * `text.normalize('NFKC').toLowerCase()` over the same texts in the same run, and the time to
 * build the book's automaton. Goals (issue 3): ≥ 20 MB/s on one core, ≥ 0.25× the
 * normalization pass, build < 200 ms. Sizes are UTF-16 code units (≈ bytes for these drafts).
 */
import { readFileSync } from 'node:fs';
import { buildBook } from '../src/detect/book.js';
import { scanDraft } from '../src/detect/scan.js';
import { clearModelCache, modelCacheStats } from '../src/detect/model/detect.js';
import type { Account, DraftInput } from '../src/detect/types.js';
import { defaultPolicy } from '../src/policy/schema.js';
import { seededRandom } from '../src/lib/random.js';
import { HOSTILE_SHAPES, hostileBody } from './scan-hostile.js';

const rng = seededRandom;

const FIRST = ['Acme', 'Blue', 'North', 'Summit', 'Cedar', 'Harbor', 'Vertex', 'Pioneer', 'Atlas', 'Nimbus', 'Orbit', 'Quarry', 'Redwood', 'Silver', 'Tidal', 'Union', 'Granite', 'Beacon', 'Falcon', 'Meridian'];
const SECOND = ['Analytics', 'Logistics', 'Health', 'Systems', 'Labs', 'Foods', 'Energy', 'Robotics', 'Capital', 'Media', 'Freight', 'Software', 'Bank', 'Retail', 'Networks', 'Bio', 'Motors', 'Security', 'Studios', 'Works'];
const NOTE_WORDS = 'budget freeze procurement champion left competitor evaluating churn risk renewal pushback pricing concerns security review legal delay executive sponsor unhappy support tickets'.split(' ');

export function generateBook(n: number, seed = 7): Account[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: Account[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${pick(FIRST)} ${pick(SECOND)}${i >= 400 ? ` ${i}` : ''}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const note = Array.from({ length: 14 }, () => pick(NOTE_WORDS)).join(' ');
    out.push({
      id: `acc-${i}`, name, domain: `${slug}.com`, aliases: i % 3 === 0 ? [`${slug.slice(0, 8)}hq`] : [],
      valueUsd: Math.round(r() * 300) * 1000, segment: pick(['smb', 'mid', 'ent']), strategic: r() < 0.05,
      namedOpportunity: null, ownerSlackId: `U${1000 + (i % 20)}`, ownerEmail: null, doNotContact: false,
      sensitive: {
        contract_value: String(Math.round(r() * 200_000)),
        discount_pct: String(Math.round(r() * 30)),
        renewal_date: `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
        deal_risk_notes: note,
        private_notes: `${pick(NOTE_WORDS)} ${pick(NOTE_WORDS)} noted by the account team during the quarterly business review`,
      },
      facts: ['Opened an office in Denver'], custom: {},
    });
  }
  return out;
}

const PARAGRAPHS = [
  'Thanks for taking the time last week to walk me through how your team handles onboarding today.',
  'Teams like yours usually cut ramp time by 30 percent in the first quarter, and a 30-minute call next Tuesday or Wednesday would be enough to see whether that holds for you.',
  'Our plan starts at $12,000 per year for up to 25 seats, and the pilot takes about 2 weeks end to end.',
  'I noticed you opened an office in Denver, which usually means a wave of new hires who need the same playbook.',
  'If it helps, I can send over the two-page summary we share with operations leaders before a first call.',
  'Whenever works for you this week is fine on my side; if timing is tight, a short note back is just as useful.',
  'We integrate with the tools you already use, and setup does not need anyone from IT beyond a single sign-on click.',
];

export function generateDrafts(accounts: Account[], n: number, seed = 11): DraftInput[] {
  const r = rng(seed);
  const out: DraftInput[] = [];
  for (let i = 0; i < n; i++) {
    const a = accounts[Math.floor(r() * accounts.length)] as Account;
    let body = `Hi Dana,\n\n`;
    while (body.length < 1950) body += `${PARAGRAPHS[Math.floor(r() * PARAGRAPHS.length)]} `;
    body += `\n\nBest,\nSam (draft ${i})`;
    out.push({
      external_id: `d-${i}`, account_id: a.id, to: { email: `dana@${a.domain}`, name: 'Dana Reyes' },
      from: 'sam@ourco.com', subject: `A faster onboarding playbook for ${a.name}`, body,
      workflow: 'intro', template_id: `t-${i % 5}`,
    });
  }
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const accounts = generateBook(4000);
  const policy = defaultPolicy();

  // CPU time of this thread (not wall clock): the machine is shared, and "one core" is the goal.
  // Each figure is the best and the median of several rounds: noise from neighbours only adds.
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const stats = (xs: number[]): { best: number; median: number } => {
    const sorted = [...xs].sort((x, y) => x - y);
    return { best: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
  };

  buildBook(accounts.slice(0, 200)); // warm up the JIT
  const buildTimes: number[] = [];
  let book = buildBook(accounts);
  for (let i = 0; i < 5; i++) {
    const t0 = cpuMs();
    book = buildBook(accounts);
    buildTimes.push(cpuMs() - t0);
  }
  const build = stats(buildTimes);

  const drafts = generateDrafts(accounts, 500);
  const texts = drafts.map((d) => d.subject + d.body);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const rounds = 7;

  // Warm up both paths.
  for (const d of drafts) scanDraft(d, book.get(d.account_id) as Account, book, policy);
  let sink = 0;
  for (const t of texts) sink += t.normalize('NFKC').toLowerCase().length;

  let findings = 0;
  const scanTimes: number[] = [];
  const normTimes: number[] = [];
  // The model's sentence cache (model/detect.ts) is emptied before every draft: the generated
  // drafts repeat their sentences far more than real ones, and the figure must not lean on that.
  // `scan_mb_per_s_cached_*` below keeps it for a round of 500 drafts, with its hit rate.
  for (let k = 0; k < rounds; k++) {
    const t0 = cpuMs();
    for (const d of drafts) {
      clearModelCache();
      findings += scanDraft(d, book.get(d.account_id) as Account, book, policy).length;
    }
    scanTimes.push(cpuMs() - t0);
    const t1 = cpuMs();
    for (let r = 0; r < 4; r++) for (const t of texts) sink += t.normalize('NFKC').toLowerCase().length;
    normTimes.push((cpuMs() - t1) / 4);
  }
  const cachedTimes: number[] = [];
  const before = { ...modelCacheStats };
  for (let k = 0; k < rounds; k++) {
    clearModelCache();
    const t0 = cpuMs();
    for (const d of drafts) sink += scanDraft(d, book.get(d.account_id) as Account, book, policy).length;
    cachedTimes.push(cpuMs() - t0);
  }
  const hits = modelCacheStats.hits - before.hits;
  const hitRate = hits / (hits + modelCacheStats.scored - before.scored);
  const cached = stats(cachedTimes);

  // Hostile bodies (scan-hostile.ts) at the intake's limit, beside ordinary text of the same
  // length: the generated drafts' bodies joined into one. Each timed once (CPU ms), in turn.
  const HOSTILE_CHARS = 100_000;
  const base = drafts[0] as DraftInput;
  const account = book.get(base.account_id) as Account;
  const timeBody = (body: string): number => {
    clearModelCache();
    const t0 = cpuMs();
    sink += scanDraft({ ...base, body }, account, book, policy).length;
    return cpuMs() - t0;
  };
  // Real prose, not the generated drafts (they repeat a few paragraphs, which the model's cache
  // and the per-field filters make cheap): the read clean emails of the evaluation, joined.
  const cleanEmails = (JSON.parse(readFileSync(new URL('./eval/clean-emails.json', import.meta.url), 'utf8')) as { emails: Array<{ body: string }> }).emails;
  const ordinaryText = cleanEmails.map((e) => e.body.replaceAll('{NAME}', account.name)).join('\n\n').slice(0, HOSTILE_CHARS);
  const ordinaryMs = Math.min(timeBody(ordinaryText), timeBody(ordinaryText));
  let worst = { name: '', ms: 0 };
  const hostileMs: Record<string, number> = {};
  for (const [name, unit] of HOSTILE_SHAPES) {
    const ms = timeBody(hostileBody(unit, HOSTILE_CHARS));
    hostileMs[name] = Math.round(ms);
    if (ms > worst.ms) worst = { name, ms };
  }
  const scan = stats(scanTimes);
  const norm = stats(normTimes);
  const mb = chars / 1e6;
  const round1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    timing: 'CPU time of the benchmarking thread (process.cpuUsage); best and median of the rounds',
    accounts: accounts.length,
    automaton_states: book.automaton.states,
    automaton_patterns: book.automaton.patterns,
    build_ms_best: round1(build.best),
    build_ms_median: round1(build.median),
    draft_chars_avg: Math.round(chars / drafts.length),
    drafts_per_round: drafts.length,
    rounds,
    findings_per_draft: Math.round((findings / (drafts.length * rounds)) * 100) / 100,
    scan_mb_per_s_best: round1(mb / (scan.best / 1000)),
    scan_mb_per_s_median: round1(mb / (scan.median / 1000)),
    scan_mb_per_s_cached_best: round1(mb / (cached.best / 1000)),
    scan_mb_per_s_cached_median: round1(mb / (cached.median / 1000)),
    model_cache_hit_rate: Math.round(hitRate * 100) / 100,
    model_cache_note: 'scan_mb_per_s_* empty the sentence model\'s cache before every draft; the _cached figures keep it over a round of 500 generated drafts, which repeat their sentences far more than real drafts do (model_cache_hit_rate)',
    scan_drafts_per_s_best: Math.round(drafts.length / (scan.best / 1000)),
    scan_drafts_per_s_median: Math.round(drafts.length / (scan.median / 1000)),
    nfkc_lower_mb_per_s_best: round1(mb / (norm.best / 1000)),
    nfkc_lower_mb_per_s_median: round1(mb / (norm.median / 1000)),
    ratio_to_nfkc_lower_best: Math.round((norm.best / scan.best) * 1000) / 1000,
    ratio_to_nfkc_lower_median: Math.round((norm.median / scan.median) * 1000) / 1000,
    goals: { scan_mb_per_s: 20, ratio_to_nfkc_lower: 0.25, build_ms: 200 },
    hostile_chars: HOSTILE_CHARS,
    hostile_shapes: HOSTILE_SHAPES.length,
    hostile_worst_ms: Math.round(worst.ms),
    hostile_worst_shape: worst.name,
    hostile_ordinary_text_ms_baseline: Math.round(ordinaryMs),
    hostile_worst_ratio_to_ordinary: Math.round((worst.ms / ordinaryMs) * 100) / 100,
    hostile_ms_by_shape: hostileMs,
    hostile_note: 'one body of 100,000 characters (the intake limit) per shape, a short shape repeated (bench/scan-hostile.ts), CPU ms of one scan; baseline: the read clean emails of bench/eval/clean-emails.json joined to the same length, best of two',
    _sink: sink % 2,
  };
}
