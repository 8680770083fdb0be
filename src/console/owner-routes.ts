/**
 * Console pages beyond the overview and drafts: Templates, Reviewers, Policy, Audit.
 *   GET  /console/templates, /console/templates/:id          (owners)
 *   GET  /console/reviewers, /console/reviewers/:id          (owners; approvers see only themselves)
 *   GET  /console/policy[?a=&b=][?suggestion=N]              (owners)
 *   POST /console/policy/validate  text body → {ok, errors:[{path, line, message}]}   (owners; CSRF header)
 *   POST /console/policy/backtest  form {yaml, days} → the page with the backtest and an apply form
 *   POST /console/policy/apply     form {yaml, comment} → applyPolicy, 303 /console/policy?ok=applied
 *   GET  /console/audit[?actor&action&subject], /console/audit/export?format=jsonl|csv   (owners)
 *   GET  /console/book, /console/book/imports/:id                                        (owners)
 *   POST /console/book/import  multipart {file, preset?} → parse (a CRM's export as it came) and
 *        applyImport with the policy's import safety: applied, staged, or 422 listing the bad rows
 *        with nothing imported (owners; anyone else refused and audited: accounts.import_denied)
 *   POST /console/book/imports/:id/apply|discard|rollback → confirmImport / discardImport /
 *        rollbackImport, 303 back to the import (owners; refusals audited)
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { stream } from 'hono/streaming';
import type { Deps } from '../deps.js';
import { AppError, type FieldError } from '../lib/errors.js';
import { parsePolicy } from '../policy/schema.js';
import type { BacktestReport } from '../policy/backtest.js';
import { buildBook } from '../detect/book.js';
import { applyPolicy, getActivePolicy, readPolicyFile } from '../policy-store/store.js';
import { backtestInSlices, loadBacktestRows } from '../policy-store/backtest-load.js';
import { lineDiff } from '../review/diff.js';
import { buildDigest } from '../reports/digest.js';
import { listTemplates, templateSeries } from '../reports/console-templates.js';
import { listReviewers, reviewerDecisions } from '../reports/console-reviewers.js';
import { listPolicyVersions, policyTexts } from '../reports/console-policy.js';
import { AuditFilter, auditHealth, exportAuditFiltered, listAudit } from '../reports/console-audit.js';
import type { ConsoleEnv } from './routes.js';
import type { Html } from './layout.js';
import { auditPage, reviewerPage, reviewersPage, templatePage, templatesPage } from './pages/reports.js';
import { policyPage, type PolicyPageInput } from './pages/policy.js';
import { consoleActor } from './sessions.js';
import { requireOwner } from './authorize.js';
import { bookOverview } from '../reports/console-book.js';
import { bookPage, importPage, type UploadResult } from './pages/book.js';
import { importAccountsText } from '../accounts/import.js';
import { resolveMapping } from '../accounts/mapping.js';
import { describeColumns, type RowError } from '../accounts/parse.js';
import { confirmImport, discardImport, rollbackImport, showImport } from '../accounts/snapshots.js';
import { invalidateBook } from '../accounts/book.js';
import { decodeText } from '../lib/text-encoding.js';

export interface RouteKit {
  gate(key: string): MiddlewareHandler<ConsoleEnv>;
  render(c: Context, page: Html, status?: number): Promise<Response>;
  readForm(c: Context, maxBytes: number): Promise<Record<string, string>>;
  flashFrom(c: Context): { kind: 'ok' | 'error'; text: string } | null;
}

function policyErrors(yaml: string): FieldError[] {
  const r = parsePolicy(yaml);
  return r.ok ? [] : r.errors.map((e) => ({ path: e.line ? `${e.path} (line ${e.line})` : e.path, message: e.message }));
}

export function registerConsoleOwnerRoutes(con: Hono<ConsoleEnv>, deps: Deps, kit: RouteKit): void {
  const { gate, render, readForm } = kit;

  // ---- Templates -----------------------------------------------------------------------------
  con.get('/templates', gate('templates'), async (c) => render(c, templatesPage(await listTemplates(deps), c.get('page'))));
  con.get('/templates/:id', gate('templates'), async (c) => {
    const id = c.req.param('id');
    const [series, rows] = await Promise.all([templateSeries(deps, id), listTemplates(deps)]);
    return render(c, templatePage(series, rows.find((r) => r.templateId === id), c.get('page')));
  });

  // ---- Reviewers -----------------------------------------------------------------------------
  con.get('/reviewers', gate('reviewers'), async (c) => {
    const me = c.get('role') === 'owner' ? undefined : c.get('session').slackUserId;
    return render(c, reviewersPage(await listReviewers(deps, { only: me }), c.get('page')));
  });
  con.get('/reviewers/:id', gate('reviewers'), async (c) => {
    const id = c.req.param('id');
    if (c.get('role') !== 'owner' && id !== c.get('session').slackUserId) throw new AppError('FORBIDDEN', 'You may see your own decisions only.');
    const [summary, rows] = await Promise.all([listReviewers(deps, { only: id }), reviewerDecisions(deps, id)]);
    return render(c, reviewerPage(id, summary[0], rows, c.get('page')));
  });

  // ---- Policy --------------------------------------------------------------------------------
  async function policyInput(c: Context<ConsoleEnv>, over: Partial<PolicyPageInput>): Promise<PolicyPageInput> {
    const active = await getActivePolicy(deps.db, { fresh: true });
    const versions = await listPolicyVersions(deps);
    const a = Number(c.req.query('a'));
    const b = Number(c.req.query('b'));
    let diff: PolicyPageInput['diff'] = null;
    if (a && b) {
      const texts = await policyTexts(deps, [a, b]);
      if (texts.has(a) && texts.has(b)) diff = { a, b, text: lineDiff(texts.get(a)!, texts.get(b)!) };
    }
    return {
      active: { version: active.version, comment: active.comment, appliedAt: active.appliedAt ? active.appliedAt.toISOString() : null },
      versions,
      candidate: active.yaml || (await readPolicyFile()),
      diff,
      errors: [],
      backtest: null,
      days: 30,
      suggestions: [],
      suggestionsLoaded: false,
      ...over,
    };
  }

  con.get('/policy', gate('policy'), async (c) => {
    // The weekly digest's calibration suggestions, on request (the digest reads a week of reviews).
    const wanted = c.req.query('suggestions') !== undefined || c.req.query('suggestion') !== undefined;
    const digest = wanted ? await buildDigest(deps, { since: new Date(deps.now().getTime() - 7 * 86_400_000) }) : null;
    const suggestions = (digest?.suggestions ?? []).map((s, index) => ({ title: s.title, why: s.why, index }));
    const pick = digest?.suggestions[Number(c.req.query('suggestion'))];
    const over: Partial<PolicyPageInput> = { suggestions, suggestionsLoaded: wanted };
    if (pick) over.candidate = pick.yaml;
    const flash = pick ? { kind: 'ok' as const, text: `Suggestion opened as the candidate: ${pick.title}. Backtest it before applying.` } : kit.flashFrom(c);
    return render(c, policyPage(await policyInput(c, over), c.get('page'), flash));
  });

  con.post('/policy/validate', gate('policy'), async (c) => {
    const len = Number(c.req.header('content-length') ?? 0);
    if (len > deps.config.MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'policy too large');
    const errors = policyErrors(await c.req.text());
    return c.json({ ok: errors.length === 0, errors });
  });

  con.post('/policy/backtest', gate('policy'), async (c) => {
    const form = await readForm(c, deps.config.MAX_BODY_BYTES);
    const yaml = form.yaml ?? '';
    const days = Math.min(365, Math.max(1, Math.round(Number(form.days) || 30)));
    const parsed = parsePolicy(yaml);
    if (!parsed.ok) {
      return render(c, policyPage(await policyInput(c, { candidate: yaml, days, errors: policyErrors(yaml) }), c.get('page'), { kind: 'error', text: 'The candidate policy is invalid; nothing was run.' }), 422);
    }
    const active = await getActivePolicy(deps.db, { fresh: true });
    const { rows, book, periodDrafts } = await loadBacktestRows(deps.db, deps.sql, new Date(deps.now().getTime() - days * 86_400_000));
    const report: BacktestReport = await backtestInSlices(rows, parsed.policy, active.policy, buildBook(book, { sensitiveFields: parsed.policy.sensitive_fields }), periodDrafts);
    return render(c, policyPage(await policyInput(c, { candidate: yaml, days, backtest: report }), c.get('page'), null));
  });

  // Not gated: requireOwner refuses and audits (policy.apply_denied) anyone else.
  con.post('/policy/apply', async (c) => {
    const form = await readForm(c, deps.config.MAX_BODY_BYTES);
    const user = c.get('session').slackUserId;
    await requireOwner(deps, user, 'policy.apply', 'policy:console');
    const comment = (form.comment ?? '').trim();
    if (comment.length < 3) throw new AppError('UNPROCESSABLE', 'a comment is required to apply a policy', { errors: [{ path: 'comment', message: 'say why (kept in the audit trail)' }] });
    const p = await applyPolicy(deps.db, { yaml: form.yaml ?? '', comment, actor: consoleActor(user) });
    return c.redirect(`/console/policy?ok=applied&what=${encodeURIComponent(`version ${p.version}`)}`, 303);
  });

  // ---- Book ----------------------------------------------------------------------------------
  const bookView = async (c: Context<ConsoleEnv>, flash: ReturnType<RouteKit['flashFrom']>, upload: UploadResult | null = null, status = 200) => {
    const { figures, imports } = await bookOverview(deps);
    return render(c, bookPage(figures, imports, c.get('page'), flash, upload), status);
  };
  con.get('/book', gate('book'), async (c) => bookView(c, kit.flashFrom(c)));
  con.get('/book/imports/:id{[0-9]+}', gate('book'), async (c) => render(c, importPage(await showImport(deps.db, Number(c.req.param('id'))), c.get('page'), kit.flashFrom(c))));

  // Not gated: requireOwner refuses and audits anyone else.
  con.post('/book/import', async (c) => {
    const user = c.get('session').slackUserId;
    await requireOwner(deps, user, 'accounts.import', 'accounts:console');
    // The CSRF check already parsed (and cached) the multipart body.
    const body = await c.req.parseBody();
    const file = body.file;
    if (typeof file !== 'object' || file.size === 0) throw new AppError('UNPROCESSABLE', 'choose a file to import', { errors: [{ path: 'file', message: 'no file was sent, or it is empty' }] });
    const preset = typeof body.preset === 'string' && body.preset !== '' ? body.preset : undefined;
    const mapping = preset === undefined ? null : resolveMapping({ preset });
    if (mapping !== null && !mapping.ok) throw new AppError('UNPROCESSABLE', mapping.error, { errors: [{ path: 'preset', message: mapping.error }] });
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) throw new AppError('UNPROCESSABLE', decoded.error);
    const format = /\.json$/i.test(file.name) || /^\s*[[{]/.test(decoded.text) ? 'json' : 'csv';
    const notes = decoded.encoding === 'utf-8' ? [] : [`the file is not UTF-8: read as ${decoded.encoding}`];
    const { policy } = await getActivePolicy(deps.db, { fresh: true });
    const safety = { share: policy.imports.confirm_share, doNotContactLifted: policy.imports.confirm_do_not_contact_lifted };
    try {
      const r = await importAccountsText(deps.db, { text: decoded.text, format, actor: consoleActor(user), source: `console:${file.name}`, sensitiveFields: policy.sensitive_fields, mapping: mapping?.mapping ?? null, safety });
      if (!r.staged) invalidateBook(deps.db);
      notes.push(...(r.columns ? describeColumns(r.columns, { chooseWith: '"Read as"' }) : []));
      const flash = r.staged
        ? { kind: 'error' as const, text: `Import ${r.importId} is staged, not applied: ${r.staged.reason}. Open it to see every change, then apply or discard it.` }
        : { kind: 'ok' as const, text: `Import ${r.importId} applied: ${r.inserted} account(s) added, ${r.updated} updated.` };
      return bookView(c, flash, { file: file.name, notes, errors: [] });
    } catch (e) {
      const rejected = e instanceof AppError ? (e.extra as { rejected?: RowError[] }).rejected : undefined;
      if (!rejected) throw e;
      return bookView(c, { kind: 'error', text: `${rejected.length} row(s) refused; nothing was imported.` }, { file: file.name, notes, errors: rejected }, 422);
    }
  });

  con.post('/book/imports/:id{[0-9]+}/:verb{apply|discard|rollback}', async (c) => {
    const id = Number(c.req.param('id'));
    const verb = c.req.param('verb') as 'apply' | 'discard' | 'rollback';
    const user = c.get('session').slackUserId;
    await requireOwner(deps, user, `accounts.import_${verb}`, `import:${id}`);
    const actor = consoleActor(user);
    let what: string;
    if (verb === 'apply') {
      const r = await confirmImport(deps.db, { id, actor });
      what = `${r.inserted} added, ${r.updated} updated`;
    } else if (verb === 'discard') {
      await discardImport(deps.db, { id, actor });
      what = `import ${id}`;
    } else {
      const r = await rollbackImport(deps.db, { id, actor });
      what = `${r.restored} restored, ${r.deleted} removed`;
    }
    if (verb !== 'discard') invalidateBook(deps.db);
    return c.redirect(`/console/book/imports/${id}?ok=import_${verb}&what=${encodeURIComponent(what)}`, 303);
  });

  // ---- Audit ---------------------------------------------------------------------------------
  const filterOf = (c: Context) => AuditFilter.parse(Object.fromEntries(Object.entries(c.req.query()).filter(([k, v]) => v !== '' && ['actor', 'action', 'subject'].includes(k))));
  con.get('/audit', gate('audit'), async (c) => {
    const f = filterOf(c);
    const [health, rows] = await Promise.all([auditHealth(deps.sql, deps.now().getTime()), listAudit(deps.sql, f)]);
    return render(c, auditPage(health, rows, f, c.get('page')));
  });
  con.get('/audit/export', gate('audit'), async (c) => {
    const f = filterOf(c);
    const format = c.req.query('format') === 'csv' ? 'csv' : 'jsonl';
    c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    c.header('content-disposition', `attachment; filename="audit.${format}"`);
    return stream(c, async (s) => {
      const chunks: string[] = [];
      await exportAuditFiltered(deps.sql, f, format, (x) => {
        chunks.push(x);
      });
      for (let i = 0; i < chunks.length; i += 500) await s.write(chunks.slice(i, i + 500).join(''));
    });
  });
}
