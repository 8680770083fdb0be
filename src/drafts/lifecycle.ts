/**
 * The draft state machine (DESIGN §4). The only code that writes drafts.status — keep it greppable.
 *
 * Every move is one guarded `UPDATE … WHERE id = $1 AND status = ANY($from) RETURNING *` plus its
 * audit row, atomically (in the caller's transaction, when given one). A move out of one status —
 * every hot path — is a single prepared statement that does both (moveOne); a move out of several
 * (recall, cancel) locks the row first to learn which status it leaves. Zero rows is a typed outcome:
 * not_found, lost_race (someone moved it first) or stale_version (an older text was clicked).
 * An illegal move is refused before touching the database. Nothing here throws for an expected
 * outcome; double clicks and duplicate jobs are settled by the guarded update alone.
 */
import { and, eq, getTableColumns, inArray, is, sql, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { Column } from 'drizzle-orm';
import { drafts, type DraftStatus } from '../db/schema.js';
import { runPrepared, type Db, type Executor, type Tx } from '../db/client.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';

export type DraftRow = typeof drafts.$inferSelect;
export type NewDraftRow = typeof drafts.$inferInsert;

/** from → allowed destinations. */
export const TRANSITIONS: Readonly<Record<DraftStatus, readonly DraftStatus[]>> = {
  received: ['blocked', 'pending_review', 'approved'],
  // Owner override of a block puts the draft in front of a reviewer, never straight out.
  blocked: ['pending_review'],
  pending_review: ['approved', 'rejected', 'expired', 'cancelled'],
  // Recall (approved → pending_review) and cancel (account became do-not-contact / recipient
  // suppressed after approval) are departures from DESIGN §4, documented in the README.
  approved: ['queued', 'pending_review', 'cancelled'],
  queued: ['sending', 'pending_review', 'cancelled'],
  // sending → queued: released at the fence (paused or over a cap) before any transport call.
  // sending → cancelled: suppressed/do-not-contact found at the fence, before any transport call.
  sending: ['sent', 'failed', 'held', 'queued', 'cancelled'],
  // held → sent: the worker whose attempt was held (its lease ran out mid-call) reports that the
  // call went through after all; the draft was delivered and must never be released again.
  held: ['queued', 'cancelled', 'sent'],
  rejected: [],
  expired: [],
  sent: [],
  failed: [],
  cancelled: [],
};

export type TransitionResult =
  | { ok: true; draft: DraftRow; from: DraftStatus }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'illegal_transition'; from: readonly DraftStatus[]; to: DraftStatus }
  | { ok: false; reason: 'lost_race'; current: DraftRow }
  | { ok: false; reason: 'stale_version'; current: DraftRow };

