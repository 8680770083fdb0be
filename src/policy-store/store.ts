/**
 * The stored policy: exactly one active version in Postgres (partial unique index). Applying a
 * file validates it first (errors name key and line), then swaps the active row and audits, in
 * one transaction. Readers cache the active policy for a second, so every process picks up a new
 * version within ~1 s without a query per draft; intake reads the active version in the round
 * trip it makes anyway and takes the cached policy only when it is that version
 * (`getPolicyAtVersion`), so a new version is in force there on the next request.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { policies } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { AppError } from '../lib/errors.js';
import { Policy, parsePolicy, defaultPolicy } from '../policy/schema.js';

export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../policy/default-policy.yaml', import.meta.url));

export interface ActivePolicy {
  version: number;
  policy: Policy;
  yaml: string;
  appliedAt: Date | null;
  comment: string;
}

const cache = new WeakMap<Db, { at: number; value: ActivePolicy }>();
const TTL_MS = 1000;

export async function readPolicyFile(path?: string): Promise<string> {
  return readFile(path ?? DEFAULT_POLICY_PATH, 'utf8');
}

/** Parse or throw UNPROCESSABLE with every error's key path and line. */
export function parsePolicyOrThrow(yaml: string): Policy {
  const res = parsePolicy(yaml);
  if (!res.ok) {
    throw new AppError('UNPROCESSABLE', `policy is invalid (${res.errors.length} error${res.errors.length > 1 ? 's' : ''}); nothing was applied`, {
      errors: res.errors.map((e) => ({ path: e.line ? `${e.path} (line ${e.line})` : e.path, message: e.message })),
    });
  }
  return res.policy;
}

export async function getActivePolicy(db: Db, opts: { fresh?: boolean } = {}): Promise<ActivePolicy> {
  const hit = cache.get(db);
  if (!opts.fresh && hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const [row] = await db.select().from(policies).where(eq(policies.active, true));
  const value: ActivePolicy = row
    ? { version: row.version, policy: Policy.parse(row.document), yaml: row.yaml, appliedAt: row.appliedAt, comment: row.comment }
    : { version: 0, policy: defaultPolicy(), yaml: '', appliedAt: null, comment: 'built-in defaults (no policy applied yet)' };
  cache.set(db, { at: Date.now(), value });
  return value;
}

/**
 * The active policy when the caller has just read the active version itself (intake reads it in
 * the same round trip as its other reads: `select version from policies where active`, null when
 * none): the cached policy when it is that version, else one fresh read. A new version is seen on
 * the very next request, with no query of its own while it stays the same.
 */
export async function getPolicyAtVersion(db: Db, version: number | null): Promise<ActivePolicy> {
  const hit = cache.get(db);
  if (hit && hit.value.version === (version ?? 0)) return hit.value;
  return getActivePolicy(db, { fresh: true });
}

/** SQL text reading the active version (null when none) for `getPolicyAtVersion`. */
export const ACTIVE_POLICY_VERSION_SQL = `(select version from policies where active)`;

export async function applyPolicy(db: Db, input: { yaml: string; comment: string; actor: Actor }): Promise<ActivePolicy> {
  const policy = parsePolicyOrThrow(input.yaml);
  const applied = await db.transaction(async (tx) => {
    // Serialize appliers so two concurrent applies cannot both deactivate-then-insert.
    await tx.execute(sql`select pg_advisory_xact_lock(${0x706f6c69})`);
    const [prev] = await tx.select({ version: policies.version }).from(policies).where(eq(policies.active, true));
    await tx.update(policies).set({ active: false }).where(eq(policies.active, true));
    const [row] = await tx
      .insert(policies)
      .values({ document: policy, yaml: input.yaml, appliedBy: input.actor, comment: input.comment, active: true })
      .returning();
    await appendAudit(tx, {
      actor: input.actor,
      action: 'policy.applied',
      subject: `policy:${row!.version}`,
      data: { version: row!.version, previous_version: prev?.version ?? null, comment: input.comment },
    });
    return row!;
  });
  const value: ActivePolicy = { version: applied.version, policy, yaml: input.yaml, appliedAt: applied.appliedAt, comment: applied.comment };
  cache.set(db, { at: Date.now(), value });
  return value;
}

/** At migrate/start: when no policy was ever applied, apply the shipped (or configured) file. */
export async function ensureActivePolicy(db: Db, actor: Actor, path?: string): Promise<ActivePolicy> {
  const cur = await getActivePolicy(db, { fresh: true });
  if (cur.version > 0) return cur;
  const yaml = await readPolicyFile(path);
  try {
    return await applyPolicy(db, { yaml, comment: `initial policy from ${path ?? 'the shipped default'}`, actor });
  } catch (e) {
    // Another process applied one at the same time: use it.
    const again = await getActivePolicy(db, { fresh: true });
    if (again.version > 0) return again;
    throw e;
  }
}
