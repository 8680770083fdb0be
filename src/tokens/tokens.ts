/**
 * API tokens: the secret is shown once at creation and only its sha256 is stored, so a database
 * dump cannot be replayed against the API. Scopes are a closed list; `admin` implies every scope.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { apiTokens } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { AppError, parseInput } from '../lib/errors.js';

import { SCOPES } from './scopes.js';
export { SCOPES };
export const Scope = z.enum(SCOPES);
export type Scope = z.infer<typeof Scope>;

export const CreateTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(80).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash, underscore only'),
  scopes: z.array(Scope).min(1, 'at least one scope'),
  workflows: z.array(z.string().min(1)).default([]),
  ratePerMinute: z.number().int().positive().optional(),
  /**
   * Rotation: a new token for a client that already has an active one. Tokens of one name are one
   * client (idempotency is per client), so the old and the new token overlap until the old is revoked.
   */
  rotate: z.boolean().default(false),
});
export type CreateTokenInput = z.input<typeof CreateTokenInput>;

export type TokenRow = typeof apiTokens.$inferSelect;
export type TokenView = Omit<TokenRow, 'secretHash'>;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export function hasScope(scopes: readonly string[], needed: Scope): boolean {
  return scopes.includes(needed) || scopes.includes('admin');
}

const view = ({ secretHash: _h, ...rest }: TokenRow): TokenView => rest;

/** Create a token; the returned `secret` is the only time it exists in clear. */
export async function createToken(db: Db, input: CreateTokenInput, actor: Actor): Promise<{ token: TokenView; secret: string }> {
  const p = parseInput(CreateTokenInput, input, 'token request');
  const secret = `dg_${randomBytes(32).toString('base64url')}`;
  return db.transaction(async (tx) => {
    const [dup] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.name, p.name), isNull(apiTokens.revokedAt)));
    if (dup && !p.rotate) throw new AppError('CONFLICT', `an active token named "${p.name}" already exists; revoke it first, or rotate (--rotate: a second token of the same client)`);
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: p.name, secretHash: hashSecret(secret), prefix: secret.slice(0, 10), scopes: p.scopes, workflows: p.workflows, ratePerMinute: p.ratePerMinute ?? null })
      .returning();
    await appendAudit(tx, { actor, action: 'token.created', subject: `token:${row!.id}`, data: { name: p.name, scopes: p.scopes, workflows: p.workflows } });
    return { token: view(row!), secret };
  });
}

export async function listTokens(db: Db): Promise<TokenView[]> {
  const rows = await db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
  return rows.map(view);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Revoke by id or by name (active tokens of that name). Refused from the next request on (tokens/auth.ts). */
export async function revokeToken(db: Db, idOrName: string, actor: Actor): Promise<TokenView[]> {
  return db.transaction(async (tx) => {
    const match = UUID.test(idOrName) ? or(eq(apiTokens.id, idOrName), eq(apiTokens.name, idOrName)) : eq(apiTokens.name, idOrName);
    const rows = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(match, isNull(apiTokens.revokedAt))).returning();
    if (!rows.length) throw new AppError('NOT_FOUND', `no active token "${idOrName}"`);
    await appendAudit(tx, rows.map((r) => ({ actor, action: 'token.revoked', subject: `token:${r.id}`, data: { name: r.name } })));
    return rows.map(view);
  });
}

/** Look up an active token by its secret; null when unknown or revoked. */
export async function findTokenBySecret(db: Db, secret: string): Promise<TokenRow | null> {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.secretHash, hashSecret(secret)), isNull(apiTokens.revokedAt)));
  return row ?? null;
}
