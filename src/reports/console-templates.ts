/**
 * Read models for the console's Templates page: per template, volume, tier mix, sampling state,
 * review outcomes with top reasons; and the rejection monitor's statistic over time.
 *
 * The series is the guard's own computation replayed: the template scope's reviews in review-id
 * order through `cusumStep` (src/policy/anomaly/sprt.ts) with the active policy's rejection parameters,
 * exactly as src/guard/monitors.ts processes them (reject = 1, edit = edit_weight, approve = 0;
 * a trip resets the statistic). Pauses actually started for the scope (audit `pause.started`)
 * are returned beside it, so the chart shows both what the test says and what happened.
 */
import { sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { getActivePolicy } from '../policy-store/store.js';
import { rejectionParams } from '../guard/monitors.js';
import { cusumStep, initialCusum, thresholds } from '../policy/anomaly/sprt.js';

export interface TemplateRow {
  templateId: string;
  workflow: string;
  drafts: number;
  blocked: number;
  high: number;
  low: number;
  sampled: number;
  state: string;
  sampleRate: number | null;
  approvals: number;
  edits: number;
  rejections: number;
  topReasons: Array<{ reason: string; n: number }>;
  paused: boolean;
  statistic: number | null;
}

export async function listTemplates(deps: Pick<Deps, 'db'>, opts: { days?: number } = {}): Promise<TemplateRow[]> {
  const days = opts.days ?? 30;
  const rows = await deps.db.execute<{
    template_id: string; workflow: string; drafts: number; blocked: number; high: number; low: number; sampled: number;
    state: string | null; approvals: number; edits: number; rejections: number; reasons: Array<{ reason: string; n: number }> | null;
    paused: boolean; statistic: number | null; sample_rate: number | null;
  }>(sql`
    with d as (
      select template_id, max(workflow) as workflow, count(*)::int as drafts,
             count(*) filter (where tier = 'blocked')::int as blocked,
             count(*) filter (where tier = 'high')::int as high,
             count(*) filter (where tier = 'low')::int as low,
             count(*) filter (where sampled)::int as sampled,
             (array_agg(sample_rate order by created_at desc) filter (where sample_rate is not null))[1] as sample_rate
        from drafts where created_at >= now() - make_interval(days => ${days})
       group by template_id),
    r as (
      select dr.template_id,
             count(*) filter (where rv.decision = 'approve')::int as approvals,
             count(*) filter (where rv.decision = 'edit')::int as edits,
             count(*) filter (where rv.decision = 'reject')::int as rejections
        from reviews rv join drafts dr on dr.id = rv.draft_id
       where rv.created_at >= now() - make_interval(days => ${days})
       group by dr.template_id),
    reasons as (
      select template_id, jsonb_agg(jsonb_build_object('reason', reason, 'n', n) order by n desc) as reasons
        from (select dr.template_id, coalesce(rv.reason_category, 'edit') as reason, count(*)::int as n,
                     row_number() over (partition by dr.template_id order by count(*) desc) as k
                from reviews rv join drafts dr on dr.id = rv.draft_id
               where rv.decision <> 'approve' and rv.created_at >= now() - make_interval(days => ${days})
               group by dr.template_id, coalesce(rv.reason_category, 'edit')) x
       where k <= 3 group by template_id)
    select d.*, t.state, coalesce(r.approvals, 0) as approvals, coalesce(r.edits, 0) as edits, coalesce(r.rejections, 0) as rejections,
           reasons.reasons,
           exists (select 1 from pauses p where p.scope = 'template:' || d.template_id and p.ended_at is null) as paused,
           (select (ms.state->>'s')::float8 from monitor_state ms where ms.monitor = 'rejection' and ms.scope = 'template:' || d.template_id) as statistic
      from d left join r using (template_id) left join reasons using (template_id) left join templates t using (template_id)
     order by d.drafts desc, d.template_id
     limit 500`);
  return rows.map((r) => ({
    templateId: r.template_id,
    workflow: r.workflow,
    drafts: Number(r.drafts),
    blocked: Number(r.blocked),
    high: Number(r.high),
    low: Number(r.low),
    sampled: Number(r.sampled),
    state: r.state ?? 'normal',
    sampleRate: r.sample_rate === null ? null : Number(r.sample_rate),
    approvals: Number(r.approvals),
    edits: Number(r.edits),
    rejections: Number(r.rejections),
    topReasons: r.reasons ?? [],
    paused: Boolean(r.paused),
    statistic: r.statistic === null ? null : Number(r.statistic),
  }));
}

export interface WorkflowRow {
  workflow: string;
  templates: number;
  drafts: number;
  blocked: number;
  high: number;
  low: number;
  sampled: number;
  approvals: number;
  edits: number;
  rejections: number;
  pausedTemplates: number;
}

/** The same figures per workflow (summed over its templates). */
export function workflowTotals(rows: TemplateRow[]): WorkflowRow[] {
  const by = new Map<string, WorkflowRow>();
  for (const t of rows) {
    const w = by.get(t.workflow) ?? { workflow: t.workflow, templates: 0, drafts: 0, blocked: 0, high: 0, low: 0, sampled: 0, approvals: 0, edits: 0, rejections: 0, pausedTemplates: 0 };
    w.templates++;
    w.drafts += t.drafts;
    w.blocked += t.blocked;
    w.high += t.high;
    w.low += t.low;
    w.sampled += t.sampled;
    w.approvals += t.approvals;
    w.edits += t.edits;
    w.rejections += t.rejections;
    if (t.paused) w.pausedTemplates++;
    by.set(t.workflow, w);
  }
  return [...by.values()].sort((a, b) => b.drafts - a.drafts || a.workflow.localeCompare(b.workflow));
}

export interface MonitorSeries {
  templateId: string;
  threshold: number;
  params: { p0: number; p1: number; alpha: number; beta: number; editWeight: number; minReviews: number };
  /** One point per review: unix seconds, the CUSUM statistic after it, and whether it tripped. */
  points: Array<{ t: number; s: number; decision: string; tripped: boolean; reviewId: number }>;
  /** Pauses started on this template's scope (from the audit trail). */
  pauses: Array<{ t: number; source: string; reason: string }>;
}

export async function templateSeries(deps: Pick<Deps, 'db'>, templateId: string, opts: { limit?: number } = {}): Promise<MonitorSeries> {
  const { policy } = await getActivePolicy(deps.db);
  const params = rejectionParams(policy);
  const r = policy.anomaly.rejection;
  const th = thresholds(params);
  const [reviews, pauseRows] = await Promise.all([
    deps.db.execute<{ id: number; decision: string; t: number }>(sql`
      select rv.id::int8 as id, rv.decision, extract(epoch from rv.created_at)::float8 as t
        from reviews rv join drafts d on d.id = rv.draft_id
       where d.template_id = ${templateId}
       order by rv.id
       limit ${opts.limit ?? 20_000}`),
    deps.db.execute<{ t: number; data: { source?: string; reason?: string } }>(sql`
      select extract(epoch from at)::float8 as t, data from audit_log
       where subject = ${`pause:template:${templateId}`} and action = 'pause.started'
       order by id limit 1000`),
  ]);
  let state = initialCusum();
  const points: MonitorSeries['points'] = [];
  for (const e of reviews) {
    const x = e.decision === 'reject' ? 1 : e.decision === 'edit' ? r.edit_weight : 0;
    const step = cusumStep(params, state, x, r.min_reviews);
    points.push({ t: Number(e.t), s: Math.round(step.state.s * 1000) / 1000, decision: e.decision, tripped: step.tripped, reviewId: Number(e.id) });
    state = step.tripped ? initialCusum() : step.state;
  }
  return {
    templateId,
    threshold: Math.round(th.upper * 1000) / 1000,
    params: { ...params, editWeight: r.edit_weight, minReviews: r.min_reviews },
    points,
    pauses: pauseRows.map((p) => ({ t: Number(p.t), source: p.data?.source ?? '', reason: p.data?.reason ?? '' })),
  };
}
