/**
 * submitDraft / submitDrafts: the intake verb behind POST /v1/drafts(/batch) and the MCP tools.
 *
 * authorize (workflow allowed for the token) → parse (zod, every failing path) → load, in ONE
 * prepared statement, the active policy version, the book stamp, the accounts, suppressions and
 * earlier submissions → scan (pure) → reserve template history (one autocommitted statement) →
 * tier (pure) → store drafts + audit rows in ONE statement (lifecycle.receiveDrafts: atomic on its
 * own, so no BEGIN/COMMIT round trips; an auto-approved draft is stored queued, its approved →
 * queued move audited in that statement) → return the results and the after-commit effects (post
 * for review, or add the send job); the adapter runs them (src/effects.ts).
 * A small request (≤ GUARDED_MAX drafts) in a process that has served one before skips the load:
 * it is tiered on the policy version, book stamp and template histories this process last read,
 * and stored by ONE statement that first checks all of them (plus: recipient not suppressed,
 * draft not submitted before) and writes nothing when any differs; the request then takes the
 * load path (submitKnown). So a single draft costs one Postgres round trip here, two on a miss.
 *
 * What must stay true:
 * - Idempotency lives in Postgres: (source, external_id) and (source, idempotency key) are unique
 *   indexes and the insert is ON CONFLICT DO NOTHING, so N concurrent retries store one draft and
 *   every retry gets the original back. Same key, different body → 422, nothing stored.
 * - A batch is per-item atomic: invalid items are reported, valid ones are stored together.
 * - Responses to the agent carry no sensitive CRM value and are no oracle for one (agent-view.ts):
 *   sensitive-field findings collapsed to one without offsets or excerpt, no `message` (which may
 *   quote the CRM), reasons without the account's value. Reviewers see the stored findings.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import type { Db } from '../db/client.js';
import type { Actor } from '../audit/actor.js';
import type { drafts } from '../db/schema.js';
import { BOOK_STAMP_SQL, getBook, jsonToAccount, loadBook } from '../accounts/book.js';
import { ACTIVE_POLICY_VERSION_SQL, getActivePolicy, getPolicyAtVersion, type ActivePolicy } from '../policy-store/store.js';
import { scanDraft } from '../detect/scan.js';
import { mapInSlices } from '../lib/slices.js';
import { warmScanner } from '../detect/warm.js';
import type { Book } from '../detect/book.js';
import { asciiDomainEmail, domainSuffixes, emailDomain } from '../detect/recipient-domain.js';
import type { Account, DraftInput, Finding } from '../detect/types.js';
import { readReason, tierDraft } from '../policy/tier.js';
import { checkSender } from '../policy/mailboxes.js';
import { agentFindings, agentReasons } from './agent-view.js';
import type { ReviewOutcome, TemplateHistory } from '../policy/sampling.js';
import { canonicalJson } from '../audit/canonical.js';
import { AppError, TokenRevokedError, zodFieldErrors, type ErrorCode, type FieldError } from '../lib/errors.js';
import { receiveDrafts, receiveDraftsGuarded, type NewDraftRow } from './lifecycle.js';
import type { Effect, QueuedDraft } from './effects.js';
import { initialStatus } from './initial-status.js';

export const MAX_BATCH = 1000;

/**
 * Text the gate accepts (promise 9: bad input gets a clear error and changes nothing): no NUL or
 * other C0/C1 control character except tab, newline and carriage return, no lone UTF-16 surrogate
 * (Postgres refuses NUL and text that is no valid UTF-8: a 500 and a lost batch otherwise).
 * One-line fields refuse newlines too (a subject or name with CR/LF could inject mail headers).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Nothing a reader would see: whitespace, invisible formatting, fillers. */
const BLANK = /^[\s\p{Cf}\u00ad\u034f\u115f\u1160\u3164\uffa0\u2800]*$/u;
const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function text(max: number, opts: { oneLine?: boolean; required?: boolean } = {}) {
  return z
    .string()
    .max(max)
    .superRefine((s, ctx) => {
      const c = CONTROL.exec(s);
      if (c) ctx.addIssue({ code: 'custom', message: `contains the control character ${hex(c[0])} at offset ${c.index}; only tab, newline and carriage return are allowed` });
      const u = LONE_SURROGATE.exec(s);
      if (u) ctx.addIssue({ code: 'custom', message: `contains a lone UTF-16 surrogate (${hex(u[0])}) at offset ${u.index}: not valid Unicode text` });
      if (opts.oneLine && /[\r\n\u2028\u2029]/.test(s)) ctx.addIssue({ code: 'custom', message: 'must be one line (no line breaks)' });
      if (opts.required && BLANK.test(s)) ctx.addIssue({ code: 'custom', message: s === '' ? 'must not be empty' : 'must not be empty or only whitespace / invisible characters' });
    });
}