export function canTransition(from: DraftStatus, to: DraftStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

type Patch = Partial<Omit<NewDraftRow, 'id' | 'status' | 'createdAt'>>;

interface MoveInput {
  draftId: string;
  from: readonly DraftStatus[];
  to: DraftStatus;
  actor: Actor;
  /** Only move when the draft is at this version (approvals name one exact text). */
  expectVersion?: number;
  patch?: Patch;
  /** Extra audit data (reasons, diff, evidence). */
  data?: Record<string, unknown>;
  /** Audit action; defaults to draft.<to>. */
  action?: string;
}

function isTx(ex: Executor): ex is Tx {
  return typeof (ex as Tx).rollback === 'function';
}

/** Run fn in the caller's transaction, or in a new one. */
export async function inTransaction<T>(ex: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return isTx(ex) ? fn(ex) : ex.transaction(fn);
}

/** The drafts columns by property name (patch keys → column names; raw rows → DraftRow). */
const DRAFT_COLUMNS = getTableColumns(drafts);
const dialect = new PgDialect();
/**
 * Per column: property name, column name and the driver → value mapping, or null where drizzle's
 * is the identity, so a row read back calls a mapper only for the columns that have one.
 */
const DRAFT_READERS = Object.entries(DRAFT_COLUMNS).map(([key, col]) => ({
  key,
  name: col.name,
  // The base Column's mapFromDriverValue returns its argument (text, uuid, boolean): skipped.
  map: col.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : (v: unknown) => col.mapFromDriverValue(v),
}));

function draftFromRaw(raw: Record<string, unknown>): DraftRow {
  const row: Record<string, unknown> = {};
  for (const { key, name, map } of DRAFT_READERS) {
    const v = raw[name];
    row[key] = v === null || v === undefined ? null : map === null ? v : map(v);
  }
  return row as DraftRow;
}

/** Why a guarded move changed no row: read the draft as it is now (a fresh statement, so a concurrent winner is seen). */
async function zeroRows(ex: Executor, m: MoveInput, legalFrom: readonly DraftStatus[]): Promise<TransitionResult> {
  const [current] = await ex.select().from(drafts).where(eq(drafts.id, m.draftId));
  if (!current) return { ok: false, reason: 'not_found' } as const;
  if (m.expectVersion !== undefined && current.version !== m.expectVersion && legalFrom.includes(current.status)) {
    return { ok: false, reason: 'stale_version', current } as const;
  }
  return { ok: false, reason: 'lost_race', current } as const;
}

/**
 * A move out of exactly one status, in ONE prepared statement (one round trip, atomic on its own,
 * so no transaction is opened when the caller has none):
 *   WITH moved AS (UPDATE drafts SET … WHERE id = $1 AND status = $2 [AND version = $n] RETURNING *),
 *        audit AS (INSERT INTO audit_log … SELECT … FROM moved)
 *   SELECT * FROM moved
 * The audit row is written if and only if the guarded update moved the row: it is selected from
 * the update's own RETURNING. Zero rows: nothing was written; a second read classifies why.
 * The text depends only on the shape of the move (which columns the patch sets, and whether a
 * version is expected), so each kind of transition is one statement postgres.js prepares once per
 * connection; the text is built once per shape and kept (MOVE_TEXTS).
 */
async function moveOne(ex: Executor, m: MoveInput, from: DraftStatus): Promise<TransitionResult> {
  // $1 id, $2 from, $3 to, $4 actor, $5 action, $6 extra audit data; then the version, then patch values.
  const params: unknown[] = [m.draftId, from, m.to, JSON.stringify(m.actor), m.action ?? `draft.${m.to}`, m.data ? JSON.stringify(m.data) : '{}'];
  if (m.expectVersion !== undefined) params.push(m.expectVersion);
  let sets = '';
  const patch = m.patch as Record<string, unknown> | undefined;
  for (const key in patch) {
    const value = patch[key];
    const col = DRAFT_COLUMNS[key as keyof typeof DRAFT_COLUMNS];
    if (value === undefined || !col || key === 'status') continue;
    if (is(value, SQL)) {
      // An expression such as now(): inlined (it has no parameters; the statement shape stays fixed).
      sets += `, "${col.name}" = ${patchExpression(key, value)}`;
    } else {
      params.push(value === null ? null : col.mapToDriverValue(value));
      sets += `, "${col.name}" = $${params.length}`;
    }
  }
  const shape = (m.expectVersion !== undefined ? 'v' : '-') + sets;
  let text = MOVE_TEXTS.get(shape);
  if (text === undefined) {
    // The audit data is { from, to, version, ...data }, as appendAudit would store it; version is the moved row's.
    text =
      `with moved as (update drafts set status = $3${sets}, updated_at = now() where id = $1 and status = $2${m.expectVersion !== undefined ? ' and version = $7' : ''} returning *), ` +
      `audit as (insert into audit_log (actor, action, subject, data) ` +
      `select $4::jsonb, $5, 'draft:' || moved.id, jsonb_build_object('from', $2::text, 'to', moved.status, 'version', moved.version) || $6::jsonb from moved) ` +
      `select * from moved`;
    MOVE_TEXTS.set(shape, text);
  }
  const rows = await runPrepared(ex, 'lifecycle.move', text, params);
  const raw = rows[0];
  if (!raw) return zeroRows(ex, m, [from]);
  return { ok: true, draft: draftFromRaw(raw), from } as const;
}

/** moveOne's statement texts by shape: a handful of entries, one per kind of transition. */
const MOVE_TEXTS = new Map<string, string>();
/** Patch expressions rendered to SQL text, by identity (the transitions below share module constants). */
const PATCH_EXPRESSIONS = new WeakMap<SQL, string>();

function patchExpression(key: string, value: SQL): string {
  let text = PATCH_EXPRESSIONS.get(value);
  if (text === undefined) {
    const q = dialect.sqlToQuery(value);
    if (q.params.length) throw new Error(`lifecycle: a patch expression for ${key} must not carry parameters`);
    text = q.sql;
    PATCH_EXPRESSIONS.set(value, text);
  }
  return text;
}

/** `now()` for the decided_at / sent_at patches: one object, so its SQL text is rendered once. */
const NOW = sql`now()` as unknown as Date;

async function move(ex: Executor, m: MoveInput): Promise<TransitionResult> {
  const legalFrom = m.from.filter((f) => canTransition(f, m.to));
  if (legalFrom.length !== m.from.length || !legalFrom.length) {
    return { ok: false, reason: 'illegal_transition', from: m.from, to: m.to };
  }
  if (legalFrom.length === 1) return moveOne(ex, m, legalFrom[0]!);
  return inTransaction(ex, async (tx) => {
    let fromSet = legalFrom;
    if (legalFrom.length > 1) {
      // Several sources (recall, cancel): lock the row to learn which one it leaves, for the audit.
      const [cur] = await tx.select({ status: drafts.status }).from(drafts).where(eq(drafts.id, m.draftId)).for('update');
      if (cur && legalFrom.includes(cur.status)) fromSet = [cur.status];
    }
    const conds = [eq(drafts.id, m.draftId), inArray(drafts.status, [...fromSet])];
    if (m.expectVersion !== undefined) conds.push(eq(drafts.version, m.expectVersion));
    const rows = await tx
      .update(drafts)
      .set({ ...m.patch, status: m.to, updatedAt: sql`now()` })
      .where(and(...conds))
      .returning();
    const row = rows[0];
    if (!row) {
      const [current] = await tx.select().from(drafts).where(eq(drafts.id, m.draftId));
      if (!current) return { ok: false, reason: 'not_found' } as const;
      if (m.expectVersion !== undefined && current.version !== m.expectVersion && legalFrom.includes(current.status)) {
        return { ok: false, reason: 'stale_version', current } as const;
      }
      return { ok: false, reason: 'lost_race', current } as const;
    }
    const from = fromSet[0]!;
    await appendAudit(tx, {
      actor: m.actor,
      action: m.action ?? `draft.${m.to}`,
      subject: `draft:${m.draftId}`,
      data: { from, to: m.to, version: row.version, ...m.data },
    });
    return { ok: true, draft: row, from } as const;
  });
}

// ---- one function per transition -------------------------------------------------------------

/**
 * Store a new draft and move it out of `received` in the same transaction: to blocked,
 * pending_review or approved, as tiering decided. Writes draft.received and the move's row.
 */
export async function receiveDraft(
  tx: Tx,
  row: Omit<NewDraftRow, 'status'>,
  to: 'blocked' | 'pending_review' | 'approved',
  actor: Actor,
  data: Record<string, unknown> = {},
): Promise<DraftRow> {
  const [inserted] = await tx.insert(drafts).values({ ...row, status: to }).returning();
  const subject = `draft:${row.id}`;
  await appendAudit(tx, [
    { actor, action: 'draft.received', subject, data: { external_id: row.externalId, account_id: row.accountId, template_id: row.templateId, workflow: row.workflow, policy_version: row.policyVersion } },
    { actor, action: `draft.${to}`, subject, data: { from: 'received', to, tier: row.tier, sampled: row.sampled, reasons: row.tierReasons, ...data } },
  ]);
  return inserted!;
}

/**
 * Many new drafts at once (intake's hot path), in ONE prepared statement, atomic on its own (intake
 * runs it on the pool, no BEGIN/COMMIT round trips; a caller's transaction works too): the rows
 * travel as one JSON parameter (json_to_recordset: read as json, not jsonb — Postgres converted a
 * 1,000-draft jsonb parameter to its binary form at bind, ~24 ms, against ~3 ms), a multi-row
 * INSERT … ON CONFLICT DO NOTHING stores them, and the audit pair of every row actually stored
 * (the same draft.received + draft.<to> rows receiveDraft writes, in input order) is inserted from
 * that INSERT's RETURNING (and, for a row to be queued on receipt, its draft.queued row: see
 * ReceiveRows). A row that collides with a unique index (same source + external_id, or
 * same source + idempotency key — a retry) is skipped, not an error: the caller reads the original
 * back. Returns only the rows actually stored. Every row must carry the same keys (as intake's do):
 * a key absent from a row is stored as NULL, not as the column default.
 */
export async function receiveDrafts(
  tx: Executor,
  rows: ReceiveRows,
  actor: Actor,
): Promise<Array<Pick<DraftRow, 'id' | 'status'>>> {
  if (!rows.length) return [];
  const { shape, payload } = receivePayload(rows);
  const text = (shape.plain ??=
    `with src as (select * from json_to_recordset($1::json) as x(${shape.srcCols})), ` +
    receiveTail(shape.names) +
    `select id, status from ins`);
  const stored = await runPrepared<{ id: string; status: DraftStatus }>(tx, 'lifecycle.receive', text, [JSON.stringify(payload), JSON.stringify(actor)]);
  return stored.map((r) => ({ id: r.id, status: r.status }));
}

/**
 * A caller's precondition run in the same statement as receiveDrafts' insert (so both commit or
 * neither, in one round trip): `with` is SQL text of one or more CTEs, the last named `guard`,
 * yielding one row with a boolean `ok` and a json `info`; its parameters are `params`, numbered
 * from $3 on. The drafts (and their audit rows) are stored only when `ok` is true; `info` is
 * returned either way. Intake uses it to reserve template history slots and store the drafts
 * tiered on that history in one statement when the history was as it read it.
 */
export interface ReceiveGuard {
  with: string;
  params: unknown[];
}

/** receiveDrafts behind a guard: stores the rows only when the guard's `ok` holds. */
export async function receiveDraftsGuarded(
  ex: Executor,
  rows: ReceiveRows,
  actor: Actor,
  guard: ReceiveGuard,
): Promise<{ ok: boolean; info: unknown; stored: Array<Pick<DraftRow, 'id' | 'status'>> }> {
  const { shape, payload } = receivePayload(rows);
  let text = shape.guarded.get(guard.with);
  if (text === undefined) {
    text =
      `with ${guard.with}, ` +
      `src as (select * from json_to_recordset($1::json) as x(${shape.srcCols}) where (select ok from guard)), ` +
      receiveTail(shape.names) +
      `select (select ok from guard) as ok, (select info from guard) as info, ` +
      `(select coalesce(json_agg(json_build_object('id', ins.id, 'status', ins.status)), '[]') from ins) as stored`;
    if (shape.guarded.size > 16) shape.guarded.clear();
    shape.guarded.set(guard.with, text);
  }
  const [r] = await runPrepared<{ ok: boolean | null; info: unknown; stored: Array<{ id: string; status: DraftStatus }> }>(ex, 'lifecycle.receive_guarded', text, [JSON.stringify(payload), JSON.stringify(actor), ...guard.params]);
  return { ok: r?.ok === true, info: r?.info ?? null, stored: (r?.stored ?? []).map((x) => ({ id: x.id, status: x.status })) };
}

/**
 * `queue`: an auto-approved draft (to = 'approved') is also moved approved → queued in the same
 * statement, both moves audited (draft.approved, then draft.queued with its version), exactly what
 * queueDraft would write after it; the caller then only adds the send job after commit. A crash
 * before the job is added leaves a queued draft without a job: the send reconciler adds it.
 */
type ReceiveRows = Array<{ row: Omit<NewDraftRow, 'status'>; to: 'blocked' | 'pending_review' | 'approved'; queue?: boolean }>;

/**
 * What the statement text depends on: the set of keys the rows carry (intake's rows always carry
 * the same ones). Built once per key set, with the texts built on it (RECEIVE_SHAPES), so a
 * request does not render ~30 column definitions and a few KB of SQL again.
 */
interface ReceiveShape {
  keys: Array<keyof typeof DRAFT_COLUMNS>;
  srcCols: string;
  names: string;
  plain?: string;
  /** receiveDraftsGuarded's texts, by the guard's CTE text. */
  guarded: Map<string, string>;
}
const RECEIVE_SHAPES = new Map<string, ReceiveShape>();

function receiveShape(rows: ReceiveRows): ReceiveShape {
  const present = rows.length === 1 ? Object.keys(rows[0]!.row) : [...new Set(rows.flatMap((r) => Object.keys(r.row)))];
  const id = present.join(',');
  let shape = RECEIVE_SHAPES.get(id);
  if (shape === undefined) {
    const keys = present.filter((k) => k !== 'status' && k in DRAFT_COLUMNS) as Array<keyof typeof DRAFT_COLUMNS>;
    const cols = [...keys.map((k) => DRAFT_COLUMNS[k]), DRAFT_COLUMNS.status];
    shape = {
      keys,
      srcCols: `${cols.map((c) => `"${c.name}" ${c.getSQLType()}`).join(', ')}, _ord int, _action text, _received jsonb, _moved jsonb`,
      names: cols.map((c) => `"${c.name}"`).join(', '),
      guarded: new Map(),
    };
    if (RECEIVE_SHAPES.size > 64) RECEIVE_SHAPES.clear();
    RECEIVE_SHAPES.set(id, shape);
  }
  return shape;
}

/** The rows as receiveDrafts' one JSON parameter, and the shape (record definition, texts) that reads it back. */
function receivePayload(rows: ReceiveRows) {
  const shape = receiveShape(rows);
  const keys = shape.keys;
  const payload = rows.map(({ row, to, queue }, ord) => {
    if (queue && to !== 'approved') throw new Error(`receiveDrafts: only an approved draft is queued on receipt, not ${to}`);
    const o: Record<string, unknown> = { _ord: ord, _action: `draft.${to}` };
    for (const k of keys) {
      const v = (row as Record<string, unknown>)[k];
      if (is(v, SQL)) throw new Error(`receiveDrafts: ${k} must be a value, not an SQL expression`);
      o[DRAFT_COLUMNS[k].name] = v ?? null;
    }
    o.status = queue ? 'queued' : to;
    o._received = { external_id: row.externalId, account_id: row.accountId, template_id: row.templateId, workflow: row.workflow, policy_version: row.policyVersion };
    o._moved = { from: 'received', to, tier: row.tier, sampled: row.sampled, reasons: row.tierReasons };
    return o;
  });
  return { shape, payload };
}

/**
 * The insert (ON CONFLICT DO NOTHING) and the audit rows of every row stored, after a `src` CTE:
 * draft.received and the move out of received, and for a row stored as queued (an auto-approved
 * draft queued in the same statement, see ReceiveRows) the approved → queued move too.
 */
const receiveTail = (names: string) =>
  `ins as (insert into drafts (${names}) select ${names} from src order by _ord on conflict do nothing returning id, status, version), ` +
  `audit as (insert into audit_log (actor, action, subject, data) ` +
  `select $2::jsonb, a.action, 'draft:' || src.id, a.data from ins join src on src.id = ins.id ` +
  `cross join lateral (values (1, 'draft.received', src._received), (2, src._action, src._moved), ` +
  `(3, 'draft.queued', case when ins.status = 'queued' then jsonb_build_object('from', 'approved', 'to', 'queued', 'version', ins.version) end)) as a(k, action, data) ` +
  `where a.data is not null order by src._ord, a.k) `;

export const approveDraft = (
  ex: Executor,
  input: { draftId: string; version: number; actor: Actor; decidedBy: string; final?: { subject: string; body: string }; data?: Record<string, unknown> },
) =>
  move(ex, {
    draftId: input.draftId,
    from: ['pending_review'],
    to: 'approved',
    actor: input.actor,
    expectVersion: input.version,
    patch: {
      decidedAt: NOW,
      decidedBy: input.decidedBy,
      ...(input.final ? { finalSubject: input.final.subject, finalBody: input.final.body, version: input.version + 1 } : {}),
    },
    data: input.data,
  });

export const rejectDraft = (
  ex: Executor,
  input: { draftId: string; version: number; actor: Actor; decidedBy: string; data?: Record<string, unknown> },
) =>
  move(ex, {
    draftId: input.draftId,
    from: ['pending_review'],
    to: 'rejected',
    actor: input.actor,
    expectVersion: input.version,
    patch: { decidedAt: NOW, decidedBy: input.decidedBy },
    data: input.data,
  });

/** pending_review → expired. No caller yet: kept for the review ladder (review.expire_after_hours), wired by the operations issue. */
export const expireDraft = (ex: Executor, draftId: string, actor: Actor) =>
  move(ex, { draftId, from: ['pending_review'], to: 'expired', actor });

export const queueDraft = (ex: Executor, draftId: string, actor: Actor) =>
  move(ex, { draftId, from: ['approved'], to: 'queued', actor });

/**
 * approved → queued for many drafts in ONE prepared statement: a guarded UPDATE (… WHERE id = ANY
 * AND status = 'approved') whose RETURNING feeds the audit insert, one row per draft moved.
 * Drafts no longer approved are skipped (someone moved them first), exactly as queueDraft's
 * lost_race. Returns the rows actually moved.
 */
export async function queueDrafts(ex: Executor, draftIds: string[], actor: Actor): Promise<DraftRow[]> {
  if (!draftIds.length) return [];
  const text =
    `with moved as (update drafts set status = 'queued', updated_at = now() where id = any($1::uuid[]) and status = 'approved' returning *), ` +
    `audit as (insert into audit_log (actor, action, subject, data) ` +
    `select $2::jsonb, 'draft.queued', 'draft:' || moved.id, jsonb_build_object('from', 'approved', 'to', 'queued', 'version', moved.version) from moved) ` +
    `select * from moved`;
  const rows = await runPrepared(ex, 'lifecycle.queue_many', text, [`{${draftIds.join(',')}}`, JSON.stringify(actor)]);
  return rows.map(draftFromRaw);
}

/** queued → sending: the worker's claim. Losing it means another worker (or a pause) got there first. */
export const claimForSend = (ex: Executor, draftId: string, actor: Actor) =>
  move(ex, { draftId, from: ['queued'], to: 'sending', actor, action: 'send.claimed' });

export const markSent = (ex: Executor, draftId: string, actor: Actor, data: { message_id: string; transport: string; attempt: number }) =>
  move(ex, { draftId, from: ['sending'], to: 'sent', actor, patch: { sentAt: NOW }, data });

/** The held attempt was delivered after all (its worker reported after the reconciler held it). */
export const confirmHeldSent = (ex: Executor, draftId: string, actor: Actor, data: { message_id: string; transport: string; attempt: number }) =>
  move(ex, { draftId, from: ['held'], to: 'sent', actor, action: 'send.confirmed_after_hold', patch: { sentAt: NOW }, data });

export const markFailed = (ex: Executor, draftId: string, actor: Actor, data: { error: string; attempt: number }) =>
  move(ex, { draftId, from: ['sending'], to: 'failed', actor, data });

/** Outcome unknown (crash mid-call): a person decides; never re-sent blindly. */
export const holdDraft = (ex: Executor, draftId: string, actor: Actor, reason: string, data: Record<string, unknown> = {}) =>
  move(ex, { draftId, from: ['sending'], to: 'held', actor, patch: { holdReason: reason }, data: { reason, ...data } });

/** Released at the fence (paused, over a cap) before any transport call. */
export const releaseClaim = (ex: Executor, draftId: string, actor: Actor, reason: string) =>
  move(ex, { draftId, from: ['sending'], to: 'queued', actor, action: 'send.released', data: { reason } });

/** Recall after an anomaly: back in front of a reviewer. */
export const recallDraft = (ex: Executor, draftId: string, actor: Actor, reason: string) =>
  move(ex, { draftId, from: ['approved', 'queued'], to: 'pending_review', actor, action: 'draft.recalled', patch: { decidedAt: null, decidedBy: null, slackTs: null, slackChannel: null, postedAt: null }, data: { reason } });

export const requeueHeld = (ex: Executor, draftId: string, actor: Actor, reason: string) =>
  move(ex, { draftId, from: ['held'], to: 'queued', actor, data: { reason } });

export const cancelDraft = (
  ex: Executor,
  draftId: string,
  from: ReadonlyArray<'held' | 'approved' | 'queued' | 'sending' | 'pending_review'>,
  actor: Actor,
  reason: string,
) => move(ex, { draftId, from, to: 'cancelled', actor, data: { reason } });

/**
 * Edit under the two-person rule: the reviewer's text becomes the new version while the draft
 * stays pending_review (a second, distinct approver must approve that exact version). Not a
 * status move — status is untouched — but the same guarded discipline: only a pending draft at
 * the clicked version changes; otherwise stale_version / lost_race like a transition.
 */
export async function reviseDraft(
  ex: Executor,
  input: { draftId: string; version: number; actor: Actor; final: { subject: string; body: string }; data?: Record<string, unknown> },
): Promise<TransitionResult> {
  return inTransaction(ex, async (tx) => {
    const rows = await tx
      .update(drafts)
      .set({ finalSubject: input.final.subject, finalBody: input.final.body, version: input.version + 1, updatedAt: sql`now()` })
      .where(and(eq(drafts.id, input.draftId), eq(drafts.status, 'pending_review'), eq(drafts.version, input.version)))
      .returning();
    const row = rows[0];
    if (!row) {
      const [current] = await tx.select().from(drafts).where(eq(drafts.id, input.draftId));
      if (!current) return { ok: false, reason: 'not_found' } as const;
      if (current.status === 'pending_review') return { ok: false, reason: 'stale_version', current } as const;
      return { ok: false, reason: 'lost_race', current } as const;
    }
    await appendAudit(tx, { actor: input.actor, action: 'draft.revised', subject: `draft:${input.draftId}`, data: { from_version: input.version, version: row.version, ...input.data } });
    return { ok: true, draft: row, from: 'pending_review' as const };
  });
}

/**
 * ---------------------------------------------------------------- the send worker's two moves
 *
 * The send worker's two hot statements, each ONE prepared statement (one round trip, atomic on its
 * own, no transaction opened): the claim of a queued draft together with its 'started' attempt,
 * and the 'sent' outcome of an attempt this worker still owns.
 *
 * Each statement moves a draft status (queued → sending,
 * sending → sent) in the same statement as a `sends` write, which moveOne's one-table form
 * cannot express. They keep the lifecycle's discipline exactly: a guarded
 * `UPDATE drafts … WHERE id = $1 AND status = $from`, the audit row selected from the update's own
 * RETURNING (written if and only if the row moved; the same actor, action, subject and data
 * { from, to, version, …data } as `claimForSend` / `markSent`), zero rows a typed outcome. Zero
 * rows sends the worker down the general path (lifecycle functions in a transaction), which
 * classifies why: lost race, suppressed (cancelled, audited), taken over, closed by a person.
 *
 * What must stay true:
 * - Claim: the draft moves to `sending` and its 'started' attempt (fencing token, lease) commits in
 *   the same statement, or neither happens. A do-not-contact account or a suppressed recipient or
 *   domain makes the claim match no row (the general path then cancels the draft, audited).
 * - Sent: the draft moves sending → sent only while the attempt is 'started' with this worker's
 *   token; the draft row is locked first, then the attempt row (the one lock order, send/lease.ts).
 */

// $1 draft id, $2 actor, $3 transport, $4 message id, $5 lease token, $6 lease seconds
const CLAIM_SQL =
  `with moved as (` +
  `update drafts d set status = 'sending', updated_at = now() ` +
  `where d.id = $1 and d.status = 'queued' ` +
  `and not exists (select 1 from accounts a where a.id = d.account_id and a.do_not_contact) ` +
  `and not exists (select 1 from suppressions s where s.value in (lower(d.to_email), split_part(lower(d.to_email), '@', 2))) ` +
  `returning d.*), ` +
  `audit as (insert into audit_log (actor, action, subject, data) ` +
  `select $2::jsonb, 'send.claimed', 'draft:' || moved.id, jsonb_build_object('from', 'queued', 'to', 'sending', 'version', moved.version) from moved), ` +
  `started as (insert into sends (draft_id, attempt, transport, message_id, status, lease_token, lease_until) ` +
  `select moved.id, coalesce((select max(s.attempt) from sends s where s.draft_id = moved.id), 0) + 1, $3, $4, 'started', $5, now() + make_interval(secs => $6::float8) from moved ` +
  `returning id, attempt) ` +
  `select moved.*, started.id as "__send_id", started.attempt as "__attempt" from moved, started`;

export type FastClaim = { ok: true; draft: DraftRow; sendRowId: number; attempt: number } | { ok: false };

/**
 * queued → sending + the 'started' attempt, in one statement. `{ ok: false }` when the draft is not
 * queued or its recipient may not be contacted: the caller takes the general path to learn which.
 */
export async function claimAndStart(
  db: Db,
  input: { draftId: string; actor: Actor; transport: string; messageId: string; leaseToken: string; lockMs: number },
): Promise<FastClaim> {
  const rows = await runPrepared(db, 'send.claim_start', CLAIM_SQL, [input.draftId, JSON.stringify(input.actor), input.transport, input.messageId, input.leaseToken, input.lockMs / 1000]);
  const raw = rows[0];
  if (!raw) return { ok: false };
  return { ok: true, draft: draftFromRaw(raw), sendRowId: Number(raw.__send_id), attempt: Number(raw.__attempt) };
}

// $1 draft id, $2 send row id, $3 lease token, $4 actor, $5 audit data, $6 provider response
const SENT_SQL =
  `with moved as (` +
  `update drafts d set status = 'sent', sent_at = now(), updated_at = now() ` +
  `where d.id = $1 and d.status = 'sending' ` +
  `and exists (select 1 from sends s where s.id = $2 and s.draft_id = $1 and s.status = 'started' and s.lease_token = $3) ` +
  `returning d.id, d.version), ` +
  `audit as (insert into audit_log (actor, action, subject, data) ` +
  `select $4::jsonb, 'draft.sent', 'draft:' || moved.id, jsonb_build_object('from', 'sending', 'to', 'sent', 'version', moved.version) || $5::jsonb from moved), ` +
  // Runs after moved (it reads it): the draft row is locked before the attempt row.
  `fin as (update sends set status = 'sent', error = null, finished_at = now(), provider_response = $6, lease_token = null ` +
  `where id = $2 and exists (select 1 from moved) returning id) ` +
  // An attempt left open beside a sent draft must not commit: the division by zero rolls it all back.
  `select case when m.n = f.n then m.n else m.n / (f.n - f.n) end as moved from (select count(*)::int as n from moved) m, (select count(*)::int as n from fin) f`;

/**
 * sending → sent and the attempt 'sent', in one statement, only while the attempt is this worker's
 * ('started', same token). False when it is not (taken over, closed): the caller takes the general
 * path (lockAttempt), which confirms a held draft or records a late delivery.
 */
export async function settleSent(
  db: Db,
  input: { draftId: string; sendRowId: number; leaseToken: string; actor: Actor; data: Record<string, unknown>; providerResponse: string | null },
): Promise<boolean> {
  const rows = await runPrepared(db, 'send.settle_sent', SENT_SQL, [input.draftId, input.sendRowId, input.leaseToken, JSON.stringify(input.actor), JSON.stringify(input.data), input.providerResponse]);
  return Number(rows[0]?.moved ?? 0) === 1;
}
