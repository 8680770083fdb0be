/** Assert the audit row of a mutation (STYLE: every mutation's audit row is asserted). */
import { expect } from 'vitest';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema.js';
import type { Db } from '../../src/db/client.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Audit rows matching `action` and/or `subject`, oldest first. */
export async function auditRows(db: Db, where: { action?: string; subject?: string }): Promise<AuditRow[]> {
  const conds: SQL[] = [];
  if (where.action) conds.push(eq(auditLog.action, where.action));
  if (where.subject) conds.push(eq(auditLog.subject, where.subject));
  return db.select().from(auditLog).where(and(...conds)).orderBy(asc(auditLog.id));
}

/**
 * Exactly `count` (default 1) audit rows with this action (and subject, when given), each matching
 * `data` (a partial object, as toMatchObject). Returns them.
 */
export async function expectAuditRow(db: Db, where: { action: string; subject?: string; data?: Record<string, unknown>; count?: number }): Promise<AuditRow[]> {
  const rows = await auditRows(db, where);
  expect(rows, `audit rows ${where.action}${where.subject ? ` on ${where.subject}` : ''}`).toHaveLength(where.count ?? 1);
  if (where.data) for (const r of rows) expect(r.data).toMatchObject(where.data);
  return rows;
}