export const DraftIn = z
  .strictObject({
    external_id: text(200, { oneLine: true, required: true }).transform((s) => s.trim()).describe('Your id for this draft; resubmitting the same id returns the original result'),
    account_id: text(200, { oneLine: true, required: true }).describe('CRM account id'),
    to: z.strictObject({
      // A domain written in Unicode is taken in its ASCII form, as the book holds domains.
      email: z.string().max(320).transform(asciiDomainEmail).pipe(z.email())
        .meta({ format: 'email' })
        .describe("The recipient: an address at one of the account's domains (another account's domain blocks the draft); a domain in Unicode (jane@münchner-bau.de) is stored in its ASCII form"),
      name: text(200, { oneLine: true }).optional(),
    }),
    from: z.email().max(320).describe('Sending mailbox: one of the policy\'s mailboxes'),
    subject: text(998, { oneLine: true, required: true }),
    body: text(100_000, { required: true }),
    workflow: text(100, { oneLine: true, required: true }).describe('Workflow id from the policy (e.g. intro, follow_up)'),
    template_id: text(200, { oneLine: true, required: true }),
    prompt: text(100_000).optional(),
    data_sources: z.array(text(500)).max(100).optional(),
    agent_run_id: text(200, { oneLine: true }).optional(),
  });
export type DraftIn = z.infer<typeof DraftIn>;

export const DraftBatchIn = z.strictObject({ drafts: z.array(z.unknown()).min(1).max(MAX_BATCH) }).meta({ id: 'DraftBatchIn' });

export const FindingOut = z.object({
  kind: z.string(),
  severity: z.enum(['critical', 'warn', 'info']),
  field: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
});

/** What every answer about a draft carries (intake result, status read). */
export const DraftSummaryOut = z.object({
  id: z.uuid(),
  external_id: z.string(),
  status: z.string(),
  tier: z.enum(['blocked', 'high', 'low']),
  sampled: z.boolean(),
  findings: z.array(FindingOut),
});

export const DraftOut = DraftSummaryOut.extend({ reasons: z.array(z.string()) });
export type DraftOut = z.infer<typeof DraftOut>;

export type ItemResult =
  | { index: number; ok: true; created: boolean; draft: DraftOut }
  | { index: number; ok: false; status: number; code: ErrorCode; message: string; errors: FieldError[] };

export interface SubmitContext {
  actor: Actor;
  /**
   * The client: the token's NAME (not its id), or 'cli' / 'demo'. Scopes idempotency, so a retry
   * by a rotated token of the same client returns the original draft instead of a second send.
   */
  source: string;
  /** Workflows the caller may submit for; empty = any. */
  workflows?: string[];
  /**
   * The token whose revocation the verb checks itself, inside the statements that read or write for
   * the request (the REST routes then skip the per-request token lookup): a revoked token gets
   * TokenRevokedError and nothing is read for it or stored. Unset: the caller checked.
   */
  liveTokenId?: string;
}

/** SQL: true unless $n names a token that is revoked or gone. */
const tokenLiveSql = (n: number) => `($${n}::uuid is null or exists (select 1 from api_tokens t where t.id = $${n}::uuid and t.revoked_at is null))`;

/** For a request answered without any statement (every item refused): one lookup of the token. */
async function assertTokenLive(deps: IntakeDeps, ctx: SubmitContext): Promise<void> {
  if (!ctx.liveTokenId) return;
  const [row] = await deps.sql.unsafe<Array<{ live: boolean }>>(`select ${tokenLiveSql(1)} as live`, [ctx.liveTokenId], { prepare: true });
  if (!row?.live) throw new TokenRevokedError(ctx.liveTokenId);
}

export interface SubmitItem {
  input: unknown;
  idempotencyKey?: string | undefined;
}

const fail = (index: number, code: ErrorCode, message: string, errors: FieldError[] = []): ItemResult => ({
  index,
  ok: false,
  status: new AppError(code, message).status,
  code,
  message,
  errors,
});

/** What intake uses of the deps (a verb takes only what it uses). */
export type IntakeDeps = Pick<Deps, 'db' | 'sql' | 'log'>;

export const requestHash = (d: DraftIn): string => createHash('sha256').update(canonicalJson(d)).digest('hex');


type StoredDraft = Pick<typeof drafts.$inferSelect, 'id' | 'externalId' | 'idempotencyKey' | 'requestHash' | 'status' | 'tier' | 'sampled' | 'tierReasons' | 'findings'>;

function storedOut(d: StoredDraft): DraftOut {
  // Stored reasons are for reviewers; the agent gets the finding list, which is its own text.
  return {
    id: d.id,
    external_id: d.externalId,
    status: d.status,
    tier: d.tier,
    sampled: d.sampled,
    reasons: agentReasons(d.tierReasons.map(readReason), d.findings),
    findings: agentFindings(d.findings),
  };
}

/**
 * The earlier submissions of this client with one of these external ids or keys, as JSON rows.
 * Each id and key is probed in its unique index (source, external_id / idempotency_key), one
 * lateral lookup per element of the unnest, whatever the planner estimates: a filter `external_id = any(array)` over the client's rows reads every draft the client
 * ever sent (a generic plan kept only `source` as the index condition: 37 ms for 1,000 ids against
 * 4,000 drafts, growing with the table).
 */
const EXISTING_IDS_SQL = (source: string, externalIds: string, keys: string) =>
  `select d.id from unnest((select ${externalIds}::text[])::text[]) as x(v) cross join lateral (select d.id from drafts d where d.source = ${source}::text and d.external_id = x.v limit 1) d ` +
  `union select d.id from unnest((select ${keys}::text[])::text[]) as y(v) cross join lateral (select d.id from drafts d where d.source = ${source}::text and d.idempotency_key = y.v limit 1) d`;
