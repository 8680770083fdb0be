/**
 * Console sign-in and sessions.
 *
 * Contract
 * - createSignInLink(deps, slackUserId): a one-time link `${PUBLIC_URL}/console/signin?token=…`,
 *   valid LINK_TTL_MS, bound to the Slack user id. Only the sha256 of the secret is stored.
 *   Audited (`console.link_created`).
 * - redeemSignInLink(deps, token): consumes the link with one guarded UPDATE (used_at is null and
 *   not expired) and creates a session row in the same transaction (`console.signed_in`). A used,
 *   expired or unknown link → UNAUTHORIZED, `console.link_refused` audited, nothing else written.
 *   Two concurrent redeems of one link: exactly one wins (the guarded UPDATE).
 * - getSession(deps, secret): the live session (not revoked, not expired) or null.
 * - endSessions(deps, slackUserId): sign-out everywhere: revokes every live session of the user.
 * The cookie holds the session secret; the row holds its sha256 and the CSRF token of the session.
 * The audit actor is the Slack user (`{type:'rep', slackUserId}`): the console signs people in with
 * their Slack identity, so an action in the console and the same action in Slack read the same.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { consoleLinks, consoleSessions } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { AppError } from '../lib/errors.js';
import { SLACK_USER_RE } from '../lib/slack-ids.js';

export const LINK_TTL_MS = 10 * 60_000;
export const SESSION_TTL_MS = 12 * 3_600_000;

export interface ConsoleSession {
  id: string;
  slackUserId: string;
  csrfToken: string;
  expiresAt: Date;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

export const consoleActor = (slackUserId: string): Actor => ({ type: 'rep', slackUserId });

export interface SignInLink {
  url: string;
  token: string;
  expiresAt: Date;
}

export async function createSignInLink(deps: Pick<Deps, 'db' | 'config' | 'now'>, slackUserId: string): Promise<SignInLink> {
  if (!SLACK_USER_RE.test(slackUserId)) {
    throw new AppError('UNPROCESSABLE', 'invalid sign-in request', { errors: [{ path: 'as', message: 'expected a Slack user id like U012ABCDEF' }] });
  }
  const token = secret();
  const expiresAt = new Date(deps.now().getTime() + LINK_TTL_MS);
  await deps.db.transaction(async (tx) => {
    await tx.insert(consoleLinks).values({ tokenHash: sha256(token), slackUserId, expiresAt });
    await appendAudit(tx, { actor: consoleActor(slackUserId), action: 'console.link_created', subject: `console:${slackUserId}`, data: { expires_at: expiresAt.toISOString() } });
  });
  const base = deps.config.PUBLIC_URL.replace(/\/+$/, '');
  return { url: `${base}/console/signin?token=${encodeURIComponent(token)}`, token, expiresAt };
}

export async function redeemSignInLink(
  deps: Pick<Deps, 'db' | 'now'>,
  token: string,
): Promise<{ session: ConsoleSession; secret: string }> {
  const hash = sha256(token);
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    const [link] = await tx
      .update(consoleLinks)
      .set({ usedAt: now })
      .where(and(eq(consoleLinks.tokenHash, hash), isNull(consoleLinks.usedAt), gt(consoleLinks.expiresAt, now)))
      .returning();
    if (!link) return null;
    const s = secret();
    const csrfToken = secret();
    const [row] = await tx
      .insert(consoleSessions)
      .values({ secretHash: sha256(s), slackUserId: link.slackUserId, csrfToken, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
      .returning();
    await appendAudit(tx, { actor: consoleActor(link.slackUserId), action: 'console.signed_in', subject: `console:${link.slackUserId}`, data: { session_id: row!.id } });
    return { session: { id: row!.id, slackUserId: row!.slackUserId, csrfToken, expiresAt: row!.expiresAt }, secret: s };
  });
  if (result) return result;
  // Say why (used / expired / unknown) in the audit row, never to the visitor.
  const [link] = await deps.db.select().from(consoleLinks).where(eq(consoleLinks.tokenHash, hash));
  const why = !link ? 'unknown' : link.usedAt ? 'used' : 'expired';
  await appendAudit(deps.db, {
    actor: link ? consoleActor(link.slackUserId) : { type: 'system', component: 'console' },
    action: 'console.link_refused',
    subject: `console:${link?.slackUserId ?? 'unknown'}`,
    data: { why },
  });
  throw new AppError('UNAUTHORIZED', 'This sign-in link was already used or has expired. Ask for a new one with /outreach-console in Slack.');
}

export async function getSession(deps: Pick<Deps, 'db' | 'now'>, sessionSecret: string): Promise<ConsoleSession | null> {
  const [row] = await deps.db
    .select()
    .from(consoleSessions)
    .where(and(eq(consoleSessions.secretHash, sha256(sessionSecret)), isNull(consoleSessions.revokedAt), gt(consoleSessions.expiresAt, deps.now())));
  return row ? { id: row.id, slackUserId: row.slackUserId, csrfToken: row.csrfToken, expiresAt: row.expiresAt } : null;
}

/** Sign out everywhere: every live session of the user ends. */
export async function endSessions(deps: Pick<Deps, 'db'>, slackUserId: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const ended = await tx
      .update(consoleSessions)
      .set({ revokedAt: sql`now()` as unknown as Date })
      .where(and(eq(consoleSessions.slackUserId, slackUserId), isNull(consoleSessions.revokedAt)))
      .returning({ id: consoleSessions.id });
    await appendAudit(tx, { actor: consoleActor(slackUserId), action: 'console.signed_out', subject: `console:${slackUserId}`, data: { sessions: ended.length } });
    return ended.length;
  });
}
