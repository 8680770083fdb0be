/** Overview: what is waiting, what is paused and why, caps, held drafts. The live part re-renders every few seconds. */
import { html } from 'hono/html';
import type { Overview } from '../../reports/console-overview.js';
import { csrfField, fmtAge, fmtTime, layout, pct, table, type Html, type PageContext } from '../layout.js';

function evidenceSummary(e: Record<string, unknown>): string {
  const keys = ['monitor', 'reviews', 'rejections_weighted', 'rate', 'statistic', 'threshold'];
  const parts = keys.filter((k) => e[k] !== undefined && typeof e[k] !== 'object').map((k) => `${k} ${String(e[k])}`);
  return parts.length ? parts.join(', ') : Object.keys(e).length ? JSON.stringify(e).slice(0, 300) : '—';
}

/** The part of the page that updates itself (GET /console/overview/live returns exactly this). */
export function overviewLive(o: Overview, ctx: PageContext): Html {
  const owner = ctx.role === 'owner';
  const tiers = ['blocked', 'high', 'low'];
  const statuses = [...new Set(o.today.map((t) => t.status))].sort();
  const cell = (tier: string, status: string) => o.today.find((t) => t.tier === tier && t.status === status)?.n ?? 0;
  return html`<div id="live" data-at="${o.at}">
<p class="updated" aria-live="polite">Updated <time datetime="${o.at}">${fmtTime(o.at)}</time></p>
<section aria-labelledby="h-kpi"><h2 id="h-kpi">Right now</h2>
<ul class="kpis">
  <li><span class="k">Waiting for review</span><span class="v" data-testid="review-waiting">${o.review.waiting}</span></li>
  <li><span class="k">Oldest waiting</span><span class="v">${fmtAge(o.review.oldestAgeSeconds)}</span></li>
  <li><span class="k">Send queue</span><span class="v">${o.queue.waiting} waiting · ${o.queue.delayed} delayed · ${o.queue.active} active</span></li>
  <li><span class="k">Sends last minute</span><span class="v">${o.sendsLastMinute}</span></li>
  <li><span class="k">Open pauses</span><span class="v" data-testid="pause-count">${o.pauses.length}</span></li>
  <li><span class="k">Held drafts</span><span class="v">${o.held.length}</span></li>
</ul></section>

<section aria-labelledby="h-pauses"><h2 id="h-pauses">Open pauses</h2>
${table(
  'Open pauses',
  ['Scope', 'Why', 'By', 'Since', 'Evidence', ''],
  o.pauses.map((p) => [
    html`<strong>${p.scope}</strong>`,
    html`${p.reason}`,
    html`${p.by} (${p.source})`,
    html`${fmtTime(p.startedAt)}`,
    html`<span class="evidence">${evidenceSummary(p.evidence)}</span>`,
    owner
      ? html`<form method="post" action="/console/pauses/resume">${csrfField(ctx)}<input type="hidden" name="scope" value="${p.scope}"><input type="hidden" name="pause_id" value="${p.id}"><button type="submit" aria-label="Resume ${p.scope}">Resume</button></form>`
      : html`<span class="muted">owners resume</span>`,
  ]),
  'none — outreach is flowing.',
)}
</section>

<section aria-labelledby="h-held"><h2 id="h-held">Held drafts (send outcome unknown)</h2>
${table(
  'Held drafts',
  ['Draft', 'To', 'Template', 'Why', 'Since', ''],
  o.held.map((h) => [
    html`<a href="/console/drafts/${h.id}">${h.id.slice(0, 8)}</a>`,
    html`${h.toEmail}`,
    html`${h.templateId}`,
    html`${h.reason ?? ''}`,
    html`${fmtTime(h.since)}`,
    owner
      ? html`<div class="row-actions"><form method="post" action="/console/held/${h.id}/release">${csrfField(ctx)}<button type="submit" aria-label="Release draft ${h.id.slice(0, 8)} (it was not delivered: send it)">Release</button></form>
<form method="post" action="/console/held/${h.id}/cancel">${csrfField(ctx)}<button type="submit" class="danger" aria-label="Cancel draft ${h.id.slice(0, 8)} (do not send)">Cancel</button></form></div>`
      : html`<span class="muted">owners decide</span>`,
  ]),
  'none.',
)}
</section>

<section aria-labelledby="h-today"><h2 id="h-today">Today's drafts by tier and outcome</h2>
${table(
  'Drafts created today (UTC)',
  ['Tier', ...statuses, 'total'],
  tiers.map((t) => [html`${t}`, ...statuses.map((s) => html`${cell(t, s)}`), html`<strong>${statuses.reduce((a, s) => a + cell(t, s), 0)}</strong>`]),
)}
<p class="muted">Sampled low-tier drafts today: ${o.tiersToday.sampled}.</p>
</section>

<section aria-labelledby="h-caps"><h2 id="h-caps">Caps (binding first)</h2>
${table(
  'Send caps',
  ['Cap', 'Used', 'Limit', 'Window', 'Share'],
  o.caps.slice(0, 20).map((c) => [
    html`${c.name}`,
    html`${c.used}`,
    html`${c.limit}`,
    html`${c.windowMs >= 86_400_000 ? `${c.windowMs / 86_400_000} d` : c.windowMs >= 3_600_000 ? `${c.windowMs / 3_600_000} h` : `${c.windowMs / 1000} s`}`,
    html`<meter min="0" max="1" value="${Math.min(1, c.share)}" aria-label="${c.name} ${pct(c.share)} used">${pct(c.share)}</meter> ${pct(c.share)}`,
  ]),
)}
</section>

${o.mine.length
  ? html`<section aria-labelledby="h-mine"><h2 id="h-mine">${owner ? 'Review queue (oldest first)' : 'Your review queue'}</h2>
${table(
  'Waiting for review',
  ['Draft', 'Account', 'Subject', 'Tier', 'Waiting since'],
  o.mine.map((m) => [html`${owner ? html`<a href="/console/drafts/${m.id}">${m.id.slice(0, 8)}</a>` : m.id.slice(0, 8)}`, html`${m.account}`, html`${m.subject}`, html`${m.tier}`, html`${fmtTime(m.createdAt)}`]),
)}</section>`
  : ''}
</div>`;
}

export function overviewPage(o: Overview, ctx: PageContext, flash: { kind: 'ok' | 'error'; text: string } | null): Html {
  return layout(
    'Overview',
    'overview',
    ctx,
    html`<section aria-labelledby="h-pause" class="card">
<h2 id="h-pause">Pull the brake</h2>
<p class="muted">Anyone signed in may pause. No send in the scope starts once the pause is acknowledged.</p>
<form method="post" action="/console/pauses" class="inline-form">
${csrfField(ctx)}
<label for="pause-scope">Scope</label>
<input id="pause-scope" name="scope" value="all" required pattern="all|(template|workflow|mailbox|account|client):\\S+" title="all, template:ID, workflow:ID, mailbox:ADDRESS, account:ID or client:NAME">
<label for="pause-reason">Reason</label>
<input id="pause-reason" name="reason" required maxlength="2000" placeholder="why outreach must stop">
<button type="submit" class="danger">Pause</button>
</form>
</section>
<div data-live-src="/console/overview/live" data-live-interval="3000">${overviewLive(o, ctx)}</div>`,
    { flash },
  );
}