const EXISTING_SQL = (source: string, externalIds: string, keys: string) => `(select coalesce(json_agg(json_build_object(
      'id', d.id, 'externalId', d.external_id, 'idempotencyKey', d.idempotency_key, 'requestHash', d.request_hash, 'status', d.status,
      'tier', d.tier, 'sampled', d.sampled, 'tierReasons', d.tier_reasons, 'findings', d.findings)), '[]')
     from drafts d where d.id in (${EXISTING_IDS_SQL(source, externalIds, keys)}))`;

/**
 * Everything intake reads before it scans, in ONE prepared statement (one round trip): the active
 * policy version, the book stamp, the batch's accounts, which of its recipient keys are suppressed
 * and the client's earlier submissions with the same external ids or Idempotency-Keys.
 * Each array parameter is read through a scalar subquery (`any((select $1::text[])::text[])`): the planner
 * then costs a plan the same whatever the arrays hold, so Postgres settles on the prepared
 * statement's generic plan instead of planning it again on every execution (a custom plan is
 * costed on the literal arrays, looked cheaper, and cost ~0.3 ms of planning per request).
 */
const LOAD_SQL =
  `select ${ACTIVE_POLICY_VERSION_SQL} as policy_version, ${BOOK_STAMP_SQL} as stamp, ` +
  `(select coalesce(json_agg(a), '[]') from accounts a where a.id = any((select $1::text[])::text[])) as accounts, ` +
  `(select coalesce(array_agg(s.value), '{}') from suppressions s where s.value = any((select $2::text[])::text[])) as suppressed, ` +
  `${EXISTING_SQL('$3', '$4', '$5')} as existing, ` +
  `(select coalesce(json_agg(json_build_object('template_id', t.template_id, 'seen', t.seen, 'state', t.state, 'recent_sampled', t.recent_sampled, 'clean_run', t.clean_run)), '[]') ` +
  `from templates t where t.template_id = any((select $6::text[])::text[])) as templates, ` +
  `${tokenLiveSql(7)} as token_live`;
const EXISTING_ONLY_SQL = `select ${EXISTING_SQL('$1', '$2', '$3')} as existing`;

/** A template's history row as read (load) or as left by a reservation (guard info). */
type TemplateRow = { template_id: string; seen: number; state: TemplateHistory['state']; recent_sampled: string[]; clean_run: number };

interface Loaded {
  templates: TemplateRow[];
  policyVersion: number | null;
  stamp: string;
  accounts: Array<Record<string, unknown>>;
  suppressed: string[];
  existing: StoredDraft[];
}

async function loadForIntake(deps: IntakeDeps, ctx: SubmitContext, accountIds: string[], addrs: string[], externalIds: string[], keys: string[], templateIds: string[]): Promise<Loaded> {
  const [row] = await deps.sql.unsafe<Array<{ policy_version: number | null; stamp: string; accounts: Loaded['accounts']; suppressed: string[]; existing: StoredDraft[]; templates: TemplateRow[]; token_live: boolean }>>(
    LOAD_SQL,
    [pgArray(accountIds), pgArray(addrs), ctx.source, pgArray(externalIds), pgArray(keys), pgArray(templateIds), ctx.liveTokenId ?? null],
    { prepare: true },
  );
  // Read in the same snapshot as everything else: a revoked token learns nothing (no replay either).
  if (!row!.token_live) throw new TokenRevokedError(ctx.liveTokenId!);
  return { policyVersion: row!.policy_version, stamp: row!.stamp, accounts: row!.accounts, suppressed: row!.suppressed, existing: row!.existing, templates: row!.templates };
}

async function loadExisting(deps: IntakeDeps, source: string, externalIds: string[], keys: string[]): Promise<StoredDraft[]> {
  if (!externalIds.length && !keys.length) return [];
  const [row] = await deps.sql.unsafe<Array<{ existing: StoredDraft[] }>>(EXISTING_ONLY_SQL, [source, pgArray(externalIds), pgArray(keys)], { prepare: true });
  return row!.existing;
}

/** Same request again → the original; same id/key with another body → 422. */
function replay(index: number, d: DraftIn, hash: string, key: string | undefined, existing: StoredDraft[]): ItemResult | null {
  const byKey = key ? existing.find((e) => e.idempotencyKey === key) : undefined;
  const hit = byKey ?? existing.find((e) => e.externalId === d.external_id);
  if (!hit) return null;
  if (hit.requestHash !== hash) {
    return fail(index, 'UNPROCESSABLE', byKey ? 'this Idempotency-Key was already used with a different request body' : `external_id "${d.external_id}" was already submitted with a different body`, [
      { path: byKey ? 'Idempotency-Key' : 'external_id', message: 'already used with a different body' },
    ]);
  }
  return { index, ok: true, created: false, draft: storedOut(hit) };
}

/** Submit up to MAX_BATCH drafts; one result per item, in input order. */
export interface SubmitResult {
  results: ItemResult[];
  /** Run after commit by the adapter (afterCommit). */
  effects: Effect[];
}

