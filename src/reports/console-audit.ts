/**
 * Read models for the console's Audit page: the chain's verify status and last sealed seq, and
 * the rows filtered by actor, action and subject (newest first). Filters are prefixes (action,
 * subject) or a substring of the actor's JSON; the export streams the same filter.
 */
import type postgres from 'postgres';
import { z } from 'zod';
import type { VerifyResult } from '../audit/verify.js';
import { canonicalJson, GENESIS_HASH, hashEntry } from '../audit/canonical.js';

export const AuditFilter = z.object({
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(200).optional(),
  subject: z.string().trim().max(300).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export interface AuditRow {
  seq: number | null;
  at: string;
  actor: unknown;
  action: string;
  subject: string;
  data: unknown;
  prev_hash: string | null;
  hash: string | null;
}

const esc = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function where(sql: postgres.Sql, f: AuditFilter) {
  return sql`where true
    ${f.action ? sql`and action like ${`${esc(f.action)}%`}` : sql``}
    ${f.subject ? sql`and subject like ${`${esc(f.subject)}%`}` : sql``}
    ${f.actor ? sql`and actor::text ilike ${`%${esc(f.actor)}%`}` : sql``}`;
}

export async function listAudit(sql: postgres.Sql, f: AuditFilter, limit = 200): Promise<AuditRow[]> {
  const rows = await sql`
    select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data, prev_hash, hash
      from audit_log ${where(sql, f)}
     order by id desc limit ${limit}`;
  return rows.map((r) => ({ seq: r.seq === null ? null : Number(r.seq), at: r.at as string, actor: r.actor, action: r.action as string, subject: r.subject as string, data: r.data, prev_hash: r.prev_hash as string | null, hash: r.hash as string | null }));
}

export interface AuditHealth {
  verify: VerifyResult;
  /** When the whole chain was last recomputed from seq 1 (later renders extend it incrementally). */
  fullVerifiedAt: string;
  lastSealedSeq: number | null;
  lastSealedAt: string | null;
  total: number;
}

/**
 * The chain head verified so far, per pool. A render verifies only the rows sealed since (from
 * that head's hash, the same computation as src/audit/verify.ts); the whole chain is recomputed
 * from seq 1 when the memo is older than FULL_VERIFY_MS, so an altered old row is still found.
 */
const verified = new WeakMap<postgres.Sql, { seq: number; hash: string; checked: number; fullAt: number }>();
export const FULL_VERIFY_MS = 5 * 60_000;

async function verifyChain(sql: postgres.Sql, nowMs: number): Promise<{ result: VerifyResult; fullAt: number }> {
  const memo = verified.get(sql);
  const start = memo && nowMs - memo.fullAt < FULL_VERIFY_MS ? memo : { seq: 0, hash: GENESIS_HASH, checked: 0, fullAt: nowMs };
  let prev = start.hash;
  let expectSeq = start.seq + 1;
  let checked = start.checked;
  let broken: { seq: number; reason: string } | null = null;
  const cursor = sql`
    select id, seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data, prev_hash, hash
      from audit_log where seq > ${start.seq} order by seq`.cursor(2000);
  for await (const rows of cursor) {
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectSeq) broken = { seq: expectSeq, reason: seq > expectSeq ? `rows ${expectSeq}..${seq - 1} are missing` : `duplicate seq ${seq}` };
      else if (r.prev_hash !== prev) broken = { seq, reason: 'prev_hash does not match the hash of the previous row' };
      else {
        const h = hashEntry(prev, { seq, id: Number(r.id), at: r.at as string, actor: r.actor, action: r.action as string, subject: r.subject as string, data: r.data });
        if (h !== r.hash) broken = { seq, reason: 'content does not match its hash (the row was altered)' };
        else {
          prev = h;
          expectSeq++;
          checked++;
        }
      }
      if (broken) break;
    }
    if (broken) break;
  }
  const [u] = await sql`select count(*)::int as n from audit_log where seq is null`;
  const unsealed = Number(u?.n ?? 0);
  if (broken) {
    verified.delete(sql);
    return { result: { ok: false, checked, unsealed, brokenSeq: broken.seq, reason: broken.reason }, fullAt: start.fullAt };
  }
  verified.set(sql, { seq: expectSeq - 1, hash: prev, checked, fullAt: start.fullAt });
  return { result: { ok: true, checked, unsealed, lastSeq: expectSeq - 1, lastHash: prev }, fullAt: start.fullAt };
}

export async function auditHealth(sql: postgres.Sql, nowMs = Date.now()): Promise<AuditHealth> {
  const [{ result, fullAt }, [last], [count]] = await Promise.all([
    verifyChain(sql, nowMs),
    sql`select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from audit_log where seq is not null order by seq desc limit 1`,
    sql`select count(*)::int as n from audit_log`,
  ]);
  return { verify: result, fullVerifiedAt: new Date(fullAt).toISOString(), lastSealedSeq: last ? Number(last.seq) : null, lastSealedAt: (last?.at as string | undefined) ?? null, total: Number(count?.n ?? 0) };
}

/** Stream the filtered rows (seq order) as JSONL or CSV lines. */
export async function exportAuditFiltered(sql: postgres.Sql, f: AuditFilter, format: 'jsonl' | 'csv', write: (chunk: string) => void): Promise<number> {
  const q = (s: unknown) => {
    const v = s === null || s === undefined ? '' : String(s);
    return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  if (format === 'csv') write('seq,at,actor,action,subject,data,prev_hash,hash\n');
  let n = 0;
  const cursor = sql`
    select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data, prev_hash, hash
      from audit_log ${where(sql, f)} order by seq nulls last, id`.cursor(1000);
  for await (const rows of cursor) {
    for (const r of rows) {
      const row = { seq: r.seq === null ? null : Number(r.seq), at: r.at, actor: r.actor, action: r.action, subject: r.subject, data: r.data, prev_hash: r.prev_hash, hash: r.hash };
      if (format === 'jsonl') write(`${JSON.stringify(row)}\n`);
      else write(`${[row.seq ?? '', row.at, canonicalJson(row.actor), row.action, row.subject, canonicalJson(row.data), row.prev_hash ?? '', row.hash ?? ''].map(q).join(',')}\n`);
      n++;
    }
  }
  return n;
}
