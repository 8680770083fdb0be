/** Policy: active version, history with diffs, an editor validated as you type, backtest, apply. */
import { html } from 'hono/html';
import type { PolicyVersionRow } from '../../reports/console-policy.js';
import { leftOut, type BacktestReport, type RepFigures } from '../../policy/backtest.js';
import type { FieldError } from '../../lib/errors.js';
import { csrfField, fmtTime, layout, pct, table, type Html, type PageContext } from '../layout.js';

/** Changed lines of a `-`/`+`/` ` line diff with 2 lines of context. */
export function diffView(diff: string): Html {
  const lines = diff.split('\n');
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (l.startsWith('+') || l.startsWith('-')) for (let k = i - 2; k <= i + 2; k++) keep.add(k);
  });
  if (!keep.size) return html`<p class="muted">The two versions are identical.</p>`;
  const out: Html[] = [];
  let last = -2;
  lines.forEach((l, i) => {
    if (!keep.has(i)) return;
    if (i !== last + 1) out.push(html`<span class="ctx">@@</span>\n`);
    out.push(html`<span class="${l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : 'ctx'}">${l}</span>\n`);
    last = i;
  });
  return html`<pre class="diff" data-testid="diff">${out}</pre>`;
}

export interface PolicyPageInput {
  active: { version: number; comment: string; appliedAt: string | null };
  versions: PolicyVersionRow[];
  candidate: string;
  diff: { a: number; b: number; text: string } | null;
  errors: FieldError[];
  backtest: BacktestReport | null;
  days: number;
  suggestions: Array<{ title: string; why: string; index: number }>;
  suggestionsLoaded: boolean;
}

function editor(p: PolicyPageInput, ctx: PageContext): Html {
  return html`<form method="post" action="/console/policy/backtest" id="policy-form">
${csrfField(ctx)}
<label for="policy-yaml">Candidate policy (YAML)</label>
<textarea id="policy-yaml" name="yaml" class="policy" spellcheck="false" data-validate="/console/policy/validate" aria-describedby="validation">${p.candidate}</textarea>
<div id="validation" class="validation ${p.errors.length ? 'bad' : ''}" role="status" aria-live="polite">${p.errors.length ? html`<ul>${p.errors.map((e) => html`<li>${e.path}: ${e.message}</li>`)}</ul>` : ''}</div>
<label for="bt-days">Backtest over the last (days)</label>
<input id="bt-days" name="days" type="number" min="1" max="365" value="${p.days}">
<button type="submit">Backtest</button>
</form>`;
}

function tierRows(r: BacktestReport): Html[][] {
  const line = (label: string, a: number, c: number) => [html`${label}`, html`${a}`, html`${c}`, html`${c - a === 0 ? '' : c - a > 0 ? `+${c - a}` : String(c - a)}`];
  return [
    line('blocked', r.active.tiers.blocked, r.candidate.tiers.blocked),
    line('high (reviewed)', r.active.tiers.high, r.candidate.tiers.high),
    line('low, sampled', r.active.tiers.lowSampled, r.candidate.tiers.lowSampled),
    line('low, auto-approved', r.active.tiers.lowAuto, r.candidate.tiers.lowAuto),
    [html`reviewed share`, html`${pct(r.active.reviewShare)}`, html`${pct(r.candidate.reviewShare)}`, html``],
  ];
}