export async function submitDrafts(deps: IntakeDeps, ctx: SubmitContext, items: SubmitItem[]): Promise<SubmitResult> {
  if (items.length > MAX_BATCH) throw new AppError('UNPROCESSABLE', `at most ${MAX_BATCH} drafts per batch`, { errors: [{ path: 'drafts', message: `at most ${MAX_BATCH} items` }] });
  const results: Array<ItemResult | undefined> = new Array(items.length);
  const effects: Effect[] = [];
  type Valid = { index: number; d: DraftIn; hash: string; key: string | undefined };
  let valid: Valid[] = [];
  items.forEach((it, index) => {
    const res = DraftIn.safeParse(it.input);
    if (!res.success) {
      results[index] = fail(index, 'UNPROCESSABLE', 'draft failed validation', zodFieldErrors(res.error.issues));
      return;
    }
    const d = res.data;
    if (ctx.workflows?.length && !ctx.workflows.includes(d.workflow)) {
      results[index] = fail(index, 'FORBIDDEN', `this token may not submit drafts for workflow "${d.workflow}"`, [{ path: 'workflow', message: 'not allowed for this token' }]);
      return;
    }
    const key = it.idempotencyKey;
    valid.push({ index, d, hash: requestHash(d), key });
  });

  if (!valid.length) {
    await assertTokenLive(deps, ctx);
    return { results: results as ItemResult[], effects };
  }
  if (valid.length <= GUARDED_MAX) {
    const done = await submitKnown(deps, ctx, valid, results, effects);
    if (done) return { results: results as ItemResult[], effects };
  }
  // One round trip reads all the request needs (policy version, book stamp, accounts, suppressions,
  // earlier submissions), for every item that passed parsing; the checks below keep their order.
  // A larger request in a warmed process scans while that read runs, on the Book of the stamp it
  // knows (the accounts then come from that Book, not from the read); the scans are kept only when
  // the read finds the same policy version and stamp, else everything is read and scanned again.
  const accountIds = [...new Set(valid.map((v) => v.d.account_id))];
  const load = (withAccounts: boolean) =>
    loadForIntake(
      deps,
      ctx,
      withAccounts ? accountIds : [],
      [...new Set(valid.flatMap((v) => suppressionKeys(v.d.to.email)))],
      valid.map((v) => v.d.external_id),
      valid.flatMap((v) => (v.key ? [v.key] : [])),
      [...new Set(valid.map((v) => v.d.template_id))],
    );
  const k = knownByDb.get(deps.db);
  const pending = load(!k);
  pending.catch(() => {});
  const pre = k ? await prescan(deps, k, valid) : null;
  let loaded = await pending;
  const hit = pre !== null && loaded.stamp === pre.stamp && (loaded.policyVersion ?? 0) === pre.policyVersion;
  if (k && !hit) loaded = await load(true);
  const active = await getPolicyAtVersion(deps.db, loaded.policyVersion);
  const policy = active.policy;
  if (active.version === (loaded.policyVersion ?? 0)) learn(deps.db, { policyVersion: active.version, stamp: loaded.stamp }, loaded.templates);
  const known = Object.keys(policy.workflows);
  valid = valid.filter((v) => {
    if (known.length && !known.includes(v.d.workflow)) {
      results[v.index] = fail(v.index, 'UNPROCESSABLE', `unknown workflow "${v.d.workflow}"`, [{ path: 'workflow', message: `must be one of: ${known.join(', ')}` }]);
      return false;
    }
    // The sender must be ours (promise 10): one of the policy's mailboxes, or at our domains.
    const sender = checkSender(policy, v.d.from);
    if (!sender.ok) {
      results[v.index] = fail(v.index, 'UNPROCESSABLE', `from ${sender.reason}`, [{ path: 'from', message: 'not one of our sending mailboxes' }]);
      return false;
    }
    return true;
  });

  if (valid.length) {
    const accountById = hit ? new Map(accountIds.flatMap((id) => { const a = pre.book.get(id); return a ? [[id, a] as const] : []; })) : new Map(loaded.accounts.map((j) => [String(j.id), jsonToAccount(j)]));
    const suppressedSet = new Set(loaded.suppressed);
    const existing = loaded.existing;

    // Earlier submissions and unknown accounts are answered without scanning.
    valid = valid.filter((v) => {
      const r = replay(v.index, v.d, v.hash, v.key, existing);
      if (r) {
        results[v.index] = r;
        return false;
      }
      if (!accountById.has(v.d.account_id)) {
        results[v.index] = fail(v.index, 'NOT_FOUND', `unknown account "${v.d.account_id}"`, [{ path: 'account_id', message: 'no such account' }]);
        return false;
      }
      return true;
    });

    if (valid.length) {
      const book = hit ? pre.book : await getBook(deps.db, loaded.stamp, policy.sensitive_fields);
      // In slices: the event loop keeps answering (Slack's 3 s acks among them) while a batch scans.
      const scanned = await mapInSlices(valid, (v) => {
        const account = accountById.get(v.d.account_id) as Account;
        const findings = (hit && pre.policy === policy ? pre.findings.get(v.index) : undefined) ?? scanDraft(v.d as DraftInput, account, book, policy);
        return { ...v, account, findings };
      });
      const stored = await storeDrafts(deps, ctx, scanned, policy, active.version, suppressedSet, loaded.templates);
      await finish(deps, ctx, scanned, stored!, results, effects);
    }
  }
  return { results: results as ItemResult[], effects };
}

