/**
 * The book as the detectors see it, loaded from Postgres: `rowToAccount` (the one row → Account
 * mapping) and one cache of the compiled Book (the automaton over every account name, alias,
 * domain and sensitive value), used by intake and by the edit re-scan.
 *
 * Building the Book is expensive, so each process keeps one per database handle. It must match the
 * accounts table: it is keyed by the book's stamp and the sensitive-field list; a different stamp
 * or list rebuilds it. The stamp is read from the import ledger (account_imports), not from the
 * accounts table: every write to accounts is an import applied, a staged import applied, or an
 * import rolled back (src/accounts/snapshots.ts, the only writer), each recorded in the ledger in
 * the same transaction, and (highest id, applied count, rolled-back count) changes with each of
 * them and never comes back to an earlier value. Reading it is a few-row lookup; the former stamp
 * (max(updated_at) + count(*) over accounts) scanned the whole book on every request. Intake
 * reads the stamp in the same round trip that loads the draft's accounts (`BOOK_STAMP_SQL` +
 * `getBook`); `loadBook` reads it itself. Imports in this process also call `invalidateBook`.
 * A new writer of accounts must record itself in account_imports too.
 */
import { sql } from 'drizzle-orm';
import { buildBook, type Book } from '../detect/book.js';
import type { Account } from '../detect/types.js';
import type { Db } from '../db/client.js';
import { accounts } from '../db/schema.js';

export function rowToAccount(r: typeof accounts.$inferSelect): Account {
  return {
    id: r.id,
    name: r.name,
    domain: r.domain,
    domains: r.domains,
    aliases: r.aliases,
    valueUsd: r.valueUsd,
    segment: r.segment,
    strategic: r.strategic,
    namedOpportunity: r.namedOpportunity,
    ownerSlackId: r.ownerSlackId,
    ownerEmail: r.ownerEmail,
    doNotContact: r.doNotContact,
    sensitive: r.sensitive,
    facts: r.facts,
    custom: r.custom,
  };
}

/**
 * The same mapping for an accounts row read as JSON (`json_agg(accounts)` or `to_json`), as intake
 * does to load a batch's accounts in the round trip that reads everything else it needs.
 */
export function jsonToAccount(j: Record<string, unknown>): Account {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rowToAccount({
    id: String(j.id),
    name: String(j.name),
    domain: String(j.domain),
    domains: (j.domains as string[] | null) ?? [],
    aliases: (j.aliases as string[] | null) ?? [],
    valueUsd: Number(j.value_usd),
    segment: String(j.segment ?? ''),
    strategic: j.strategic === true,
    namedOpportunity: str(j.named_opportunity),
    ownerSlackId: str(j.owner_slack_id),
    ownerEmail: str(j.owner_email),
    doNotContact: j.do_not_contact === true,
    sensitive: (j.sensitive as Record<string, string> | null) ?? {},
    facts: (j.facts as string[] | null) ?? [],
    custom: (j.custom as Record<string, string> | null) ?? {},
    createdAt: new Date(String(j.created_at)),
    updatedAt: new Date(String(j.updated_at)),
  });
}

interface Entry {
  stamp: string;
  fields: string;
  book: Promise<Book>;
}
const cache = new WeakMap<Db, Entry>();

/** SQL fragment text producing the stamp; kept here so readers and the cache agree. */
export const BOOK_STAMP_SQL =
  `(select coalesce(max(id), 0) || '/' || count(*) filter (where status = 'applied') || '/' || count(*) filter (where status = 'rolled_back') from account_imports)`;

/** The Book for this stamp (read by the caller with BOOK_STAMP_SQL), built once per stamp and field list. */
export function getBook(db: Db, stamp: string, sensitiveFields: string[]): Promise<Book> {
  const fields = sensitiveFields.join(',');
  const hit = cache.get(db);
  if (hit && hit.stamp === stamp && hit.fields === fields) return hit.book;
  const book = db
    .select()
    .from(accounts)
    .orderBy(accounts.id)
    .then((rows) => buildBook(rows.map(rowToAccount), { sensitiveFields }));
  cache.set(db, { stamp, fields, book });
  book.catch(() => cache.get(db)?.book === book && cache.delete(db));
  return book;
}

/** The current Book: reads the stamp (one cheap query), then `getBook`. */
export async function loadBook(db: Db, sensitiveFields: string[]): Promise<Book> {
  const rows = await db.execute<{ stamp: string }>(sql.raw(`select ${BOOK_STAMP_SQL} as stamp`));
  return getBook(db, rows[0]!.stamp, sensitiveFields);
}

export function invalidateBook(db: Db): void {
  cache.delete(db);
}
