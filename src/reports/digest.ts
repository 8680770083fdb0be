/**
 * The weekly digest for the RevOps owner (posted each week by the worker, and on demand with
 * `draftgate digest --since 7d`). Read-only over Postgres:
 *   volume by tier; approvals / edits / rejections by template with the top reasons; fast
 *   approvals per reviewer; pauses and what tripped them; which workflows, field scopes and data
 *   sources the agent used; the audit chain's last anchored head (seq + hash: posted outside the
 *   database, so a cut tail can be shown later — audit/anchor.ts); and calibration suggestions, each a ready policy YAML (plus its diff
 *   against the active policy) that `draftgate policy backtest FILE` can evaluate.
 * Suggestions are evidence rules, deliberately simple and explained in their text:
 *   - a long clean run of sampled low-tier reviews (≥ reduce_after_clean, zero rejections/edits)
 *     → halve sampling.base_rate (never below floor_rate);
 *   - sampled low-tier rejection rate above the anomaly p0 over ≥ 10 sampled reviews → raise
 *     sampling.base_rate by half (tighter), up to 1;
 *   - fast approvals above 30% of approvals → note it (reading speed), no policy change.
 * `postWeeklyDigest` posts at most once per ISO week across all workers: the marker row
 * (monitor_state 'digest'/'weekly') is claimed with a guarded UPDATE before posting.
 */
import { desc, sql } from 'drizzle-orm';
import { auditAnchors } from '../db/schema.js';
import { parseDocument } from 'yaml';
import type { Deps } from '../deps.js';
import { getActivePolicy, readPolicyFile } from '../policy-store/store.js';
import type { Policy } from '../policy/schema.js';
import { postAlert } from '../guard/alerts.js';
import { every, type Stopper } from '../lib/periodic.js';

export interface Suggestion {
  title: string;
  why: string;
  /** Dotted key path changed, e.g. sampling.base_rate. */
  key: string;
  from: number;
  to: number;
  /** The whole proposed policy file: save it and run `draftgate policy backtest FILE`. */
  yaml: string;
  /** Unified diff, active policy → proposed. */
  diff: string;
}

export interface Digest {
  since: string;
  until: string;
  volumeByTier: Array<{ tier: string; drafts: number; sampled: number }>;
  byTemplate: Array<{ templateId: string; approvals: number; edits: number; rejections: number; topReasons: Array<{ reason: string; count: number }> }>;
  fastApprovals: Array<{ reviewer: string; approvals: number; fast: number }>;
  pauses: Array<{ scope: string; source: string; reason: string; startedAt: string; endedAt: string | null; monitor: string | null }>;
  agentScopes: Array<{ workflow: string; drafts: number; fields: string[]; dataSources: string[] }>;
  sampled: { reviews: number; rejections: number; edits: number };
  suggestions: Suggestion[];
  notes: string[];
  /** The review ladder in the window: reminders sent, cards escalated, drafts expired unreviewed. */
  reviewLadder: { reminded: number; escalated: number; expired: number };
  /** The audit chain's last anchored head. */
  auditAnchor: { seq: number; hash: string; at: string } | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Line diff (LCS) in unified format with 2 lines of context; small inputs only (policy files). */
export function unifiedDiff(a: string, b: string, labelA = 'active.yaml', labelB = 'proposed.yaml'): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Array<{ t: ' ' | '-' | '+'; s: string }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) ops.push({ t: ' ', s: x[i++]! }), j++;
    else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ t: '-', s: x[i++]! });
    else ops.push({ t: '+', s: y[j++]! });
  }
  const keep = new Set<number>();
  ops.forEach((o, k) => {
    if (o.t !== ' ') for (let c = k - 2; c <= k + 2; c++) keep.add(c);
  });
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  let last = -2;
  ops.forEach((o, k) => {
    if (!keep.has(k)) return;
    if (k !== last + 1) out.push('@@');
    out.push(`${o.t}${o.s}`);
    last = k;
  });
  return out.join('\n');
}

function propose(baseYaml: string, key: string, value: number): { yaml: string; diff: string } {
  const before = parseDocument(baseYaml);
  const after = parseDocument(baseYaml);
  after.setIn(key.split('.'), value);
  return { yaml: after.toString(), diff: unifiedDiff(before.toString(), after.toString()) };
}