/**
 * The scans of a larger request on what this process knows (policy version, book stamp), run
 * while the request's read is in flight; kept by the caller only if the read agrees.
 */
async function prescan(
  deps: IntakeDeps,
  k: Known,
  valid: Array<{ index: number; d: DraftIn }>,
): Promise<{ policyVersion: number; stamp: string; policy: ActivePolicy['policy']; book: Book; findings: Map<number, Finding[]> } | null> {
  const active = await getPolicyAtVersion(deps.db, k.policyVersion);
  if (active.version !== k.policyVersion) return null;
  const policy = active.policy;
  const book = await getBook(deps.db, k.stamp, policy.sensitive_fields);
  // Let the read leave before the event loop is busy scanning.
  await new Promise((r) => setImmediate(r));
  const findings = new Map<number, Finding[]>();
  await mapInSlices(valid, (v) => {
    const account = book.get(v.d.account_id);
    if (account) findings.set(v.index, scanDraft(v.d as DraftInput, account, book, policy));
  });
  return { policyVersion: k.policyVersion, stamp: k.stamp, policy, book, findings };
}

/** The answers and after-commit effects of the drafts stored (or not) by storeDrafts. */
async function finish(deps: IntakeDeps, ctx: SubmitContext, scanned: Scanned[], stored: Stored, results: Array<ItemResult | undefined>, effects: Effect[]): Promise<void> {
  // Rows not stored collided with a concurrent retry (or a twin earlier in this batch).
  const lost = scanned.filter((s) => !stored.has(s.index));
  const reread = lost.length ? await loadExisting(deps, ctx.source, lost.map((l) => l.d.external_id), lost.flatMap((l) => (l.key ? [l.key] : []))) : [];
  for (const s of scanned) {
    const out = stored.get(s.index);
    if (out) results[s.index] = { index: s.index, ok: true, created: true, draft: out.draft };
    else results[s.index] = replay(s.index, s.d, s.hash, s.key, reread) ?? fail(s.index, 'CONFLICT', 'draft collided with a concurrent submission; retry');
  }
  for (const { draft, queued } of stored.values()) {
    if (draft.status === 'pending_review') effects.push({ kind: 'post_review', draftId: draft.id });
    // Stored as queued (approved → queued audited in the store statement): only the job is left.
    else if (queued) effects.push({ kind: 'add_send_job', draft: queued });
    else if (draft.status === 'approved') effects.push({ kind: 'send', draftId: draft.id, actor: ctx.actor });
  }
}

/**
 * What this process last read of the database's state that intake depends on: the active policy
 * version, the book stamp and each template's history. Never trusted on its own: a small request
 * (submitKnown) tiers on it and its store statement checks every piece of it (KNOWN_GUARD_SQL).
 */
interface Known {
  policyVersion: number;
  stamp: string;
  templates: Map<string, TemplateRow>;
}
const knownByDb = new WeakMap<Db, Known>();
const KNOWN_TEMPLATES_MAX = 10_000;

function learn(db: Db, state: { policyVersion: number; stamp: string } | null, templates: TemplateRow[]): void {
  let k = knownByDb.get(db);
  if (state && (!k || k.policyVersion !== state.policyVersion || k.stamp !== state.stamp)) {
    k = { ...state, templates: k?.templates ?? new Map() };
    knownByDb.set(db, k);
  }
  if (!k) return;
  if (k.templates.size > KNOWN_TEMPLATES_MAX) k.templates.clear();
  for (const t of templates) k.templates.set(t.template_id, t);
}

/**
 * Compile the active policy's rules, load the book and scan one made-up draft against it before
 * the first draft arrives (detect/warm.ts). Compiling is seconds of CPU when the rule packs run
 * from source (under a second from the build), and a first scan builds the book's indexes and
 * compiles the regexes common words call up (about half of a cold first scan), all of it on the
 * event loop: done on the first request instead, it stalls every request in flight, and a
 * connection the pool was opening meanwhile times out (a 503 for a request that did nothing
 * wrong). `serve` calls this before it listens. Rules and book are cached (per policy, per book
 * stamp), so the first draft only finds them.
 */
export async function warmIntake(deps: Pick<Deps, 'db'>): Promise<void> {
  const { policy } = await getActivePolicy(deps.db, { fresh: true });
  warmScanner(policy, await loadBook(deps.db, policy.sensitive_fields));
}

/** Forget what this process knows (tests; the next request reads everything again). */
export function forgetIntakeState(db: Db): void {
  knownByDb.delete(db);
}

/**
 * A small request (≤ GUARDED_MAX drafts) in ONE round trip: tier on what this process knows
 * (policy version, book stamp — so the cached Book and its accounts —, template histories), assume
 * the recipients are not suppressed and the drafts are new, and store behind a guard that checks
 * all of it in the same statement. False (nothing written) when something is not known here or
 * the guard finds the database elsewhere (a new policy or book, a suppressed recipient, an earlier
 * submission): the caller then reads everything (LOAD_SQL) as for any request. Items that fail a
 * policy check also go that way, so every answer comes from the one path that reads the database.
 */