function backtestView(r: BacktestReport, p: PolicyPageInput, ctx: PageContext): Html {
  const reps = [...new Set([...Object.keys(r.active.reps), ...Object.keys(r.candidate.reps)])].sort();
  const fmt = (x: RepFigures | undefined) => (x ? `${x.reviewed} reviewed, ${x.meanPerDay}/day (max ${x.maxPerDay})` : '—');
  const changes = Object.entries(r.changed).sort(([, a], [, b]) => b - a);
  return html`<section aria-labelledby="h-bt" class="card"><h2 id="h-bt">Backtest over ${r.rows} drafts${r.from ? `, ${r.from.slice(0, 10)} to ${r.to?.slice(0, 10)}` : ''} (${r.days} days)</h2>
${r.periodDrafts > r.rows ? html`<p class="muted" data-testid="backtest-capped">${leftOut(r)}</p>` : ''}
${table('Review load per tier', ['', 'active', 'candidate', 'change'], tierRows(r))}
${table('Review load per rep', ['Rep', 'active', 'candidate'], reps.map((k) => [html`${k}`, html`${fmt(r.active.reps[k])}`, html`${fmt(r.candidate.reps[k])}`]), 'no reps.')}
${table('Drafts whose tier would change (active → candidate)', ['Change', 'Drafts'], changes.map(([k, n]) => [html`${k}`, html`${n}`]), 'no draft changes tier.')}
${r.changedDrafts.length
  ? table(
    r.changedDrafts.length < r.changedTotal ? `The first ${r.changedDrafts.length} of ${r.changedTotal} drafts that change tier` : `The ${r.changedTotal} draft(s) that change tier`,
    ['Draft', 'Created', 'Account', 'Template', 'Active → candidate'],
    r.changedDrafts.map((d) => [
      html`<a href="/console/drafts/${d.draftId}" data-testid="changed-draft">${d.draftId.slice(0, 8)}</a>`,
      html`${fmtTime(d.createdAt)}`,
      html`${d.accountName} <span class="muted">${d.accountId}</span>`,
      html`${d.templateId}`,
      html`${d.from} → ${d.to}`,
    ]),
  )
  : ''}
<form method="post" action="/console/policy/apply">
${csrfField(ctx)}
<textarea name="yaml" hidden aria-hidden="true">${p.candidate}</textarea>
<label for="apply-comment">Comment (required)</label>
<input id="apply-comment" name="comment" required minlength="3" maxlength="2000" placeholder="why this change">
<button type="submit" class="danger">Apply this policy</button>
</form>
</section>`;
}

export function policyPage(p: PolicyPageInput, ctx: PageContext, flash: { kind: 'ok' | 'error'; text: string } | null): Html {
  return layout(
    p.backtest ? 'Policy backtest' : 'Policy',
    'policy',
    ctx,
    html`<p>Active version <strong data-testid="active-version">${p.active.version}</strong>${p.active.appliedAt ? ` · applied ${fmtTime(p.active.appliedAt)}` : ''} — ${p.active.comment}</p>
${p.backtest ? backtestView(p.backtest, p, ctx) : ''}
<div class="grid2">
<section aria-labelledby="h-edit"><h2 id="h-edit">Edit, backtest, apply</h2>
<p class="muted">Errors show as you type (key and line). Backtest replays stored drafts under the candidate beside the active policy; apply needs a comment and is audited.</p>
${editor(p, ctx)}
<h3>Calibration suggestions (weekly digest)</h3>
${!p.suggestionsLoaded
  ? html`<p><a href="/console/policy?suggestions=1">Load this week's suggestions</a></p>`
  : p.suggestions.length
    ? html`<ul>${p.suggestions.map((s) => html`<li><a href="/console/policy?suggestion=${s.index}">Open as candidate: ${s.title}</a> — ${s.why}</li>`)}</ul>`
    : html`<p class="muted">The digest has no suggestion this week.</p>`}
</section>
<section aria-labelledby="h-hist"><h2 id="h-hist">Version history</h2>
${table(
  'Versions',
  ['Version', 'Applied', 'By', 'Comment', 'Diff'],
  p.versions.map((v, i) => [
    html`${v.version}${v.active ? html` <strong>(active)</strong>` : ''}`,
    html`${fmtTime(v.appliedAt)}`,
    html`${v.appliedBy}`,
    html`${v.comment}`,
    p.versions[i + 1] ? html`<a href="/console/policy?a=${p.versions[i + 1]!.version}&amp;b=${v.version}">vs ${p.versions[i + 1]!.version}</a>` : html`—`,
  ]),
)}
${p.diff ? html`<h3>Version ${p.diff.a} → ${p.diff.b}</h3>${diffView(p.diff.text)}` : ''}
</section>
</div>`,
    { scripts: ['/console/static/policy.js'], flash },
  );
}
