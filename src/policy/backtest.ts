/**
 * Backtest: replay stored drafts under a candidate policy beside the active one.
 *
 * Pure: the shell loads the rows (oldest first is not required, they are sorted here) and the
 * book; this scans and tiers every draft under both policies, replaying per-template history
 * (probation counts and, where a recorded review decision is given, the switching rules) in
 * time order. Figures per tier, per rep (the reviewer who handled the draft, else the account
 * owner), and the review load per rep per UTC day (drafts that would wait for a person:
 * high, plus low drafts drawn for sampling; blocked drafts go to the owner, counted apart).
 */
import type { Account, DraftInput, Finding, Tier } from '../detect/types.js';
import type { Book } from '../detect/book.js';
import { scanDraft } from '../detect/scan.js';
import type { Policy } from './schema.js';
import {
  countTemplateDraft, newTemplateHistory, nextTemplateHistory, type ReviewOutcome, type TemplateHistory,
} from './sampling.js';
import { tierDraft } from './tier.js';

export interface BacktestRow {
  draftId: string;
  draft: DraftInput;
  account: Account;
  createdAt: Date;
  reviewer: string | null;
  /** Recorded review decision, when there was one: drives the switching rules. */
  decision?: ReviewOutcome | null;
  suppressed?: boolean;
  /** Policy version the draft was decided under (sampling draws); defaults to 1. */
  policyVersion?: number;
}

export interface TierCounts {
  blocked: number;
  high: number;
  lowSampled: number;
  lowAuto: number;
}

export interface RepFigures extends TierCounts {
  /** Drafts waiting for this rep (high + sampled low). */
  reviewed: number;
  /** Days with at least one draft for this rep. */
  activeDays: number;
  meanPerDay: number;
  maxPerDay: number;
}

export interface PolicyFigures {
  total: number;
  tiers: TierCounts;
  /** Share of drafts a person looks at (high + sampled low). */
  reviewShare: number;
  /** Figures per rep (reviewer, else account owner). */
  reps: Record<string, RepFigures>;
}

export interface BacktestReport {
  rows: number;
  /**
   * Drafts the period held: more than `rows` when the loader replayed only the most recent whole
   * days that fit its cap (policy-store/backtest-load.ts `BACKTEST_MAX_DRAFTS`).
   */
  periodDrafts: number;
  from: string | null;
  to: string | null;
  days: number;
  candidate: PolicyFigures;
  active: PolicyFigures;
  /** Drafts whose tier differs between the two policies, by `active→candidate`. */
  changed: Record<string, number>;
  /** How many drafts change tier (the sum of `changed`). */
  changedTotal: number;
  /** The drafts that change tier, oldest first, at most CHANGED_DRAFTS_MAX of them. */
  changedDrafts: ChangedDraft[];
}

/** How many changed drafts a report lists (the total is always given). */
export const CHANGED_DRAFTS_MAX = 200;

/** One draft whose tier differs between the active and the candidate policy. */
export interface ChangedDraft {
  draftId: string;
  accountId: string;
  accountName: string;
  templateId: string;
  createdAt: string;
  /** Tier label under the active policy: blocked, high, low (sampled), low (auto). */
  from: string;
  /** Tier label under the candidate. */
  to: string;
}

function emptyCounts(): TierCounts {
  return { blocked: 0, high: 0, lowSampled: 0, lowAuto: 0 };
}