async function submitKnown(
  deps: IntakeDeps,
  ctx: SubmitContext,
  valid: Array<{ index: number; d: DraftIn; hash: string; key: string | undefined }>,
  results: Array<ItemResult | undefined>,
  effects: Effect[],
): Promise<boolean> {
  const k = knownByDb.get(deps.db);
  if (!k || !valid.every((v) => k.templates.has(v.d.template_id))) return false;
  const active = await getPolicyAtVersion(deps.db, k.policyVersion);
  if (active.version !== k.policyVersion) return false;
  const policy = active.policy;
  const known = Object.keys(policy.workflows);
  if (!valid.every((v) => (!known.length || known.includes(v.d.workflow)) && checkSender(policy, v.d.from).ok)) return false;
  const book = await getBook(deps.db, k.stamp, policy.sensitive_fields);
  const scanned: Scanned[] = [];
  for (const v of valid) {
    const account = book.get(v.d.account_id);
    if (!account) return false;
    scanned.push({ ...v, account, findings: scanDraft(v.d as DraftInput, account, book, policy) });
  }
  const env: KnownEnv = {
    policyVersion: k.policyVersion,
    stamp: k.stamp,
    suppressionKeys: [...new Set(valid.flatMap((v) => suppressionKeys(v.d.to.email)))],
    externalIds: valid.map((v) => v.d.external_id),
    keys: valid.flatMap((v) => (v.key ? [v.key] : [])),
  };
  const read = [...new Set(valid.map((v) => v.d.template_id))].map((t) => k.templates.get(t)!);
  const stored = await storeDrafts(deps, ctx, scanned, policy, active.version, new Set(), read, env);
  // The database moved on (or a recipient is suppressed, or a draft was submitted before): the
  // caller reads it, and what it reads replaces what this process knew.
  if (!stored) return false;
  await finish(deps, ctx, scanned, stored, results, effects);
  return true;
}

/** Reserve (or, with negative counts, hand back) slots in templates' histories; prepared. */
const RESERVE_SQL = `insert into templates (template_id, workflow, seen)
  select * from unnest($1::text[], $2::text[], $3::int[])
  on conflict (template_id) do update set seen = greatest(0, templates.seen + excluded.seen), updated_at = now()
  returning template_id, seen, state, recent_sampled, clean_run`;

/** The drafts stored, by input index: the answer, and for one stored as queued what its send job needs. */
type Stored = Map<number, { draft: DraftOut; queued: QueuedDraft | undefined }>;

const queuedDraft = (r: Omit<NewDraftRow, 'status'>): QueuedDraft => ({
  id: r.id!,
  templateId: r.templateId,
  workflow: r.workflow,
  fromMailbox: r.fromMailbox,
  accountId: r.accountId,
  toEmail: r.toEmail,
  decidedBy: null,
  client: r.client ?? null,
});

type Scanned = { index: number; d: DraftIn; hash: string; key: string | undefined; account: Account; findings: Finding[] };

