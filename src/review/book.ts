/**
 * The compiled book (all accounts) for re-scanning edited drafts. Built from Postgres and cached
 * per Db; the cache key is (count, latest updated_at, sensitive fields), checked with one cheap
 * query per use so an import is picked up at the next edit.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts } from '../db/schema.js';
import { buildBook, type Book } from '../detect/book.js';
import type { Account } from '../detect/types.js';

const cache = new WeakMap<Db, { key: string; book: Book }>();

export function rowToAccount(r: typeof accounts.$inferSelect): Account {
  return {
    id: r.id, name: r.name, domain: r.domain, domains: r.domains, aliases: r.aliases, valueUsd: r.valueUsd, segment: r.segment, strategic: r.strategic,
    namedOpportunity: r.namedOpportunity, ownerSlackId: r.ownerSlackId, ownerEmail: r.ownerEmail, doNotContact: r.doNotContact,
    sensitive: r.sensitive, facts: r.facts, custom: r.custom,
  };
}

export async function loadBook(db: Db, sensitiveFields: string[]): Promise<Book> {
  const [stamp] = await db.select({ n: sql<number>`count(*)::int`, at: sql<string>`coalesce(max(${accounts.updatedAt})::text, '')` }).from(accounts);
  const key = `${stamp?.n}:${stamp?.at}:${sensitiveFields.join(',')}`;
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.book;
  const rows = await db.select().from(accounts);
  const book = buildBook(rows.map(rowToAccount), { sensitiveFields });
  cache.set(db, { key, book });
  return book;
}