const roundRate = (x: number) => Math.round(x * 1000) / 1000;

function suggest(policy: Policy, baseYaml: string, sampled: Digest['sampled'], longestCleanRun: number): Suggestion[] {
  const out: Suggestion[] = [];
  const s = policy.sampling;
  const p0 = policy.anomaly.rejection.p0;
  if (sampled.rejections === 0 && sampled.edits === 0 && longestCleanRun >= s.reduce_after_clean && s.base_rate > s.floor_rate) {
    const to = roundRate(Math.max(s.floor_rate, s.base_rate / 2));
    out.push({
      title: `Sample less: sampling.base_rate ${s.base_rate} → ${to}`,
      why: `${sampled.reviews} sampled low-tier reviews, none rejected or edited; a template ran ${longestCleanRun} clean sampled reviews in a row (reduce_after_clean is ${s.reduce_after_clean}).`,
      key: 'sampling.base_rate',
      from: s.base_rate,
      to,
      ...propose(baseYaml, 'sampling.base_rate', to),
    });
  }
  if (sampled.reviews >= 10 && (sampled.rejections + policy.anomaly.rejection.edit_weight * sampled.edits) / sampled.reviews > p0 && s.base_rate < 1) {
    const to = roundRate(Math.min(1, s.base_rate * 1.5));
    const rate = (sampled.rejections + policy.anomaly.rejection.edit_weight * sampled.edits) / sampled.reviews;
    out.push({
      title: `Sample more: sampling.base_rate ${s.base_rate} → ${to}`,
      why: `sampled low-tier reviews were rejected at ${(rate * 100).toFixed(1)}% (edits at weight ${policy.anomaly.rejection.edit_weight}), above the acceptable ${(p0 * 100).toFixed(1)}%: auto-approved mail is likely worse than it looks.`,
      key: 'sampling.base_rate',
      from: s.base_rate,
      to,
      ...propose(baseYaml, 'sampling.base_rate', to),
    });
  }
  return out;
}