async function storeDrafts(
  deps: IntakeDeps,
  ctx: SubmitContext,
  scanned: Scanned[],
  policy: ActivePolicy['policy'],
  policyVersion: number,
  suppressedSet: Set<string>,
  read: TemplateRow[],
  env?: KnownEnv,
): Promise<Stored | null> {
  const perTemplate = new Map<string, { workflow: string; n: number }>();
  for (const s of scanned) {
    const t = perTemplate.get(s.d.template_id);
    if (t) t.n++;
    else perTemplate.set(s.d.template_id, { workflow: s.d.workflow, n: 1 });
  }
  // Sorted so concurrent batches lock template rows in the same order (no deadlock).
  const tplIds = [...perTemplate.keys()].sort();
  const reserveParams = (ids: string[], counts: number[]) => [pgArray(ids), pgArray(ids.map((t) => perTemplate.get(t)!.workflow)), `{${counts.join(',')}}`];
  // Reserve this batch's slots in each template's history in one autocommitted statement, so the
  // template row lock is held for one statement, not the whole transaction (concurrent intakes of
  // one template would otherwise queue behind each other's commit). Slots of drafts that end up
  // not stored (failed insert, a concurrent retry won) are handed back below.
  const reserve = (ids: string[], counts: number[]) => deps.sql.unsafe<TemplateRow[]>(RESERVE_SQL, reserveParams(ids, counts), { prepare: true });
  const giveBack = async (lostPerTemplate: Map<string, number>) => {
    const ids = [...lostPerTemplate.keys()].sort();
    if (ids.length) await reserve(ids, ids.map((t) => -lostPerTemplate.get(t)!)).catch((err) => deps.log.warn({ err }, 'could not hand back template slots'));
  };
  const keep = (rows: TierRows, inserted: Array<{ id: string }>) => {
    const ok = new Set(inserted.map((r) => r.id));
    const out: Stored = new Map();
    for (const r of rows) if (ok.has(r.row.id!)) out.set(r.index, { draft: r.out, queued: r.queue ? queuedDraft(r.row) : undefined });
    return out;
  };
  const settle = async (stored: Stored) => {
    const lost = new Map<string, number>();
    for (const s of scanned) if (!stored.has(s.index)) lost.set(s.d.template_id, (lost.get(s.d.template_id) ?? 0) + 1);
    await giveBack(lost);
    return stored;
  };
  const tier = (tplRows: TemplateRow[]) => tierRows(ctx, scanned, policy, policyVersion, suppressedSet, historyOf(tplRows, perTemplate));

  let tplRows: TemplateRow[];
  if (scanned.length <= GUARDED_MAX) {
    // Small requests (a single draft): tier on the history as read with everything else, then
    // reserve and store in ONE statement that stores only if the history was still exactly that
    // when the reservation locked the row (what reserve-then-tier would have seen). Otherwise (a
    // concurrent intake of the same template came between) the reservation stands, nothing is
    // stored, and the drafts are tiered again on the history it returned, as below. A failure of
    // the statement changes nothing (no slots to hand back).
    const byId = new Map(read.map((r) => [r.template_id, r]));
    const assumed = tplIds.map((t) => {
      const r = byId.get(t);
      return { template_id: t, n: perTemplate.get(t)!.n, seen: r ? Number(r.seen) : 0, state: r?.state ?? 'normal', recent_sampled: r?.recent_sampled ?? [], clean_run: r ? Number(r.clean_run) : 0 };
    });
    const rows = tierRows(ctx, scanned, policy, policyVersion, suppressedSet, new Map(assumed.map((a) => [a.template_id, { seen: a.seen, state: a.state, recentSampled: a.recent_sampled as ReviewOutcome[], cleanRun: a.clean_run }])));
    const params: unknown[] = [...reserveParams(tplIds, tplIds.map((t) => perTemplate.get(t)!.n)), JSON.stringify(assumed), policy.high_tier.new_template_probation];
    if (env) params.push(env.policyVersion, env.stamp, pgArray(env.suppressionKeys), ctx.source, pgArray(env.externalIds), pgArray(env.keys), ctx.liveTokenId ?? null);
    const g = await receiveDraftsGuarded(deps.db, rows, ctx.actor, { with: env ? KNOWN_GUARD_SQL : GUARD_SQL, params });
    const info = g.info as { env: boolean; templates: TemplateRow[] };
    // What the reservation left: the history the next request of these templates assumes.
    learn(deps.db, null, info.templates);
    if (g.ok) return settle(keep(rows, g.stored));
    // Unknown state (KNOWN_GUARD_SQL): nothing was reserved or stored.
    if (!info.env) return null;
    tplRows = info.templates;
  } else {
    tplRows = await reserve(tplIds, tplIds.map((t) => perTemplate.get(t)!.n));
    learn(deps.db, null, tplRows);
  }
  let stored: Stored;
  try {
    const rows = tier(tplRows);
    // One statement stores every draft with its audit rows (atomic on its own: no BEGIN/COMMIT
    // round trips around it).
    stored = keep(rows, await receiveDrafts(deps.db, rows, ctx.actor));
  } catch (e) {
    await giveBack(new Map([...perTemplate].map(([t, v]) => [t, v.n])));
    throw e;
  }
  return settle(stored);
}

/** At most this many drafts are reserved and stored in one guarded statement (see storeDrafts). */
const GUARDED_MAX = 10;

/**
 * The guard for receiveDraftsGuarded: reserve the slots (as RESERVE_SQL) and hold when every
 * template's history before the reservation is the one the drafts were tiered on ($6): the same
 * state, sampled outcomes and clean run, and the same count of drafts seen — or both past the
 * new-template probation ($7), since tierDraft reads `seen` only as `seen < new_template_probation`
 * (and in that reason's text), so every count past it tiers alike.
 */
const guardSql = (envOk: string, where: string) => `tpl as (insert into templates (template_id, workflow, seen)
    select * from unnest($3::text[], $4::text[], $5::int[])${where}
    on conflict (template_id) do update set seen = greatest(0, templates.seen + excluded.seen), updated_at = now()
    returning template_id, seen, state, recent_sampled, clean_run),
  guard as (select ${envOk} and coalesce(bool_and(coalesce((e.seen = tpl.seen - e.n or (e.seen >= $7::int and tpl.seen - e.n >= $7::int)) and e.state = tpl.state and e.recent_sampled = tpl.recent_sampled and e.clean_run = tpl.clean_run, false)), false) as ok,
      json_build_object('env', ${envOk}, 'templates', coalesce(json_agg(json_build_object('template_id', tpl.template_id, 'seen', tpl.seen, 'state', tpl.state, 'recent_sampled', tpl.recent_sampled, 'clean_run', tpl.clean_run)) filter (where tpl.template_id is not null), '[]')) as info
    from tpl left join jsonb_to_recordset($6::jsonb) as e(template_id text, n int, seen int, state text, recent_sampled text[], clean_run int) on e.template_id = tpl.template_id)`;
const GUARD_SQL = guardSql('true', '');

/** What submitKnown assumed besides the template histories; KNOWN_GUARD_SQL checks it. */
interface KnownEnv {
  policyVersion: number;
  stamp: string;
  suppressionKeys: string[];
  externalIds: string[];
  keys: string[];
}

