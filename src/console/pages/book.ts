/**
 * Book: the accounts the gate checks drafts against, how they got there, and a new import.
 * The upload reads a CRM's export as it came (the preset is recognized from its header unless one
 * is chosen); a risky import is staged for an owner to apply or discard; an applied one can be
 * rolled back. Every action is one verb of src/accounts/snapshots.ts, audited there.
 */
import { html } from 'hono/html';
import type { BookFigures } from '../../reports/console-book.js';
import type { ImportDetail, ImportListItem, ImportSummary } from '../../accounts/snapshots.js';
import type { RowError } from '../../accounts/parse.js';
import { PRESETS } from '../../accounts/mapping.js';
import { Actor, describeActor } from '../../audit/actor.js';
import { csrfField, fmtTime, layout, pct, table, type Html, type PageContext } from '../layout.js';

type Flash = { kind: 'ok' | 'error'; text: string } | null;

/** What the last upload did, shown above the history: how its columns were read, or why nothing was. */
export interface UploadResult {
  file: string;
  /** describeColumns lines (preset recognized, custom, suspect, ignored, footer) and the encoding, when read. */
  notes: string[];
  /** Rows refused (nothing was imported). */
  errors: RowError[];
}

/** The import's actor as the audit trail describes it ("rep U123", "cli sam", "system demo"). */
function who(actor: unknown): string {
  const a = Actor.safeParse(actor);
  return a.success ? describeActor(a.data) : '?';
}

function flips(s: ImportSummary): Html {
  const parts: Html[] = [];
  if (s.doNotContactLifted.length) parts.push(html`<span class="badge warn bad">do-not-contact lifted ×${s.doNotContactLifted.length}</span>`);
  if (s.doNotContactSet.length) parts.push(html`<span class="badge warn">do-not-contact set ×${s.doNotContactSet.length}</span>`);
  if (s.strategicOn.length || s.strategicOff.length) parts.push(html`<span class="badge warn">strategic +${s.strategicOn.length}/−${s.strategicOff.length}</span>`);
  return html`${parts}`;
}

function actions(i: { id: number; status: string }, ctx: PageContext): Html {
  const form = (verb: string, label: string, cls = '') =>
    html`<form method="post" action="/console/book/imports/${i.id}/${verb}" class="inline">${csrfField(ctx)}<button type="submit"${cls ? html` class="${cls}"` : ''} data-testid="import-${verb}-${i.id}">${label}</button></form>`;
  if (i.status === 'staged') return html`${form('apply', 'Apply', 'danger')} ${form('discard', 'Discard')}`;
  if (i.status === 'applied') return form('rollback', 'Roll back');
  return html``;
}

function uploadForm(ctx: PageContext): Html {
  return html`<form method="post" action="/console/book/import" enctype="multipart/form-data" class="card" id="book-upload">
${csrfField(ctx)}
<label for="book-file">CRM export (CSV or JSON)</label>
<input id="book-file" name="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" required>
<label for="book-preset">Read as</label>
<select id="book-preset" name="preset">
<option value="">recognize from the header (or our column names)</option>
${PRESETS.map((p) => html`<option value="${p}">${p} export</option>`)}
</select>
<button type="submit">Import</button>
<p class="muted">UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated. A file with one bad row imports nothing, and every bad row is listed. An import that would change more of the book than the policy's <code>imports.confirm_share</code>, or lift a do-not-contact flag, waits here for an owner to apply it.</p>
</form>`;
}

