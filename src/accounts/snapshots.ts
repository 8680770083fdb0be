/**
 * Book imports are the one bulk write: each is recorded in `account_imports` with a snapshot of
 * every account row it changes, so it can be listed, inspected and rolled back; a risky one is
 * staged until an owner confirms it.
 *
 * Contract
 * - `applyImport(db, {accounts, actor, source, safety?})`, one transaction under an advisory lock
 *   (imports, confirms and rollbacks of the book run one at a time): reads the rows the import
 *   touches (FOR UPDATE), diffs them (pure `diffImport`), then either
 *     stages it — `safety` given and the import would change more than `safety.share` of the
 *     existing book, or lift any do-not-contact flag: the row is `staged` with the incoming rows,
 *     nothing else changes (the caller answers 202 with its id); or
 *     applies it — upsert, the `applied` row with `before` (each touched row as it was; null =
 *     the account is new), one audit row.
 *   Without `safety` (the demo, system imports) nothing is staged. New accounts never count
 *   toward the share: an empty book's first import is applied.
 * - `confirmImport` applies a staged import (a fresh snapshot is taken then: the book may have
 *   moved since staging); `discardImport` drops it. Both audited.
 * - `rollbackImport` restores the snapshot of an applied import in one audited transaction:
 *   changed rows get their old values back, accounts it added are deleted. Refused (CONFLICT, and
 *   nothing changes) when a later applied import touched the same accounts (roll that back
 *   first), or when drafts already refer to an account it added.
 * Imports only insert and update; `removed` is always 0 (no import deletes an account).
 */
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { accountImports, accounts, drafts } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import type { Account } from '../detect/types.js';
import { AppError } from '../lib/errors.js';

const IMPORT_LOCK = 0x696d7074; // 'impt'
/** Fields compared for "changed" (the account row minus timestamps). */
const FIELDS = ['name', 'domain', 'domains', 'aliases', 'valueUsd', 'segment', 'strategic', 'namedOpportunity', 'ownerSlackId', 'ownerEmail', 'doNotContact', 'sensitive', 'facts', 'custom'] as const;
type Field = (typeof FIELDS)[number];
const LIST_CAP = 200;

export interface ImportSafety {
  /** Share of the existing book an import may change unconfirmed (policy imports.confirm_share). */
  share: number;
  /** Lifting a do-not-contact flag needs confirmation (policy imports.confirm_do_not_contact_lifted). */
  doNotContactLifted: boolean;
}

export interface ImportSummary {
  total: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  bookSizeBefore: number;
  /** changed / bookSizeBefore (0 on an empty book). */
  shareChanged: number;
  fieldsChanged: Partial<Record<Field, number>>;
  doNotContactLifted: string[];
  doNotContactSet: string[];
  strategicOn: string[];
  strategicOff: string[];
}

type Row = typeof accounts.$inferSelect;
/** A row as stored in a snapshot (JSON: no Dates). */
export type StoredAccount = Omit<Row, 'createdAt' | 'updatedAt'>;

export function toStored(a: Account | Row): StoredAccount {
  return {
    id: a.id,
    name: a.name,
    domain: a.domain,
    domains: a.domains ?? [],
    aliases: a.aliases,
    valueUsd: a.valueUsd,
    segment: a.segment,
    strategic: a.strategic,
    namedOpportunity: a.namedOpportunity,
    ownerSlackId: a.ownerSlackId,
    ownerEmail: a.ownerEmail,
    doNotContact: a.doNotContact,
    sensitive: a.sensitive,
    facts: a.facts,
    custom: a.custom,
  };
}

const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** The fields of `after` that differ from `before`. */
export function changedFields(before: StoredAccount, after: StoredAccount): Field[] {
  return FIELDS.filter((f) => !same(before[f], after[f]));
}

