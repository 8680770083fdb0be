/**
 * importAccounts: upsert a parsed book by id in one transaction, with one audit row.
 * A file with any bad row imports nothing (the caller parses first; see parse.ts).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import type { Account } from '../detect/types.js';
import { AppError } from '../lib/errors.js';
import { parseAccounts, type ColumnReport, type RowError } from './parse.js';
import type { ColumnMapping } from './mapping.js';

export interface ImportReport {
  inserted: number;
  updated: number;
  rejected: RowError[];
  total: number;
  /** What became of every column of the file (custom, sensitive, ignored, suspect). */
  columns?: ColumnReport | undefined;
}

export async function importAccounts(db: Db, input: { accounts: Account[]; actor: Actor; source: string }): Promise<ImportReport> {
  let inserted = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < input.accounts.length; i += 500) {
      const chunk = input.accounts.slice(i, i + 500);
      const rows = await tx
        .insert(accounts)
        .values(
          chunk.map((a) => ({
            id: a.id,
            name: a.name,
            domain: a.domain,
            domains: a.domains ?? [],
            aliases: a.aliases,
            valueUsd: a.valueUsd,
            segment: a.segment,
            strategic: a.strategic,
            namedOpportunity: a.namedOpportunity,
            ownerSlackId: a.ownerSlackId,
            ownerEmail: a.ownerEmail,
            doNotContact: a.doNotContact,
            sensitive: a.sensitive,
            facts: a.facts,
            custom: a.custom,
          })),
        )
        .onConflictDoUpdate({
          target: accounts.id,
          set: {
            name: sql`excluded.name`,
            domain: sql`excluded.domain`,
            domains: sql`excluded.domains`,
            aliases: sql`excluded.aliases`,
            valueUsd: sql`excluded.value_usd`,
            segment: sql`excluded.segment`,
            strategic: sql`excluded.strategic`,
            namedOpportunity: sql`excluded.named_opportunity`,
            ownerSlackId: sql`excluded.owner_slack_id`,
            ownerEmail: sql`excluded.owner_email`,
            doNotContact: sql`excluded.do_not_contact`,
            sensitive: sql`excluded.sensitive`,
            facts: sql`excluded.facts`,
            custom: sql`excluded.custom`,
            updatedAt: sql`now()`,
          },
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      for (const r of rows) r.inserted ? inserted++ : updated++;
    }
    await appendAudit(tx, {
      actor: input.actor,
      action: 'accounts.imported',
      subject: 'accounts',
      data: { source: input.source, inserted, updated, total: input.accounts.length, ids: input.accounts.map((a) => a.id) },
    });
  });
  return { inserted, updated, rejected: [], total: input.accounts.length };
}

/** Parse then import; a bad row means nothing is written and the errors are thrown as UNPROCESSABLE. */
export async function importAccountsText(
  db: Db,
  input: { text: string; format: 'csv' | 'json'; actor: Actor; source: string; sensitiveFields?: string[]; mapping?: ColumnMapping | null },
): Promise<ImportReport> {
  const parsed = parseAccounts(input.text, input.format, { sensitiveFields: input.sensitiveFields ?? [], mapping: input.mapping ?? null });
  if (!parsed.ok) {
    throw new AppError('UNPROCESSABLE', `${parsed.errors.length} row(s) rejected; nothing was imported`, {
      errors: parsed.errors.map((e) => ({ path: `line ${e.line}${e.id ? ` (id ${e.id})` : ''}`, message: e.reason })),
      rejected: parsed.errors,
    });
  }
  const report = await importAccounts(db, { accounts: parsed.accounts, actor: input.actor, source: input.source });
  return { ...report, columns: parsed.columns };
}

