/** Stream the audit trail as JSONL or CSV, sealed rows in seq order then any unsealed ones. */
import { stringify } from 'csv-stringify/sync';
import type postgres from 'postgres';
import { canonicalJson } from './canonical.js';

export type ExportFormat = 'jsonl' | 'csv';

const COLUMNS = ['seq', 'at', 'actor', 'action', 'subject', 'data', 'prev_hash', 'hash'] as const;

export async function exportAudit(
  sql: postgres.Sql,
  opts: { since?: Date; subject?: string; format: ExportFormat },
  write: (chunk: string) => void,
): Promise<number> {
  let n = 0;
  if (opts.format === 'csv') write(stringify([COLUMNS as unknown as string[]]));
  const since = opts.since ?? new Date(0);
  const cursor = sql`
    select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data, prev_hash, hash from audit_log
    where at >= ${since.toISOString()}::timestamptz ${opts.subject ? sql`and subject = ${opts.subject}` : sql``}
    order by seq nulls last, id`.cursor(1000);
  for await (const rows of cursor) {
    for (const r of rows) {
      const row = { seq: r.seq === null ? null : Number(r.seq), at: r.at as string, actor: r.actor, action: r.action, subject: r.subject, data: r.data, prev_hash: r.prev_hash, hash: r.hash };
      if (opts.format === 'jsonl') write(JSON.stringify(row) + '\n');
      else write(stringify([[row.seq ?? '', row.at, canonicalJson(row.actor), row.action, row.subject, canonicalJson(row.data), row.prev_hash ?? '', row.hash ?? '']]));
      n += 1;
    }
  }
  return n;
}

export { parseSince } from './since.js';
