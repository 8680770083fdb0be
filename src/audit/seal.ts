/**
 * The sealer: assigns seq in one ordered pass over unsealed rows and links each to the previous
 * row's hash. Only one sealer runs at a time (transaction-scoped advisory lock); writers never
 * wait for it. Commit order does not matter: seq is given at sealing, not at insert.
 */
import type postgres from 'postgres';
import { GENESIS_HASH, hashEntry } from './canonical.js';

const SEAL_LOCK = 0x61756474; // 'audt'

export async function sealAudit(sql: postgres.Sql, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 5000;
  let total = 0;
  for (;;) {
    const sealed = await sql.begin(async (tx) => {
      const [lock] = await tx`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`;
      if (!lock?.ok) return -1;
      const [last] = await tx`select seq, hash from audit_log where seq is not null order by seq desc limit 1`;
      let prev: string = last?.hash ?? GENESIS_HASH;
      let seq = last ? Number(last.seq) : 0;
      const rows = await tx`
        select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, action, subject, data from audit_log
        where hash is null order by id limit ${batch}`;
      if (!rows.length) return 0;
      const ids: string[] = [];
      const seqs: string[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const r of rows) {
        seq += 1;
        const hash = hashEntry(prev, { seq, id: Number(r.id), at: r.at as string, actor: r.actor, action: r.action, subject: r.subject, data: r.data });
        ids.push(String(r.id));
        seqs.push(String(seq));
        prevs.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      await tx`
        update audit_log a set seq = v.seq, prev_hash = v.prev, hash = v.hash
        from (select unnest(${ids}::bigint[]) as id, unnest(${seqs}::bigint[]) as seq,
                     unnest(${prevs}::text[]) as prev, unnest(${hashes}::text[]) as hash) v
        where a.id = v.id`;
      return rows.length;
    });
    if (sealed <= 0) return total;
    total += sealed;
    if (sealed < batch) return total;
  }
}
