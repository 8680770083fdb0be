/**
 * Append an audit row inside the caller's transaction. If the insert fails, the caller's change
 * rolls back with it (audit fails closed). Rows are born unsealed; no lock is taken here, so
 * concurrent writers never wait on each other for the chain (the sealer links them later).
 */
import { runPrepared, type Executor } from '../db/client.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  actor: Actor;
  /** entity.verb, e.g. draft.approved, pause.started, token.denied */
  action: string;
  /** entity:id, e.g. draft:9f0c…, pause:all, token:cowork */
  subject: string;
  data?: Record<string, unknown>;
}

/** One row: a fixed text, so postgres.js prepares it once per connection (parse and plan once). */
const APPEND_ONE = 'insert into audit_log (actor, action, subject, data) values ($1::jsonb, $2, $3, $4::jsonb)';
/** Several rows as four arrays, inserted in the order given (ids, and so the sealed chain, follow it). */
const APPEND_MANY =
  'insert into audit_log (actor, action, subject, data) ' +
  'select e.actor, e.action, e.subject, e.data from unnest($1::jsonb[], $2::text[], $3::text[], $4::jsonb[]) with ordinality as e(actor, action, subject, data, ord) order by e.ord';

export async function appendAudit(ex: Executor, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = Array.isArray(entry) ? entry : [entry];
  if (!rows.length) return;
  const params =
    rows.length === 1
      ? [JSON.stringify(rows[0]!.actor), rows[0]!.action, rows[0]!.subject, JSON.stringify(rows[0]!.data ?? {})]
      : [rows.map((r) => JSON.stringify(r.actor)), rows.map((r) => r.action), rows.map((r) => r.subject), rows.map((r) => JSON.stringify(r.data ?? {}))];
  await runPrepared(ex, 'audit.append', rows.length === 1 ? APPEND_ONE : APPEND_MANY, params);
}
