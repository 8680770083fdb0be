/**
 * importAccounts: upsert a parsed book by id in one transaction, with one audit row, snapshotting
 * what it changes (snapshots.ts); with `safety` (the policy's `imports:`) a risky import is staged
 * for an owner instead. A file with any bad row imports nothing (the caller parses first; parse.ts).
 */
import type { Db } from '../db/client.js';
import type { Actor } from '../audit/actor.js';
import type { Account } from '../detect/types.js';
import { AppError } from '../lib/errors.js';
import { parseAccounts, type ColumnReport, type RowError } from './parse.js';
import type { ColumnMapping } from './mapping.js';
import { applyImport, type ImportSafety, type ImportSummary } from './snapshots.js';

export interface ImportReport {
  inserted: number;
  updated: number;
  rejected: RowError[];
  total: number;
  /** What became of every column of the file (custom, sensitive, ignored, suspect). */
  columns?: ColumnReport | undefined;
  /** The import's number in `draftgate import history` (its snapshot, for rollback). */
  importId?: number;
  /** Set when the import was staged for an owner instead of applied (nothing changed). */
  staged?: { reason: string };
  summary?: ImportSummary;
}

export async function importAccounts(db: Db, input: { accounts: Account[]; actor: Actor; source: string; safety?: ImportSafety | undefined }): Promise<ImportReport> {
  // Snapshot, diff, then stage or apply: src/accounts/snapshots.ts.
  const r = await applyImport(db, input);
  if (r.status === 'staged') return { inserted: 0, updated: 0, rejected: [], total: input.accounts.length, importId: r.importId, staged: { reason: r.reason }, summary: r.summary };
  return { inserted: r.inserted, updated: r.updated, rejected: [], total: input.accounts.length, importId: r.importId, summary: r.summary };
}

/** Parse then import; a bad row means nothing is written and the errors are thrown as UNPROCESSABLE. */
export async function importAccountsText(
  db: Db,
  input: { text: string; format: 'csv' | 'json'; actor: Actor; source: string; sensitiveFields?: string[]; mapping?: ColumnMapping | null; safety?: ImportSafety | undefined },
): Promise<ImportReport> {
  const parsed = parseAccounts(input.text, input.format, { sensitiveFields: input.sensitiveFields ?? [], mapping: input.mapping ?? null });
  if (!parsed.ok) {
    throw new AppError('UNPROCESSABLE', `${parsed.errors.length} row(s) rejected; nothing was imported`, {
      errors: parsed.errors.map((e) => ({ path: `line ${e.line}${e.id ? ` (id ${e.id})` : ''}`, message: e.reason })),
      rejected: parsed.errors,
    });
  }
  const report = await importAccounts(db, { accounts: parsed.accounts, actor: input.actor, source: input.source, safety: input.safety });
  return { ...report, columns: parsed.columns };
}

