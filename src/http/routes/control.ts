/**
 * Control routes.
 *   POST /v1/pause   {scope?: "all"|"template:ID"|…, reason, evidence?}  scope control:pause
 *        → 200 {pause, already_paused, held, in_flight_at_pause, still_running}; returns only once
 *          no send in scope can start (the fence in src/guard/pauses.ts).
 *   POST /v1/resume  {scope?}  scope control:resume → 200 {pause, released}; 404 when not paused.
 *   POST /v1/delivery-events  HMAC-signed (x-draftgate-timestamp + x-draftgate-signature: v1=hex
 *        hmac-sha256 of "<timestamp>.<raw body>" with DELIVERY_WEBHOOK_SECRET) → 200 {accepted,
 *        duplicates, suppressed}. Bad or missing signature → 401 and nothing is written.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { authenticate, requireScope, tokenActor } from '../../tokens/auth.js';
import { readJson } from '../body.js';
import { pauseScope, resumeScope } from '../../guard/pauses.js';
import { recordDeliveryEvents, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyDeliverySignature } from '../../send/delivery-events.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../env.js';

const PauseBody = z.object({ scope: z.string().default('all'), reason: z.string(), evidence: z.record(z.string(), z.unknown()).optional() });
const ResumeBody = z.object({ scope: z.string().default('all') });

export function registerControlRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/pause', authenticate(deps), requireScope(deps, 'control:pause'), async (c) => {
    const body = await readJson(c, deps.config.MAX_BODY_BYTES, PauseBody);
    const res = await pauseScope(deps, { scope: body.scope, reason: body.reason, evidence: body.evidence, source: 'api', actor: tokenActor(c.get('token')) });
    return c.json({ pause: res.pause, already_paused: res.alreadyPaused, held: res.heldCount, in_flight_at_pause: res.inFlight.count, still_running: res.inFlight.stillRunning });
  });
  app.post('/v1/resume', authenticate(deps), requireScope(deps, 'control:resume'), async (c) => {
    const body = await readJson(c, deps.config.MAX_BODY_BYTES, ResumeBody);
    const res = await resumeScope(deps, { scope: body.scope, actor: tokenActor(c.get('token')) });
    return c.json({ pause: res.pause, released: res.released });
  });
  app.post('/v1/delivery-events', async (c) => {
    const secret = deps.config.DELIVERY_WEBHOOK_SECRET;
    if (!secret) throw new AppError('UNAVAILABLE', 'delivery events are not configured (DELIVERY_WEBHOOK_SECRET)');
    const len = Number(c.req.header('content-length') ?? 0);
    if (len > deps.config.MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${deps.config.MAX_BODY_BYTES} bytes`);
    const raw = await c.req.text();
    if (raw.length > deps.config.MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${deps.config.MAX_BODY_BYTES} bytes`);
    if (!verifyDeliverySignature(secret, c.req.header(SIGNATURE_HEADER), c.req.header(TIMESTAMP_HEADER), raw, deps.now().getTime())) {
      throw new AppError('UNAUTHORIZED', 'missing or invalid signature');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new AppError('BAD_REQUEST', 'request body is not valid JSON');
    }
    return c.json(await recordDeliveryEvents(deps, body));
  });
}