export async function buildDigest(deps: Pick<Deps, 'db' | 'now'>, input: { since: Date }): Promise<Digest> {
  const since = input.since.toISOString();
  const active = await getActivePolicy(deps.db);
  const policy = active.policy;
  const db = deps.db;
  const [tiers, templates, reasons, fast, pauseRows, workflows, sampledRows, cleanRuns, ladderRows] = await Promise.all([
    db.execute<{ tier: string; drafts: number; sampled: number }>(sql`select tier, count(*)::int as drafts, count(*) filter (where sampled)::int as sampled from drafts where created_at >= ${since}::timestamptz group by tier order by tier`),
    db.execute<{ template_id: string; approvals: number; edits: number; rejections: number }>(sql`
      select d.template_id, count(*) filter (where r.decision = 'approve')::int as approvals, count(*) filter (where r.decision = 'edit')::int as edits,
             count(*) filter (where r.decision = 'reject')::int as rejections
        from reviews r join drafts d on d.id = r.draft_id where r.created_at >= ${since}::timestamptz group by 1 order by rejections desc, 1`),
    db.execute<{ template_id: string; reason: string; count: number }>(sql`
      select d.template_id, coalesce(r.reason_category, 'unspecified') as reason, count(*)::int as count
        from reviews r join drafts d on d.id = r.draft_id where r.created_at >= ${since}::timestamptz and r.decision = 'reject' group by 1, 2 order by 3 desc`),
    db.execute<{ reviewer: string; approvals: number; fast: number }>(sql`
      select reviewer, count(*)::int as approvals, count(*) filter (where fast_approval)::int as fast
        from reviews where created_at >= ${since}::timestamptz and decision in ('approve', 'edit') group by 1 order by fast desc, 1`),
    db.execute<{ scope: string; source: string; reason: string; started_at: string; ended_at: string | null; monitor: string | null }>(sql`
      select scope, source, reason, started_at, ended_at, evidence->>'monitor' as monitor from pauses
       where started_at >= ${since}::timestamptz or ended_at is null order by started_at`),
    db.execute<{ workflow: string; drafts: number; sources: string[] | null }>(sql`
      select workflow, count(*)::int as drafts, (select array_agg(distinct s) from drafts d2, unnest(d2.data_sources) s where d2.workflow = d.workflow and d2.created_at >= ${since}::timestamptz) as sources
        from drafts d where created_at >= ${since}::timestamptz group by workflow order by drafts desc`),
    db.execute<{ reviews: number; rejections: number; edits: number }>(sql`
      select count(*)::int as reviews, count(*) filter (where r.decision = 'reject')::int as rejections, count(*) filter (where r.decision = 'edit')::int as edits
        from reviews r join drafts d on d.id = r.draft_id where r.created_at >= ${since}::timestamptz and d.tier = 'low' and d.sampled`),
    db.execute<{ clean: number }>(sql`select coalesce(max(clean_run), 0)::int as clean from templates`),
    db.execute<{ reminded: number; escalated: number; expired: number }>(sql`
      select count(*) filter (where action = 'draft.reminded')::int as reminded, count(*) filter (where action = 'draft.escalated')::int as escalated,
             count(*) filter (where action = 'draft.expired')::int as expired
        from audit_log where at >= ${since}::timestamptz and action in ('draft.reminded', 'draft.escalated', 'draft.expired')`),
  ]);
  const baseYaml = active.yaml || (await readPolicyFile());
  const sampled = sampledRows[0] ?? { reviews: 0, rejections: 0, edits: 0 };
  const fastApprovals = fast.map((f) => ({ reviewer: f.reviewer, approvals: f.approvals, fast: f.fast }));
  const notes: string[] = [];
  for (const f of fastApprovals) {
    if (f.approvals >= 10 && f.fast / f.approvals > 0.3) notes.push(`<@${f.reviewer}> approved ${f.fast} of ${f.approvals} drafts faster than they can be read (${policy.review.reading_words_per_minute} words/min).`);
  }
  return {
    since,
    until: deps.now().toISOString(),
    volumeByTier: tiers.map((t) => ({ tier: t.tier, drafts: t.drafts, sampled: t.sampled })),
    byTemplate: templates.map((t) => ({
      templateId: t.template_id,
      approvals: t.approvals,
      edits: t.edits,
      rejections: t.rejections,
      topReasons: reasons.filter((r) => r.template_id === t.template_id).slice(0, 3).map((r) => ({ reason: r.reason, count: r.count })),
    })),
    fastApprovals,
    pauses: pauseRows.map((p) => ({ scope: p.scope, source: p.source, reason: p.reason, startedAt: iso(p.started_at)!, endedAt: iso(p.ended_at), monitor: p.monitor })),
    agentScopes: workflows.map((w) => ({ workflow: w.workflow, drafts: w.drafts, fields: policy.workflows[w.workflow]?.fields ?? [], dataSources: w.sources ?? [] })),
    sampled,
    suggestions: suggest(policy, baseYaml, sampled, cleanRuns[0]?.clean ?? 0),
    notes,
    reviewLadder: ladderRows[0] ?? { reminded: 0, escalated: 0, expired: 0 },
    auditAnchor: await lastAnchor(deps),
  };
}

async function lastAnchor(deps: Pick<Deps, 'db'>): Promise<Digest['auditAnchor']> {
  const [a] = await deps.db.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1);
  return a ? { seq: a.seq, hash: a.hash, at: iso(a.at)! } : null;
}

