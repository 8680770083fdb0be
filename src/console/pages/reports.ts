/** Templates, Reviewers and Audit pages. */
import { html } from 'hono/html';
import { workflowTotals, type MonitorSeries, type TemplateRow } from '../../reports/console-templates.js';
import type { ReviewerDecision, ReviewerRow } from '../../reports/console-reviewers.js';
import type { AuditFilter, AuditHealth, AuditRow } from '../../reports/console-audit.js';
import { describeActor, type Actor } from '../../audit/actor.js';
import { fmtTime, layout, pct, qs, table, type Html, type PageContext } from '../layout.js';

const secs = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} s`);

export function templatesPage(rows: TemplateRow[], ctx: PageContext): Html {
  return layout(
    'Templates',
    'templates',
    ctx,
    html`<p class="muted">Last 30 days. Sampling state follows the ISO 2859-1 switching rules (normal / tightened / reduced). The statistic is the rejection monitor's CUSUM for the template's scope.</p>
${table(
  'Templates and workflows',
  ['Template', 'Workflow', 'Drafts', 'Tier mix (blocked / high / low)', 'Sampled', 'Sampling', 'Approve / edit / reject', 'Top reasons', 'Guard'],
  rows.map((t) => [
    html`<a href="/console/templates/${encodeURIComponent(t.templateId)}">${t.templateId}</a>`,
    html`${t.workflow}`,
    html`${t.drafts}`,
    html`${t.blocked} / ${t.high} / ${t.low}`,
    html`${t.sampled}`,
    html`${t.state}${t.sampleRate !== null ? ` · ${pct(t.sampleRate)}` : ''}`,
    html`${t.approvals} / ${t.edits} / ${t.rejections}`,
    html`${t.topReasons.map((r) => `${r.reason} (${r.n})`).join(', ') || '—'}`,
    html`${t.paused ? html`<strong class="bad">paused</strong>` : 'running'}${t.statistic !== null ? ` · S=${t.statistic.toFixed(2)}` : ''}`,
  ]),
  'no drafts in the last 30 days.',
)}
${table(
  'Workflows',
  ['Workflow', 'Templates', 'Drafts', 'Tier mix (blocked / high / low)', 'Sampled', 'Approve / edit / reject', 'Paused templates'],
  workflowTotals(rows).map((w) => [
    html`${w.workflow}`,
    html`${w.templates}`,
    html`${w.drafts}`,
    html`${w.blocked} / ${w.high} / ${w.low}`,
    html`${w.sampled}`,
    html`${w.approvals} / ${w.edits} / ${w.rejections}`,
    html`${w.pausedTemplates}`,
  ]),
  'none.',
)}`,
  );
}

export function templatePage(s: MonitorSeries, row: TemplateRow | undefined, ctx: PageContext): Html {
  const trips = s.points.filter((p) => p.tripped);
  const last = s.points[s.points.length - 1];
  return layout(
    `Template ${s.templateId}`,
    'templates',
    ctx,
    html`<p>${row ? `${row.drafts} drafts in 30 days · sampling ${row.state} · ${row.approvals} approved, ${row.edits} edited, ${row.rejections} rejected` : ''}</p>
<section aria-labelledby="h-chart"><h2 id="h-chart">Rejection monitor: statistic against its threshold</h2>
<p class="muted">CUSUM of Wald's SPRT over this template's reviews (p0 ${s.params.p0}, p1 ${s.params.p1}, α ${s.params.alpha}, β ${s.params.beta}; an edit counts ${s.params.editWeight}). It trips at ${s.threshold} after at least ${s.params.minReviews} reviews, then starts over.</p>
<div class="chart" id="chart" role="img" aria-label="Statistic over ${s.points.length} reviews, threshold ${s.threshold}, ${trips.length} trip(s)" data-series="${JSON.stringify(s)}"></div>
<p>Now: S = ${last ? last.s.toFixed(3) : '0'} of ${s.threshold} · ${trips.length} trip(s) · ${s.pauses.length} pause(s) started on template:${s.templateId}.</p>
</section>
${table(
  'Trips and pauses',
  ['When', 'What'],
  [
    ...trips.map((t) => ({ t: t.t, h: html`trip after review ${t.reviewId} (S reached ${t.s.toFixed(2)})` })),
    ...s.pauses.map((p) => ({ t: p.t, h: html`pause started (${p.source}): ${p.reason}` })),
  ]
    .sort((a, b) => a.t - b.t)
    .map((x) => [html`${fmtTime(new Date(x.t * 1000).toISOString())}`, x.h]),
  'none.',
)}
<p><a href="/console/drafts${qs({ template: s.templateId })}">This template's drafts</a></p>`,
    { scripts: ['/console/static/uplot.min.js', '/console/static/chart.js'] },
  );
}

