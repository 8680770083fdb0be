/**
 * Append an audit row inside the caller's transaction. If the insert fails, the caller's change
 * rolls back with it (audit fails closed). Rows are born unsealed; no lock is taken here, so
 * concurrent writers never wait on each other for the chain (the sealer links them later).
 */
import { auditLog } from '../db/schema.js';
import type { Executor } from '../db/client.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  actor: Actor;
  /** entity.verb, e.g. draft.approved, pause.started, token.denied */
  action: string;
  /** entity:id, e.g. draft:9f0c…, pause:all, token:cowork */
  subject: string;
  data?: Record<string, unknown>;
}

export async function appendAudit(ex: Executor, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = Array.isArray(entry) ? entry : [entry];
  if (!rows.length) return;
  await ex.insert(auditLog).values(rows.map((r) => ({ actor: r.actor, action: r.action, subject: r.subject, data: r.data ?? {} })));
}