/** Pure: what an import would do to the rows it touches. */
export function diffImport(before: Map<string, StoredAccount>, incoming: StoredAccount[], bookSizeBefore: number): ImportSummary {
  const s: ImportSummary = { total: incoming.length, added: 0, changed: 0, unchanged: 0, removed: 0, bookSizeBefore, shareChanged: 0, fieldsChanged: {}, doNotContactLifted: [], doNotContactSet: [], strategicOn: [], strategicOff: [] };
  const push = (list: string[], id: string) => list.length < LIST_CAP && list.push(id);
  for (const a of incoming) {
    const b = before.get(a.id);
    if (!b) {
      s.added++;
      continue;
    }
    const fields = changedFields(b, a);
    if (!fields.length) {
      s.unchanged++;
      continue;
    }
    s.changed++;
    for (const f of fields) s.fieldsChanged[f] = (s.fieldsChanged[f] ?? 0) + 1;
    if (b.doNotContact && !a.doNotContact) push(s.doNotContactLifted, a.id);
    if (!b.doNotContact && a.doNotContact) push(s.doNotContactSet, a.id);
    if (!b.strategic && a.strategic) push(s.strategicOn, a.id);
    if (b.strategic && !a.strategic) push(s.strategicOff, a.id);
  }
  s.shareChanged = bookSizeBefore ? s.changed / bookSizeBefore : 0;
  return s;
}

/** Pure: why an import must wait for an owner, or null. */
export function stagingReason(s: ImportSummary, safety: ImportSafety): string | null {
  const reasons: string[] = [];
  if (s.shareChanged > safety.share) reasons.push(`it changes ${s.changed} of ${s.bookSizeBefore} accounts (${(s.shareChanged * 100).toFixed(1)}% > ${(safety.share * 100).toFixed(0)}% allowed unconfirmed)`);
  if (safety.doNotContactLifted && s.doNotContactLifted.length) reasons.push(`it turns do-not-contact off for ${s.doNotContactLifted.length} account(s)`);
  return reasons.length ? reasons.join('; ') : null;
}

async function lock(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

async function snapshot(tx: Tx, ids: string[]): Promise<Map<string, StoredAccount>> {
  const out = new Map<string, StoredAccount>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await tx.select().from(accounts).where(inArray(accounts.id, ids.slice(i, i + 5000))).for('update');
    for (const r of rows) out.set(r.id, toStored(r));
  }
  return out;
}

async function upsert(tx: Tx, rows: StoredAccount[]): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const res = await tx
      .insert(accounts)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: accounts.id,
        set: {
          name: sql`excluded.name`,
          domain: sql`excluded.domain`,
          domains: sql`excluded.domains`,
          aliases: sql`excluded.aliases`,
          valueUsd: sql`excluded.value_usd`,
          segment: sql`excluded.segment`,
          strategic: sql`excluded.strategic`,
          namedOpportunity: sql`excluded.named_opportunity`,
          ownerSlackId: sql`excluded.owner_slack_id`,
          ownerEmail: sql`excluded.owner_email`,
          doNotContact: sql`excluded.do_not_contact`,
          sensitive: sql`excluded.sensitive`,
          facts: sql`excluded.facts`,
          custom: sql`excluded.custom`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    for (const r of res) r.inserted ? inserted++ : updated++;
  }
  return { inserted, updated };
}

export type ImportOutcome =
  | { status: 'applied'; importId: number; inserted: number; updated: number; summary: ImportSummary }
  | { status: 'staged'; importId: number; reason: string; summary: ImportSummary };

/** Snapshot, diff, then stage or apply (see the header). */
export async function applyImport(db: Db, input: { accounts: Account[]; actor: Actor; source: string; safety?: ImportSafety | undefined }): Promise<ImportOutcome> {
  const incoming = input.accounts.map(toStored);
  return db.transaction(async (tx) => {
    await lock(tx);
    const before = await snapshot(tx, incoming.map((a) => a.id));
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(accounts)) as [{ n: number }];
    const summary = diffImport(before, incoming, n);
    const reason = input.safety ? stagingReason(summary, input.safety) : null;
    if (reason) {
      const [row] = await tx.insert(accountImports).values({ actor: input.actor, status: 'staged', summary, before: [], incoming, stagedReason: reason }).returning({ id: accountImports.id });
      await appendAudit(tx, { actor: input.actor, action: 'accounts.import_staged', subject: `import:${row!.id}`, data: { source: input.source, reason, summary } });
      return { status: 'staged', importId: row!.id, reason, summary } as const;
    }
    const { inserted, updated } = await upsert(tx, incoming);
    const beforeList = incoming.map((a) => before.get(a.id) ?? { id: a.id, absent: true });
    const [row] = await tx.insert(accountImports).values({ actor: input.actor, status: 'applied', summary, before: beforeList, incoming, appliedAt: sql`now()` as unknown as Date }).returning({ id: accountImports.id });
    await appendAudit(tx, {
      actor: input.actor,
      action: 'accounts.imported',
      subject: 'accounts',
      data: { import_id: row!.id, source: input.source, inserted, updated, total: incoming.length, ids: incoming.map((a) => a.id) },
    });
    return { status: 'applied', importId: row!.id, inserted, updated, summary } as const;
  });
}

