/** Drafts: search, and one draft's whole story ("how did that email happen?"). */
import { html } from 'hono/html';
import type { DraftListItem, DraftSearch, DraftStory } from '../../reports/console-drafts.js';
import { DRAFT_STATUSES } from '../../db/schema.js';
import type { Finding } from '../../detect/types.js';
import { FINDING_KINDS } from '../../detect/rules/schema.js';
import { describeActor, type Actor } from '../../audit/actor.js';
import { fmtTime, layout, qs, table, type Html, type PageContext } from '../layout.js';

function option(value: string, selected: string | undefined, label = value): Html {
  return html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
}

export function draftsPage(items: DraftListItem[], q: DraftSearch, ctx: PageContext): Html {
  return layout(
    'Drafts',
    'drafts',
    ctx,
    html`<form method="get" action="/console/drafts" class="filters" role="search" aria-label="Search drafts">
<label>Account <input name="account" value="${q.account ?? ''}" placeholder="id or name"></label>
<label>Recipient <input name="to" value="${q.to ?? ''}" placeholder="address contains"></label>
<label>Template <input name="template" value="${q.template ?? ''}"></label>
<label>Status <select name="status">${option('', q.status, 'any')}${DRAFT_STATUSES.map((s) => option(s, q.status))}</select></label>
<label>Tier <select name="tier">${option('', q.tier, 'any')}${['blocked', 'high', 'low'].map((s) => option(s, q.tier))}</select></label>
<label>Finding <select name="finding">${option('', q.finding, 'any')}${FINDING_KINDS.map((s) => option(s, q.finding))}</select></label>
<label>From <input type="date" name="from" value="${q.from ?? ''}"></label>
<label>Until <input type="date" name="until" value="${q.until ?? ''}"></label>
<button type="submit">Search</button>
</form>
${table(
  `${items.length}${items.length === 100 ? '+' : ''} draft(s), newest first`,
  ['Created', 'Account', 'To', 'Subject', 'Template', 'Tier', 'Status', 'Findings'],
  items.map((d) => [
    html`${fmtTime(d.createdAt)}`,
    html`${d.account}`,
    html`${d.toEmail}`,
    html`<a href="/console/drafts/${d.id}">${d.subject || '(no subject)'}</a>`,
    html`<a href="/console/drafts${qs({ template: d.templateId })}">${d.templateId}</a>`,
    html`<span class="tier tier-${d.tier}">${d.tier}</span>`,
    html`${d.status}`,
    html`${d.findings}`,
  ]),
  'no draft matches.',
)}`,
  );
}