function uploadResult(r: UploadResult): Html {
  return html`<section class="card" aria-labelledby="h-upload" data-testid="upload-result"><h2 id="h-upload">${r.errors.length ? `${r.file}: nothing was imported` : r.file}</h2>
${r.notes.length ? html`<ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${r.errors.length
  ? table(
    r.errors.length > 100 ? `The first 100 of ${r.errors.length} rows refused` : `${r.errors.length} row(s) refused`,
    ['Line', 'Id', 'Why'],
    r.errors.slice(0, 100).map((e) => [html`${e.line}`, html`${e.id ?? '—'}`, html`${e.reason}`]),
  )
  : ''}
</section>`;
}

export function bookPage(figures: BookFigures, imports: ImportListItem[], ctx: PageContext, flash: Flash, upload: UploadResult | null = null): Html {
  const f = figures;
  return layout(
    'Book',
    'book',
    ctx,
    html`<p data-testid="book-figures"><strong>${f.accounts.toLocaleString('en-US')}</strong> accounts · ${f.doNotContact} do-not-contact · ${f.strategic} strategic · ${f.namedOpportunity} with an open opportunity · ${f.withSensitive} with sensitive CRM values · ${f.noOwner} with no owner (their drafts go to the default reviewers)</p>
${upload ? uploadResult(upload) : ''}
<div class="grid2">
<section aria-labelledby="h-import"><h2 id="h-import">Import</h2>
${uploadForm(ctx)}
</section>
<section aria-labelledby="h-imports"><h2 id="h-imports">Imports</h2>
${table(
  'The latest imports',
  ['#', 'When', 'By', 'Status', 'Rows', 'Flags', ''],
  imports.map((i) => [
    html`<a href="/console/book/imports/${i.id}">${i.id}</a>`,
    html`${fmtTime(i.createdAt)}`,
    html`${who(i.actor)}`,
    html`${i.status.replace('_', ' ')}${i.stagedReason ? html`<br><span class="muted">${i.stagedReason}</span>` : ''}`,
    html`${i.summary.total}: ${i.summary.added} added, ${i.summary.changed} changed (${pct(i.summary.shareChanged)})`,
    flips(i.summary),
    actions(i, ctx),
  ]),
  'no import yet.',
)}
</section>
</div>`,
    { flash },
  );
}

const show = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function importPage(d: ImportDetail, ctx: PageContext, flash: Flash): Html {
  const s = d.summary;
  const shown = d.changes.slice(0, 500);
  const names = (label: string, ids: string[]) => (ids.length ? html`<li>${label}: ${ids.slice(0, 50).join(', ')}${ids.length > 50 ? ` and ${ids.length - 50} more` : ''}</li>` : '');
  return layout(
    `Import ${d.id}`,
    'book',
    ctx,
    html`<p>${d.status.replace('_', ' ')} · by ${who(d.actor)} · ${fmtTime(d.createdAt)}${d.appliedAt ? ` · applied ${fmtTime(d.appliedAt)}` : ''}${d.rolledBackAt ? ` · rolled back ${fmtTime(d.rolledBackAt)}` : ''} · <a href="/console/book">all imports</a></p>
${d.stagedReason ? html`<p class="flash error" role="status">Staged because ${d.stagedReason}.</p>` : ''}
<p data-testid="import-summary">${s.total} rows: ${s.added} added, ${s.changed} changed (${pct(s.shareChanged)} of ${s.bookSizeBefore}), ${s.unchanged} unchanged.</p>
<ul>${names('Do-not-contact lifted', s.doNotContactLifted)}${names('Do-not-contact set', s.doNotContactSet)}${names('Strategic on', s.strategicOn)}${names('Strategic off', s.strategicOff)}</ul>
<p>${actions(d, ctx)}</p>
${table(
  shown.length < d.changes.length ? `The first ${shown.length} of ${d.changes.length} accounts added or changed` : `${d.changes.length} account(s) added or changed`,
  ['Account', 'Change'],
  shown.map((c) => [
    html`${c.id}`,
    c.kind === 'added' ? html`added` : html`<ul>${c.fields.map((f) => html`<li><code>${f.field}</code>: ${show(f.before)} → ${show(f.after)}</li>`)}</ul>`,
  ]),
  'nothing changes.',
)}`,
    { flash },
  );
}
