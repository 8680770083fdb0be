/**
 * The Book (automaton over every account name, alias, domain and sensitive value) is expensive to
 * build, so each process keeps one per database handle. It must match the accounts table: the
 * caller passes the table's stamp (max(updated_at) + row count, read in the same query that loads
 * the draft's accounts), and a different stamp or a different sensitive-field list rebuilds it.
 * Imports in this process also call invalidateBook.
 */
import { buildBook, type Book } from '../detect/book.js';
import type { Db } from '../db/client.js';
import { accounts } from '../db/schema.js';
import { rowToAccount } from '../accounts/import.js';

interface Entry {
  stamp: string;
  fields: string;
  book: Promise<Book>;
}
const cache = new WeakMap<Db, Entry>();

/** SQL fragment text producing the stamp; kept here so readers and the cache agree. */
export const BOOK_STAMP_SQL = `(select coalesce(max(updated_at)::text, '-') || '/' || count(*) from accounts)`;

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

export function invalidateBook(db: Db): void {
  cache.delete(db);
}