function bump(c: TierCounts, tier: Tier, sampled: boolean): void {
  if (tier === 'blocked') c.blocked++;
  else if (tier === 'high') c.high++;
  else if (sampled) c.lowSampled++;
  else c.lowAuto++;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Each row's findings under one policy, by draft id: the shell scans ahead of the backtest when it
 * must not hold its event loop (src/policy-store/backtest-load.ts `scanBacktestRows`).
 */
export type RowFindings = ReadonlyMap<string, Finding[]>;

function evaluate(rows: BacktestRow[], policy: Policy, book: Book, scanned: RowFindings | undefined): { figures: PolicyFigures; tiers: string[] } {
  const templates = new Map<string, TemplateHistory>();
  const tiers = emptyCounts();
  const reps = new Map<string, { counts: TierCounts; perDay: Map<string, number>; days: Set<string> }>();
  const labels: string[] = [];
  for (const row of rows) {
    const findings = scanned?.get(row.draftId) ?? scanDraft(row.draft, row.account, book, policy);
    const template = templates.get(row.draft.template_id) ?? newTemplateHistory();
    const d = tierDraft(
      {
        draftId: row.draftId, draft: row.draft, account: row.account, findings,
        policyVersion: row.policyVersion ?? 1, suppressed: row.suppressed ?? false, template,
      },
      policy,
    );
    let next = countTemplateDraft(template);
    const reviewed = d.tier === 'high' || (d.tier === 'low' && d.sampled);
    if (reviewed && row.decision !== undefined && row.decision !== null) next = nextTemplateHistory(next, row.decision, policy);
    templates.set(row.draft.template_id, next);
    bump(tiers, d.tier, d.sampled);
    labels.push(d.tier === 'low' ? (d.sampled ? 'low (sampled)' : 'low (auto)') : d.tier);

    const rep = row.reviewer ?? row.account.ownerSlackId ?? 'unassigned';
    let r = reps.get(rep);
    if (r === undefined) {
      r = { counts: emptyCounts(), perDay: new Map(), days: new Set() };
      reps.set(rep, r);
    }
    bump(r.counts, d.tier, d.sampled);
    const k = day(row.createdAt);
    r.days.add(k);
    if (reviewed) r.perDay.set(k, (r.perDay.get(k) ?? 0) + 1);
  }
  const repFigures: Record<string, RepFigures> = {};
  for (const [rep, r] of [...reps].sort(([a], [b]) => a.localeCompare(b))) {
    const reviewed = r.counts.high + r.counts.lowSampled;
    repFigures[rep] = {
      ...r.counts,
      reviewed,
      activeDays: r.days.size,
      meanPerDay: r.days.size === 0 ? 0 : Math.round((reviewed / r.days.size) * 10) / 10,
      maxPerDay: Math.max(0, ...r.perDay.values()),
    };
  }
  const total = rows.length;
  return {
    figures: {
      total,
      tiers,
      reviewShare: total === 0 ? 0 : (tiers.high + tiers.lowSampled) / total,
      reps: repFigures,
    },
    tiers: labels,
  };
}

/**
 * The candidate beside the active policy over `rows`. `scanned`: the rows' findings under each
 * policy when already known (a row missing from it is scanned here); `periodDrafts`: how many
 * drafts the period held when `rows` are only its most recent (default: `rows.length`).
 */
export function backtestPolicy(
  rows: BacktestRow[],
  candidate: Policy,
  active: Policy,
  book: Book,
  opts: { scanned?: { candidate: RowFindings; active: RowFindings }; periodDrafts?: number } = {},
): BacktestReport {
  const { scanned } = opts;
  const sorted = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.draftId.localeCompare(b.draftId));
  const c = evaluate(sorted, candidate, book, scanned?.candidate);
  const a = evaluate(sorted, active, book, scanned?.active);
  const changed: Record<string, number> = {};
  const changedDrafts: ChangedDraft[] = [];
  let changedTotal = 0;
  a.tiers.forEach((t, i) => {
    const u = c.tiers[i] as string;
    if (t === u) return;
    changed[`${t} → ${u}`] = (changed[`${t} → ${u}`] ?? 0) + 1;
    changedTotal++;
    const row = sorted[i] as BacktestRow;
    if (changedDrafts.length < CHANGED_DRAFTS_MAX) {
      changedDrafts.push({
        draftId: row.draftId, accountId: row.account.id, accountName: row.account.name, templateId: row.draft.template_id,
        createdAt: row.createdAt.toISOString(), from: t, to: u,
      });
    }
  });
  const first = sorted[0]?.createdAt ?? null;
  const last = sorted[sorted.length - 1]?.createdAt ?? null;
  return {
    rows: sorted.length,
    periodDrafts: Math.max(opts.periodDrafts ?? 0, sorted.length),
    from: first === null ? null : first.toISOString(),
    to: last === null ? null : last.toISOString(),
    days: first === null || last === null ? 0 : new Set(sorted.map((r) => day(r.createdAt))).size,
    candidate: c.figures,
    active: a.figures,
    changed,
    changedTotal,
    changedDrafts,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** What a capped backtest says about the drafts it left out (terminal and console alike). */
export function leftOut(report: BacktestReport): string {
  return `The period holds ${report.periodDrafts} drafts; these are the most recent whole days of them that fit in one backtest. Choose fewer days to replay a period whole.`;
}

/** A plain-text report for the terminal: candidate beside active. */
export function formatBacktest(report: BacktestReport): string {
  const out: string[] = [];
  out.push(`Backtest over ${report.rows} drafts${report.from === null ? '' : `, ${report.from.slice(0, 10)} to ${report.to?.slice(0, 10)}`} (${report.days} days)`);
  if (report.periodDrafts > report.rows) out.push(leftOut(report));
  out.push('');
  out.push(`${pad('', 22)}${lpad('active', 10)}${lpad('candidate', 11)}${lpad('change', 9)}`);
  const line = (label: string, a: number, c: number): void => {
    const diff = c - a;
    out.push(`${pad(label, 22)}${lpad(String(a), 10)}${lpad(String(c), 11)}${lpad(diff === 0 ? '' : (diff > 0 ? `+${diff}` : String(diff)), 9)}`);
  };
  line('blocked', report.active.tiers.blocked, report.candidate.tiers.blocked);
  line('high (reviewed)', report.active.tiers.high, report.candidate.tiers.high);
  line('low, sampled', report.active.tiers.lowSampled, report.candidate.tiers.lowSampled);
  line('low, auto-approved', report.active.tiers.lowAuto, report.candidate.tiers.lowAuto);
  out.push(`${pad('reviewed share', 22)}${lpad(pct(report.active.reviewShare), 10)}${lpad(pct(report.candidate.reviewShare), 11)}`);
  out.push('');
  out.push('Per rep (blocked / reviewed / auto-approved; review load per active day: mean, max)');
  const reps = new Set([...Object.keys(report.active.reps), ...Object.keys(report.candidate.reps)]);
  for (const rep of [...reps].sort()) {
    const a = report.active.reps[rep];
    const c = report.candidate.reps[rep];
    const fmt = (r: RepFigures | undefined): string =>
      r === undefined ? '-' : `${r.blocked}/${r.reviewed}/${r.lowAuto}  ${r.meanPerDay}/day, max ${r.maxPerDay}`;
    out.push(`  ${pad(rep, 14)} active ${pad(fmt(a), 30)} candidate ${fmt(c)}`);
  }
  const changes = Object.entries(report.changed).sort(([, x], [, y]) => y - x);
  out.push('');
  if (changes.length === 0) out.push('No draft changes tier.');
  else {
    out.push('Drafts changing tier (active → candidate):');
    for (const [k, n] of changes) out.push(`  ${pad(k, 34)} ${n}`);
    const shown = report.changedDrafts.slice(0, 20);
    out.push('');
    out.push(`Drafts changing tier (${shown.length < report.changedTotal ? `first ${shown.length} of ${report.changedTotal}` : `all ${report.changedTotal}`}; --json lists up to ${CHANGED_DRAFTS_MAX}):`);
    for (const d of shown) out.push(`  ${d.draftId}  ${pad(d.accountName, 24)} ${pad(d.templateId, 18)} ${d.from} → ${d.to}`);
  }
  return out.join('\n');
}