export function reviewersPage(rows: ReviewerRow[], ctx: PageContext): Html {
  return layout(
    'Reviewers',
    'reviewers',
    ctx,
    html`<p class="muted">Last 30 days. A fast approval is one given in less time than reading the draft takes at the policy's reading speed: many of them mean rubber-stamping. Sorted by that share.</p>
${table(
  'Reviewers',
  ['Reviewer', 'Decisions', 'Approve / edit / reject', 'Median to decide', 'p90 to decide', 'Fast approvals', 'Last decision'],
  rows.map((r) => [
    html`<a href="/console/reviewers/${encodeURIComponent(r.reviewer)}">${r.reviewer}</a>`,
    html`${r.decisions}`,
    html`${r.approvals} / ${r.edits} / ${r.rejections}`,
    html`${secs(r.medianSeconds)}`,
    html`${secs(r.p90Seconds)}`,
    html`<span class="${r.fastShare > 0.3 ? 'bad' : ''}">${r.fastApprovals} (${pct(r.fastShare)})</span>`,
    html`${fmtTime(r.lastAt)}`,
  ]),
  'no decisions in the last 30 days.',
)}`,
  );
}

export function reviewerPage(reviewer: string, summary: ReviewerRow | undefined, rows: ReviewerDecision[], ctx: PageContext): Html {
  return layout(
    `Reviewer ${reviewer}`,
    'reviewers',
    ctx,
    html`${summary ? html`<p>${summary.decisions} decisions in 30 days · median ${secs(summary.medianSeconds)} · p90 ${secs(summary.p90Seconds)} · ${summary.fastApprovals} fast approvals (${pct(summary.fastShare)})</p>` : ''}
${table(
  'Decisions, newest first',
  ['When', 'Draft', 'Account', 'Tier', 'Decision', 'Seconds', 'Words', 'Fast?'],
  rows.map((r) => [
    html`${fmtTime(r.createdAt)}`,
    ctx.role === 'owner' ? html`<a href="/console/drafts/${r.draftId}">${r.subject || r.draftId.slice(0, 8)}</a>` : html`${r.subject}`,
    html`${r.account}`,
    html`${r.tier}`,
    html`${r.decision}${r.reasonCategory ? ` (${r.reasonCategory})` : ''}`,
    html`${secs(r.secondsToDecide)}`,
    html`${r.words}`,
    html`${r.fastApproval ? html`<span class="badge warn">fast</span>` : ''}`,
  ]),
)}`,
  );
}

export function auditPage(health: AuditHealth, rows: AuditRow[], f: AuditFilter, ctx: PageContext): Html {
  const v = health.verify;
  return layout(
    'Audit',
    'audit',
    ctx,
    html`<p data-testid="verify" class="${v.ok ? 'good' : 'bad'}">${v.ok
      ? `The chain verifies end to end: ${v.checked} sealed row(s), last sealed seq ${health.lastSealedSeq ?? '—'} at ${fmtTime(health.lastSealedAt)}${v.unsealed ? `; ${v.unsealed} row(s) not sealed yet` : ''} (whole chain recomputed ${fmtTime(health.fullVerifiedAt)}, new rows checked on every view).`
      : `The chain is BROKEN at seq ${v.brokenSeq}: ${v.reason} (${v.checked} row(s) verified before it).`}</p>
<form method="get" action="/console/audit" class="filters" role="search" aria-label="Filter the audit trail">
<label>Actor <input name="actor" value="${f.actor ?? ''}" placeholder="U012…, cli, guard"></label>
<label>Action <input name="action" value="${f.action ?? ''}" placeholder="prefix, e.g. pause."></label>
<label>Subject <input name="subject" value="${f.subject ?? ''}" placeholder="prefix, e.g. draft:"></label>
<button type="submit">Filter</button>
</form>
<p class="actions">Export this filter: <a href="/console/audit/export${qs({ ...f, format: 'jsonl' })}" download>JSONL</a> · <a href="/console/audit/export${qs({ ...f, format: 'csv' })}" download>CSV</a></p>
${table(
  `Newest ${rows.length} row(s) of ${health.total}`,
  ['Seq', 'At', 'Actor', 'Action', 'Subject', 'Data'],
  rows.map((r) => [
    html`${r.seq ?? '—'}`,
    html`${fmtTime(r.at)}`,
    html`${describeActor(r.actor as Actor) ?? JSON.stringify(r.actor)}`,
    html`${r.action}`,
    r.subject.startsWith('draft:') ? html`<a href="/console/drafts/${r.subject.slice(6)}">${r.subject}</a>` : html`${r.subject}`,
    html`<code class="data">${JSON.stringify(r.data).slice(0, 400)}</code>`,
  ]),
  'no row matches.',
)}`,
  );
}