/**
 * GUARD_SQL for submitKnown, whose drafts were tiered on state this process remembered rather than
 * read: before reserving anything it checks, in the same statement (one snapshot), that the active
 * policy is still version $8, the book stamp still $9 (so the accounts are those of the Book the
 * drafts were scanned with), no recipient key ($10) is suppressed, and the client ($11) has no
 * draft with one of these external ids ($12) or Idempotency-Keys ($13), and that the request's
 * token ($14, when the verb checks it) is not revoked. When any of it fails nothing is reserved or
 * stored (`env` false in info; the caller's read then says which); otherwise it is GUARD_SQL.
 */
const KNOWN_GUARD_SQL =
  `env as (select coalesce(${ACTIVE_POLICY_VERSION_SQL}, 0) = $8::int and ${BOOK_STAMP_SQL} = $9::text and ${tokenLiveSql(14)} ` +
  `and not exists (select 1 from suppressions s where s.value = any($10::text[])) ` +
  `and not exists (${EXISTING_IDS_SQL('$11', '$12', '$13')}) as ok), ` +
  guardSql('(select ok from env)', ' where (select ok from env)');

/** Each template's history before this request's drafts, from the rows its reservation returned. */
function historyOf(tplRows: TemplateRow[], perTemplate: Map<string, { n: number }>): Map<string, TemplateHistory> {
  const history = new Map<string, TemplateHistory>();
  for (const r of tplRows) {
    history.set(r.template_id, {
      seen: Number(r.seen) - perTemplate.get(r.template_id)!.n,
      state: r.state,
      recentSampled: r.recent_sampled as ReviewOutcome[],
      cleanRun: Number(r.clean_run),
    });
  }
  return history;
}

type TierRows = Array<{ row: Omit<NewDraftRow, 'status'>; to: 'blocked' | 'pending_review' | 'approved'; queue: boolean; index: number; out: DraftOut }>;

/** Tier (pure) every scanned draft on its template's history, in order; the rows to store. */
function tierRows(ctx: SubmitContext, scanned: Scanned[], policy: ActivePolicy['policy'], policyVersion: number, suppressedSet: Set<string>, history: Map<string, TemplateHistory>): TierRows {
  const rows: TierRows = [];
  for (const s of scanned) {
    const h = history.get(s.d.template_id)!;
    const template = { ...h };
    h.seen++;
    const id = randomUUID();
    const email = s.d.to.email.toLowerCase();
    const tierIn = {
      draftId: id,
      draft: s.d as DraftInput,
      account: s.account,
      findings: s.findings,
      policyVersion,
      suppressed: suppressionKeys(email).some((k) => suppressedSet.has(k)),
      template,
    };
    const t = tierDraft(tierIn, policy);
    const to = initialStatus(t);
    rows.push({
      index: s.index,
      to,
      // Auto-approved: queued in the same statement (what the 'send' effect's queueDraft did after commit).
      queue: to === 'approved',
      row: {
        id,
        source: ctx.source,
        client: ctx.source,
        externalId: s.d.external_id,
        idempotencyKey: s.key ?? null,
        requestHash: s.hash,
        accountId: s.d.account_id,
        toEmail: s.d.to.email,
        toName: s.d.to.name ?? null,
        fromMailbox: s.d.from,
        subject: s.d.subject,
        body: s.d.body,
        workflow: s.d.workflow,
        templateId: s.d.template_id,
        prompt: s.d.prompt ?? null,
        dataSources: s.d.data_sources ?? [],
        agentRunId: s.d.agent_run_id ?? null,
        tier: t.tier,
        sampled: t.sampled,
        sampleRate: t.sampleRate,
        twoPerson: t.twoPerson,
        tierReasons: t.reasons,
        findings: s.findings,
        policyVersion,
      },
      out: {
        id,
        external_id: s.d.external_id,
        status: to,
        tier: t.tier,
        sampled: t.sampled,
        reasons: agentReasons(t.why, s.findings),
        findings: agentFindings(s.findings),
      },
    });
  }
  // One statement stores every draft with its audit rows (atomic on its own: no BEGIN/COMMIT
  // round trips around it).
  return rows;
}

/** A recipient is suppressed by its address, its domain or any parent domain (subdomains count). */
function suppressionKeys(email: string): string[] {
  const e = email.trim().toLowerCase();
  return [e, ...domainSuffixes(emailDomain(e))];
}

/**
 * A Postgres array literal of text values (passed as one parameter). Every element is quoted; inside
 * quotes only backslash and double quote are escaped (a tab or any other character stays itself).
 */
export function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** One draft. Created → {created: true}; an identical retry → {created: false} with the original. */
export async function submitDraft(deps: IntakeDeps, ctx: SubmitContext, input: unknown, idempotencyKey?: string): Promise<{ created: boolean; draft: DraftOut; effects: Effect[] }> {
  const { results: [r], effects } = await submitDrafts(deps, ctx, [{ input, idempotencyKey }]);
  if (!r!.ok) throw new AppError(r!.code, r!.message, { errors: r!.errors });
  return { created: r!.created, draft: r!.draft, effects };
}