/** The text with every finding of `field` highlighted; each piece escaped by the template. */
export function highlight(text: string, findings: Finding[], field: 'body' | 'subject'): Html {
  const fs = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => (field === 'subject' ? f.field === 'subject' : f.field !== 'subject'))
    .filter(({ f }) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.f.start - b.f.start);
  const parts: Html[] = [];
  let at = 0;
  for (const { f, i } of fs) {
    if (f.start < at) continue; // overlapping: the earlier one wins
    parts.push(html`${text.slice(at, f.start)}`);
    parts.push(html`<mark class="sev-${f.severity}" title="${f.kind} (${f.severity})" aria-describedby="finding-${i}">${text.slice(f.start, f.end)}</mark>`);
    at = f.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

function diffBlock(diff: string | null): Html {
  if (!diff) return html``;
  return html`<pre class="diff">${diff.split('\n').map((l) => html`<span class="${l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : 'ctx'}">${l}</span>\n`)}</pre>`;
}

export function draftStoryPage(s: DraftStory, ctx: PageContext): Html {
  const d = s.draft;
  const sentSubject = d.finalSubject ?? d.subject;
  const sentBody = d.finalBody ?? d.body;
  const edited = d.finalBody !== null && (d.finalBody !== d.body || d.finalSubject !== d.subject);
  return layout(
    `Draft ${d.id.slice(0, 8)}`,
    'drafts',
    ctx,
    html`<p class="actions"><a href="/console/drafts/${d.id}/export.json" download>Export this story (JSON)</a></p>
<dl class="facts">
  <dt>Status</dt><dd data-testid="draft-status">${d.status}</dd>
  <dt>Tier</dt><dd><span class="tier tier-${d.tier}">${d.tier}</span>${d.sampled ? ` · sampled (rate ${d.sampleRate ?? '?'})` : ''}${d.twoPerson ? ' · two-person rule' : ''}</dd>
  <dt>Account</dt><dd>${d.account.name} (${d.account.id}) · owner ${d.account.ownerSlackId ?? '—'}</dd>
  <dt>To</dt><dd>${d.toName ? `${d.toName} <${d.toEmail}>` : d.toEmail}</dd>
  <dt>From</dt><dd>${d.fromMailbox}</dd>
  <dt>Workflow · template</dt><dd>${d.workflow} · <a href="/console/templates/${encodeURIComponent(d.templateId)}">${d.templateId}</a></dd>
  <dt>Submitted by</dt><dd>${d.client ?? d.source} · external id ${d.externalId} · agent run ${d.agentRunId ?? '—'}</dd>
  <dt>Policy version</dt><dd>${d.policyVersion}</dd>
  <dt>Created · decided · sent</dt><dd>${fmtTime(d.createdAt)} · ${fmtTime(d.decidedAt)}${d.decidedBy ? ` by ${d.decidedBy}` : ''} · ${fmtTime(d.sentAt)}</dd>
  ${d.holdReason ? html`<dt>Held because</dt><dd>${d.holdReason}</dd>` : ''}
</dl>

<section aria-labelledby="h-prompt"><h2 id="h-prompt">What the agent was asked</h2>
<pre class="text" data-testid="prompt">${d.prompt ?? '(no prompt recorded)'}</pre>
<p>Data sources: ${d.dataSources.length ? d.dataSources.join(', ') : '(none recorded)'}</p>
</section>

<section aria-labelledby="h-text"><h2 id="h-text">The draft as written, findings highlighted</h2>
<p class="subject"><span class="k">Subject:</span> <span data-testid="subject">${highlight(d.subject, d.findings, 'subject')}</span></p>
<pre class="text mail" data-testid="body">${highlight(d.body, d.findings, 'body')}</pre>
${edited
  ? html`<h3>The text as ${d.status === 'sent' ? 'sent' : 'it will be sent'} (after edits)</h3>
<p class="subject"><span class="k">Subject:</span> ${sentSubject}</p><pre class="text mail">${sentBody}</pre>`
  : html`<p class="muted">${d.status === 'sent' ? 'Sent exactly as written.' : 'No edits: this is the text that will be sent.'}</p>`}
</section>

<section aria-labelledby="h-why"><h2 id="h-why">Why it was tiered ${d.tier}</h2>
${d.tierReasons.length ? html`<ul>${d.tierReasons.map((r) => html`<li>${r}</li>`)}</ul>` : html`<p class="muted">No reasons recorded (low tier).</p>`}
${table(
  'Findings',
  ['#', 'Kind', 'Severity', 'Field', 'Excerpt', 'Message'],
  d.findings.map((f, i) => [
    html`<span id="finding-${i}">${i + 1}</span>`,
    html`${f.kind}`,
    html`<span class="sev-${f.severity}">${f.severity}</span>`,
    html`${f.field ?? 'body'}`,
    html`<code>${f.excerpt}</code>`,
    html`${(f as { message?: string }).message ?? ''}`,
  ]),
  'none.',
)}
</section>

<section aria-labelledby="h-reviews"><h2 id="h-reviews">Reviews</h2>
${s.reviews.length
  ? s.reviews.map(
      (r) => html`<article class="review"><h3>${r.decision} by ${r.reviewer} · version ${r.draftVersion} · ${r.secondsToDecide === null ? '—' : `${r.secondsToDecide.toFixed(1)} s to decide`}${r.fastApproval ? html` <span class="badge warn">fast approval</span>` : ''}</h3>
<p class="muted">${fmtTime(r.createdAt)}${r.reasonCategory ? ` · ${r.reasonCategory}` : ''}${r.reasonText ? ` — ${r.reasonText}` : ''}</p>${diffBlock(r.diff)}</article>`,
    )
  : html`<p class="empty">No person reviewed this draft${d.tier === 'low' && !d.sampled ? ' (auto-approved by the policy)' : ''}.</p>`}
</section>

<section aria-labelledby="h-sends"><h2 id="h-sends">Send attempts</h2>
${table(
  'Send attempts',
  ['Attempt', 'Transport', 'Status', 'Message id', 'Started', 'Finished', 'Error'],
  s.sends.map((x) => [html`${x.attempt}`, html`${x.transport}`, html`${x.status}`, html`<code>${x.messageId}</code>`, html`${fmtTime(x.startedAt)}`, html`${fmtTime(x.finishedAt)}`, html`${x.error ?? ''}`]),
  'none.',
)}
</section>

<section aria-labelledby="h-audit"><h2 id="h-audit">Audit trail</h2>
<p data-testid="chain-check" class="${s.chain.broken ? 'bad' : 'good'}">Chain check: ${s.chain.ok} of ${s.chain.checked} row(s) verify${s.chain.unsealed ? `, ${s.chain.unsealed} not sealed yet` : ''}${s.chain.broken ? `, ${s.chain.broken} DO NOT VERIFY` : ''}.</p>
${table(
  'Audit rows of this draft',
  ['Seq', 'At', 'Actor', 'Action', 'Data', 'Chain'],
  s.audit.map((a) => [
    html`${a.seq ?? '—'}`,
    html`${fmtTime(a.at)}`,
    html`${describeActor(a.actor as Actor)}`,
    html`${a.action}`,
    html`<code class="data">${JSON.stringify(a.data)}</code>`,
    html`<span class="chain-${a.chain}">${a.chain}</span>`,
  ]),
)}
</section>`,
  );
}