/** The digest as text lines (CLI output and the Slack message). */
export function formatDigest(d: Digest): string[] {
  const lines: string[] = [`draftgate digest ${d.since.slice(0, 10)} → ${d.until.slice(0, 10)}`, ''];
  lines.push('Volume by tier: ' + (d.volumeByTier.map((t) => `${t.tier} ${t.drafts}${t.tier === 'low' ? ` (sampled ${t.sampled})` : ''}`).join(' · ') || 'no drafts'));
  lines.push(`Waiting reviews: ${d.reviewLadder.reminded} reminded, ${d.reviewLadder.escalated} escalated, ${d.reviewLadder.expired} expired unreviewed (never sent)`);
  lines.push('', 'Reviews by template (approve / edit / reject, top reasons):');
  for (const t of d.byTemplate) lines.push(`  ${t.templateId}: ${t.approvals} / ${t.edits} / ${t.rejections}${t.topReasons.length ? ` — ${t.topReasons.map((r) => `${r.reason} ×${r.count}`).join(', ')}` : ''}`);
  if (!d.byTemplate.length) lines.push('  none');
  lines.push('', 'Fast approvals per reviewer (faster than reading speed):');
  for (const f of d.fastApprovals) lines.push(`  ${f.reviewer}: ${f.fast} of ${f.approvals}`);
  if (!d.fastApprovals.length) lines.push('  none');
  lines.push('', 'Pauses:');
  for (const p of d.pauses) lines.push(`  ${p.scope} (${p.source}${p.monitor ? `, ${p.monitor} monitor` : ''}) ${p.startedAt.slice(0, 16)}${p.endedAt ? ` → ${p.endedAt.slice(0, 16)}` : ' — still active'}: ${p.reason}`);
  if (!d.pauses.length) lines.push('  none');
  lines.push('', 'What the agent used:');
  for (const w of d.agentScopes) lines.push(`  ${w.workflow}: ${w.drafts} drafts; fields ${w.fields.join(', ') || '(workflow not in the policy)'}${w.dataSources.length ? `; sources ${w.dataSources.join(', ')}` : ''}`);
  if (!d.agentScopes.length) lines.push('  none');
  for (const n of d.notes) lines.push('', `Note: ${n}`);
  lines.push('', d.auditAnchor ? `Audit chain head: seq ${d.auditAnchor.seq}, hash ${d.auditAnchor.hash} (anchored ${d.auditAnchor.at}); keep this line — \`draftgate audit verify --anchor\` checks the chain still reaches it` : 'Audit chain head: not anchored yet');
  lines.push('', `Calibration (sampled low-tier reviews: ${d.sampled.reviews}, rejected ${d.sampled.rejections}, edited ${d.sampled.edits}):`);
  if (!d.suggestions.length) lines.push('  no change suggested by this period’s evidence');
  for (const s of d.suggestions) lines.push(`  • ${s.title}`, `    ${s.why}`, '    Save the proposed file and run: draftgate policy backtest proposed.yaml', ...s.diff.split('\n').map((l) => `    ${l}`));
  return lines;
}

/** ISO week label, e.g. 2026-W47 (the digest marker). */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 + 1) / 7);
  return `${y}-W${String(week).padStart(2, '0')}`;
}

/**
 * Post the digest for the previous 7 days once per ISO week (any worker may call this every tick).
 * Returns null when this week's digest was already claimed.
 */
export async function postWeeklyDigest(deps: Pick<Deps, 'db' | 'now' | 'slack' | 'log'>): Promise<Digest | null> {
  const now = deps.now();
  const week = isoWeek(now);
  const claimed = await deps.db.execute<{ scope: string }>(sql`
    insert into monitor_state (monitor, scope, state) values ('digest', 'weekly', ${JSON.stringify({ week })}::jsonb)
    on conflict (monitor, scope) do update set state = excluded.state, updated_at = now()
      where monitor_state.state->>'week' is distinct from ${week}
    returning scope`);
  if (!claimed.length) return null;
  const digest = await buildDigest(deps, { since: new Date(now.getTime() - 7 * 86_400_000) });
  const { policy } = await getActivePolicy(deps.db);
  const text = formatDigest(digest).join('\n').slice(0, 39_000);
  for (const owner of policy.owners) await postAlert(deps, { channel: owner, text: '```' + text + '```' });
  if (!policy.owners.length) await postAlert(deps, { text: '```' + text + '```' });
  return digest;
}

/** How often a worker checks whether this ISO week's digest is still to be posted. */
export const DIGEST_CHECK_MS = 10 * 60_000;

/** The digest loop (run by the worker's 'guard' part): `postWeeklyDigest` every DIGEST_CHECK_MS. */
export function startWeeklyDigest(deps: Deps): Stopper {
  return every(deps, 'guard.digest', DIGEST_CHECK_MS, () => postWeeklyDigest(deps));
}
