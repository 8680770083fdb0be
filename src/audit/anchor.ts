/**
 * Anchors of the audit chain's head. The hash chain proves that no sealed row was altered or
 * removed from the middle; it cannot show that the newest rows were cut off (a shorter chain
 * verifies). So the sealer periodically records the head (seq + hash) where the database cannot
 * rewrite it, and `audit verify --anchor` checks that the chain still reaches the last anchored
 * head with the same hash.
 *
 * Sinks of one anchor: `audit_anchors` (convenient, same database: it catches accidents, not an
 * attacker), the operator's append-only file AUDIT_ANCHOR_FILE (one JSON line per anchor; put it
 * on storage the database's operators cannot rewrite), and the weekly digest posted to Slack
 * (reports/digest.ts prints the last anchor). A new anchor is written only when the head moved.
 */
import { appendFile, readFile } from 'node:fs/promises';
import type postgres from 'postgres';
import type { VerifyResult } from './verify.js';

export interface Anchor {
  seq: number;
  hash: string;
  at: string;
}

/** Record the sealed head if it moved since the last anchor. Returns the new anchor, or null. */
export async function anchorAudit(sql: postgres.Sql, opts: { file?: string; now?: () => Date } = {}): Promise<Anchor | null> {
  const [head] = await sql<{ seq: string; hash: string }[]>`select seq::text, hash from audit_log where seq is not null order by seq desc limit 1`;
  if (!head) return null;
  const [last] = await sql<{ seq: string }[]>`select seq::text from audit_anchors order by id desc limit 1`;
  const anchor: Anchor = { seq: Number(head.seq), hash: head.hash, at: (opts.now?.() ?? new Date()).toISOString() };
  if (last && Number(last.seq) === anchor.seq) return null;
  const sinks = ['db'];
  // The file first: an anchor in the table without one in the file would make the file look stale.
  if (opts.file) {
    await appendFile(opts.file, `${JSON.stringify(anchor)}\n`, { flag: 'a', mode: 0o640 });
    sinks.push(`file:${opts.file}`);
  }
  await sql`insert into audit_anchors (seq, hash, at, sinks) values (${anchor.seq}, ${anchor.hash}, ${anchor.at}, ${sinks})`;
  return anchor;
}

/** The last well-formed anchor line of an anchor file (a torn last line is skipped). */
export async function readAnchorFile(path: string): Promise<Anchor | null> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n').filter((l) => l.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const a = JSON.parse(lines[i]!) as Partial<Anchor>;
      if (Number.isInteger(a.seq) && typeof a.hash === 'string' && typeof a.at === 'string') return { seq: a.seq!, hash: a.hash, at: a.at };
    } catch {
      /* torn or foreign line */
    }
  }
  return null;
}

/** The last anchor recorded in the database. */
export async function lastDbAnchor(sql: postgres.Sql): Promise<Anchor | null> {
  const [a] = await sql<{ seq: string; hash: string; at: Date }[]>`select seq::text, hash, at from audit_anchors order by id desc limit 1`;
  return a ? { seq: Number(a.seq), hash: a.hash, at: new Date(a.at).toISOString() } : null;
}

export type AnchorCheck = { ok: true; anchor: Anchor } | { ok: false; anchor: Anchor; brokenSeq: number; reason: string };

/** Does a chain that verified end to end still reach `anchor` with the same hash? */
export async function checkAnchor(sql: postgres.Sql, v: Extract<VerifyResult, { ok: true }>, anchor: Anchor): Promise<AnchorCheck> {
  if (v.lastSeq < anchor.seq) {
    return {
      ok: false,
      anchor,
      brokenSeq: v.lastSeq + 1,
      reason: `the chain ends at seq ${v.lastSeq} but its head was anchored at seq ${anchor.seq} on ${anchor.at}: rows ${v.lastSeq + 1}..${anchor.seq} were removed (the tail was cut)`,
    };
  }
  const [row] = await sql<{ hash: string }[]>`select hash from audit_log where seq = ${anchor.seq}`;
  if (row?.hash !== anchor.hash) {
    return { ok: false, anchor, brokenSeq: anchor.seq, reason: `row ${anchor.seq} does not have the hash anchored on ${anchor.at}: the chain was rewritten from there` };
  }
  return { ok: true, anchor };
}
