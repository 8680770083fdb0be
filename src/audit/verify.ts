/** Recompute the chain end to end; name the first seq whose link or content does not verify. */
import type postgres from 'postgres';
import { GENESIS_HASH, hashEntry } from './canonical.js';

export type VerifyResult =
  | { ok: true; checked: number; unsealed: number; lastSeq: number; lastHash: string }
  | { ok: false; checked: number; unsealed: number; brokenSeq: number; reason: string };

export async function verifyAudit(sql: postgres.Sql): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expectSeq = 1;
  let checked = 0;
  let broken: { seq: number; reason: string } | null = null;
  const cursor = sql`
    select id, seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data, prev_hash, hash
    from audit_log where seq is not null order by seq`.cursor(2000);
  for await (const rows of cursor) {
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectSeq) {
        broken = { seq: expectSeq, reason: seq > expectSeq ? `rows ${expectSeq}..${seq - 1} are missing` : `duplicate seq ${seq}` };
        break;
      }
      if (r.prev_hash !== prev) {
        broken = { seq, reason: 'prev_hash does not match the hash of the previous row' };
        break;
      }
      const h = hashEntry(prev, { seq, id: Number(r.id), at: r.at as string, actor: r.actor, action: r.action, subject: r.subject, data: r.data });
      if (h !== r.hash) {
        broken = { seq, reason: 'content does not match its hash (the row was altered)' };
        break;
      }
      prev = h;
      expectSeq += 1;
      checked += 1;
    }
    if (broken) break;
  }
  const [u] = await sql`select count(*)::int as n from audit_log where seq is null`;
  const unsealed = Number(u?.n ?? 0);
  if (broken) return { ok: false, checked, unsealed, brokenSeq: broken.seq, reason: broken.reason };
  return { ok: true, checked, unsealed, lastSeq: expectSeq - 1, lastHash: prev };
}