async function loadImport(tx: Tx, id: number) {
  const [row] = await tx.select().from(accountImports).where(eq(accountImports.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', `no import ${id}`);
  return row;
}

/** Apply a staged import (an owner confirmed it). */
export async function confirmImport(db: Db, input: { id: number; actor: Actor }): Promise<{ importId: number; inserted: number; updated: number; summary: ImportSummary }> {
  return db.transaction(async (tx) => {
    await lock(tx);
    const row = await loadImport(tx, input.id);
    if (row.status !== 'staged') throw new AppError('CONFLICT', `import ${input.id} is ${row.status.replace('_', ' ')}, not staged`);
    const incoming = row.incoming as StoredAccount[];
    const before = await snapshot(tx, incoming.map((a) => a.id));
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(accounts)) as [{ n: number }];
    const summary = diffImport(before, incoming, n);
    const { inserted, updated } = await upsert(tx, incoming);
    await tx
      .update(accountImports)
      .set({ status: 'applied', summary, before: incoming.map((a) => before.get(a.id) ?? { id: a.id, absent: true }), appliedAt: sql`now()` as unknown as Date })
      .where(eq(accountImports.id, input.id));
    await appendAudit(tx, { actor: input.actor, action: 'accounts.import_confirmed', subject: `import:${input.id}`, data: { inserted, updated, staged_reason: row.stagedReason, summary } });
    return { importId: input.id, inserted, updated, summary };
  });
}

export async function discardImport(db: Db, input: { id: number; actor: Actor }): Promise<void> {
  await db.transaction(async (tx) => {
    await lock(tx);
    const row = await loadImport(tx, input.id);
    if (row.status !== 'staged') throw new AppError('CONFLICT', `import ${input.id} is ${row.status.replace('_', ' ')}, not staged`);
    await tx.update(accountImports).set({ status: 'discarded' }).where(eq(accountImports.id, input.id));
    await appendAudit(tx, { actor: input.actor, action: 'accounts.import_discarded', subject: `import:${input.id}`, data: { staged_reason: row.stagedReason } });
  });
}

/** Restore an applied import's snapshot (see the header for when it is refused). */
export async function rollbackImport(db: Db, input: { id: number; actor: Actor }): Promise<{ importId: number; restored: number; deleted: number }> {
  return db.transaction(async (tx) => {
    await lock(tx);
    const row = await loadImport(tx, input.id);
    if (row.status !== 'applied') throw new AppError('CONFLICT', `import ${input.id} is ${row.status.replace('_', ' ')}; only an applied import can be rolled back`);
    const before = row.before as Array<StoredAccount | { id: string; absent: true }>;
    const ids = new Set(before.map((b) => b.id));
    const later = await tx
      .select({ id: accountImports.id, incoming: accountImports.incoming })
      .from(accountImports)
      .where(and(eq(accountImports.status, 'applied'), gt(accountImports.appliedAt, row.appliedAt ?? row.createdAt)));
    for (const l of later) {
      const overlap = (l.incoming as StoredAccount[]).filter((a) => ids.has(a.id)).length;
      if (overlap) throw new AppError('CONFLICT', `import ${l.id}, applied later, changed ${overlap} of the same accounts; roll it back first`);
    }
    const added = before.filter((b): b is { id: string; absent: true } => 'absent' in b).map((b) => b.id);
    if (added.length) {
      const used = await tx.select({ accountId: drafts.accountId }).from(drafts).where(inArray(drafts.accountId, added)).groupBy(drafts.accountId).limit(5);
      if (used.length) throw new AppError('CONFLICT', `drafts already refer to accounts this import added (e.g. ${used.map((u) => u.accountId).join(', ')}); they cannot be removed`);
      for (let i = 0; i < added.length; i += 5000) await tx.delete(accounts).where(inArray(accounts.id, added.slice(i, i + 5000)));
    }
    const restore = before.filter((b): b is StoredAccount => !('absent' in b));
    await upsert(tx, restore);
    await tx.update(accountImports).set({ status: 'rolled_back', rolledBackAt: sql`now()` as unknown as Date }).where(eq(accountImports.id, input.id));
    await appendAudit(tx, { actor: input.actor, action: 'accounts.import_rolled_back', subject: `import:${input.id}`, data: { restored: restore.length, deleted: added.length } });
    return { importId: input.id, restored: restore.length, deleted: added.length };
  });
}

export interface ImportListItem {
  id: number;
  status: string;
  actor: unknown;
  createdAt: string;
  appliedAt: string | null;
  rolledBackAt: string | null;
  stagedReason: string | null;
  summary: ImportSummary;
}

export async function listImports(db: Db, opts: { limit?: number } = {}): Promise<ImportListItem[]> {
  const rows = await db
    .select({ id: accountImports.id, status: accountImports.status, actor: accountImports.actor, createdAt: accountImports.createdAt, appliedAt: accountImports.appliedAt, rolledBackAt: accountImports.rolledBackAt, stagedReason: accountImports.stagedReason, summary: accountImports.summary })
    .from(accountImports)
    .orderBy(desc(accountImports.id))
    .limit(opts.limit ?? 20);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), appliedAt: r.appliedAt?.toISOString() ?? null, rolledBackAt: r.rolledBackAt?.toISOString() ?? null, summary: r.summary as ImportSummary }));
}

