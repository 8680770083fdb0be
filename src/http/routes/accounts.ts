/**
 * Account routes.
 *   GET  /v1/accounts/:id/context?workflow=…  (accounts:read)  the workflow's scoped view · 404 · 422
 *   POST /v1/accounts/import  (accounts:write)  text/csv or application/json · 200 applied (with its
 *        import id) · 202 {staged, reason, summary}: a risky import (policy imports:) waits for an
 *        owner (`draftgate import apply N --confirm`), nothing changed · 422 lists every bad row
 */
import type { Hono } from 'hono';
import type { Deps } from '../../deps.js';
import { AppError, zodFieldErrors } from '../../lib/errors.js';
import { authenticate, requireScope, tokenActor } from '../../tokens/auth.js';
import { readDocument } from '../body.js';
import { AccountContextQuery, getAccountContext } from '../../accounts/context.js';
import { importAccountsText } from '../../accounts/import.js';
import { resolveMapping } from '../../accounts/mapping.js';
import { getActivePolicy } from '../../policy-store/store.js';
import { invalidateBook } from '../../accounts/book.js';
import type { AppEnv } from '../env.js';

export function registerAccountRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/accounts/:id/context', authenticate(deps), requireScope(deps, 'accounts:read'), async (c) => {
    const q = AccountContextQuery.safeParse({ workflow: c.req.query('workflow') });
    if (!q.success) throw new AppError('UNPROCESSABLE', 'query failed validation', { errors: zodFieldErrors(q.error.issues) });
    const token = c.get('token');
    return c.json(await getAccountContext(deps, { accountId: c.req.param('id'), workflow: q.data.workflow, allowedWorkflows: token.workflows }));
  });

  app.post('/v1/accounts/import', authenticate(deps), requireScope(deps, 'accounts:write'), async (c) => {
    const doc = await readDocument(c, deps.config.MAX_BODY_BYTES);
    const token = c.get('token');
    const { policy } = await getActivePolicy(deps.db);
    // ?preset=salesforce|hubspot|dynamics|zoho|pipedrive reads a CRM's standard export by its own
    // column names; without it, a header one preset reads best is recognized (`columns.preset`).
    const preset = c.req.query('preset');
    const mapping = preset === undefined ? null : resolveMapping({ preset });
    if (mapping !== null && !mapping.ok) throw new AppError('UNPROCESSABLE', mapping.error, { errors: [{ path: 'preset', message: mapping.error }] });
    const safety = { share: policy.imports.confirm_share, doNotContactLifted: policy.imports.confirm_do_not_contact_lifted };
    const report = await importAccountsText(deps.db, { text: doc.text, format: doc.format, actor: tokenActor(token), source: `api:${token.name}`, sensitiveFields: policy.sensitive_fields, mapping: mapping?.mapping ?? null, safety });
    // A body that was not UTF-8 says how it was read (Windows-1252: Excel's "CSV" on Windows).
    const encoding = doc.encoding === 'utf-8' ? {} : { encoding: doc.encoding };
    if (report.staged) return c.json({ staged: report.importId, reason: report.staged.reason, summary: report.summary, ...encoding }, 202);
    invalidateBook(deps.db);
    return c.json({ ...report, ...encoding }, 200);
  });
}
