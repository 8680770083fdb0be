/**
 * Draft intake routes. Adapters only: auth + scope, body parsing, call one verb, map the result.
 *   POST /v1/drafts        201 created · 200 identical retry (Idempotency-Key or external_id)
 *   POST /v1/drafts/batch  200 with one result per item (each item atomic)
 *   GET  /v1/drafts/:id    200 status, tier, decision, reviewer, sent time · 404
 *   GET  /v1/feedback      200 reviewer feedback on the caller's own drafts (its workflows only)
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError, TokenRevokedError } from '../../lib/errors.js';
import { authenticate, refuseRevoked, requireScope, tokenActor, type AuthToken } from '../../tokens/auth.js';
import { readJson } from '../body.js';
import { DraftBatchIn, submitDraft, submitDrafts } from '../../drafts/intake.js';
import { afterCommit } from '../../effects.js';
import { getDraftStatus } from '../../drafts/get.js';
import { getReviewFeedback } from '../../review/feedback.js';
import type { AppEnv } from '../env.js';

/** Who submits: the token, whose revocation the intake verb checks in its own statements. */
function intakeContext(token: AuthToken) {
  return { actor: tokenActor(token), source: token.name, workflows: token.workflows, liveTokenId: token.id };
}

/** Runs an intake verb; a revocation it found in its statements becomes the usual 401 (audited). */
async function refusingRevoked<T>(deps: Deps, c: Context, token: AuthToken, verb: () => Promise<T>): Promise<T> {
  try {
    return await verb();
  } catch (err) {
    if (err instanceof TokenRevokedError) throw await refuseRevoked(deps, c, token);
    throw err;
  }
}

const IdempotencyKey = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const r = IdempotencyKey.safeParse(header);
  if (!r.success) throw new AppError('UNPROCESSABLE', 'invalid Idempotency-Key header', { errors: [{ path: 'Idempotency-Key', message: r.error.issues[0]!.message }] });
  return r.data;
}

export function registerDraftRoutes(app: Hono<AppEnv>, deps: Deps): void {
  // The intake routes leave the revocation check to the verb's own statements (tokens/auth.ts).
  const intakeAuth = authenticate(deps, { revocationCheckedByVerb: true });
  app.post('/v1/drafts', intakeAuth, requireScope(deps, 'drafts:write'), async (c) => {
    const key = idempotencyKey(c.req.header('idempotency-key'));
    const body = await readJson(c, deps.config.MAX_BODY_BYTES);
    const token = c.get('token');
    const ctx = intakeContext(token);
    const res = await refusingRevoked(deps, c, token, () => submitDraft(deps, ctx, body, key));
    await afterCommit(deps, res.effects);
    return c.json(res.draft, res.created ? 201 : 200);
  });

  app.post('/v1/drafts/batch', intakeAuth, requireScope(deps, 'drafts:write'), async (c) => {
    const key = idempotencyKey(c.req.header('idempotency-key'));
    const body = await readJson(c, deps.config.MAX_BODY_BYTES, DraftBatchIn);
    const token = c.get('token');
    const ctx = intakeContext(token);
    // A batch-level key scopes per item, so retrying the whole batch replays every item.
    const items = body.drafts.map((input, i) => ({ input, idempotencyKey: key ? `${key}#${i}` : undefined }));
    const { results, effects } = await refusingRevoked(deps, c, token, () => submitDrafts(deps, ctx, items));
    await afterCommit(deps, effects);
    const created = results.filter((x) => x.ok && x.created).length;
    const failed = results.filter((x) => !x.ok).length;
    return c.json({ created, replayed: results.length - created - failed, failed, results }, 200);
  });

  app.get('/v1/drafts/:id', authenticate(deps), requireScope(deps, 'drafts:read'), async (c) => {
    const token = c.get('token');
    const out = await getDraftStatus(deps, { id: c.req.param('id'), source: token.scopes.includes('admin') ? null : token.name });
    return c.json(out);
  });

  app.get('/v1/feedback', authenticate(deps), requireScope(deps, 'drafts:read'), async (c) => {
    const token = c.get('token');
    return c.json(await getReviewFeedback(deps, { client: token.name, workflows: token.workflows, query: c.req.query() }));
  });
}