export interface ImportDetail extends ImportListItem {
  /** Per account: added, or the fields that change with their old and new values (sensitive values masked). */
  changes: Array<{ id: string; kind: 'added' | 'changed'; fields: Array<{ field: string; before: unknown; after: unknown }> }>;
}

const SENSITIVE_FIELDS = new Set<string>(['sensitive']);

/** One import's diff. Sensitive CRM values are shown as "(changed)", never printed. */
export async function showImport(db: Db, id: number): Promise<ImportDetail> {
  const [row] = await db.select().from(accountImports).where(eq(accountImports.id, id));
  if (!row) throw new AppError('NOT_FOUND', `no import ${id}`);
  const incoming = row.incoming as StoredAccount[];
  // A staged import has no snapshot yet: compare with the book as it is now.
  let before: Map<string, StoredAccount>;
  if (row.status === 'staged' || row.status === 'discarded') {
    before = new Map();
    const ids = incoming.map((a) => a.id);
    for (let i = 0; i < ids.length; i += 5000) for (const r of await db.select().from(accounts).where(inArray(accounts.id, ids.slice(i, i + 5000)))) before.set(r.id, toStored(r));
  } else {
    before = new Map((row.before as Array<StoredAccount | { id: string; absent: true }>).filter((b): b is StoredAccount => !('absent' in b)).map((b) => [b.id, b]));
  }
  const changes: ImportDetail['changes'] = [];
  for (const a of incoming) {
    const b = before.get(a.id);
    if (!b) {
      changes.push({ id: a.id, kind: 'added', fields: [] });
      continue;
    }
    const fields = changedFields(b, a);
    if (fields.length) changes.push({ id: a.id, kind: 'changed', fields: fields.map((f) => (SENSITIVE_FIELDS.has(f) ? { field: f, before: '(hidden)', after: '(changed)' } : { field: f, before: b[f], after: a[f] })) });
  }
  return {
    id: row.id,
    status: row.status,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
    rolledBackAt: row.rolledBackAt?.toISOString() ?? null,
    stagedReason: row.stagedReason,
    summary: row.summary as ImportSummary,
    changes,
  };
}
