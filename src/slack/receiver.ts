/**
 * Slack → Bolt through Hono: POST /slack/events on the same port as everything else.
 *
 * Contract: Slack sends events (JSON), interactivity (form field `payload` = JSON) and slash
 * commands (form fields), each signed: `X-Slack-Signature: v0=hex(hmac_sha256(secret,
 * "v0:" + X-Slack-Request-Timestamp + ":" + raw body))`. Outcomes:
 * - bad/missing signature, or timestamp outside ±5 minutes → 401, nothing processed;
 * - another workspace (team_id ≠ SLACK_TEAM_ID) → 403, nothing processed;
 * - ssl_check (sent unsigned) → 200 before verification, nothing processed (as Bolt does);
 * - url_verification → the challenge;
 * - an Events API retry (X-Slack-Retry-Num) of an event_id already seen (inbound_seen) → 200,
 *   not processed again;
 * - otherwise Bolt runs the listener; the HTTP answer is whatever the listener passes to ack(),
 *   or an empty 200 after 2.5 s if it never acks (Slack's limit is 3 s).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Context } from 'hono';
import type { Deps } from '../deps.js';
import { inboundSeen } from '../db/schema.js';

export const SIGNATURE_WINDOW_S = 300;

/** Verify Slack's v0 signature; pure, the clock comes in as an argument (like bolt-js's verifySlackRequest). */
export function verifySlackSignature(opts: { secret: string; signature: string | undefined; timestamp: string | undefined; body: string; nowMs: number }): { ok: true } | { ok: false; why: string } {
  if (!opts.signature || !opts.timestamp) return { ok: false, why: 'missing signature headers' };
  const ts = Number(opts.timestamp);
  if (!Number.isInteger(ts)) return { ok: false, why: 'bad timestamp' };
  if (Math.abs(opts.nowMs / 1000 - ts) > SIGNATURE_WINDOW_S) return { ok: false, why: 'stale timestamp' };
  const want = `v0=${createHmac('sha256', opts.secret).update(`v0:${opts.timestamp}:${opts.body}`).digest('hex')}`;
  const a = Buffer.from(want);
  const b = Buffer.from(opts.signature);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, why: 'signature mismatch' };
  return { ok: true };
}

export function signSlackBody(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Parse a Slack body by content type: JSON events, `payload` JSON for interactivity, else form fields. */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if ((contentType ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const form = Object.fromEntries(new URLSearchParams(raw));
  if (typeof form.payload === 'string') return JSON.parse(form.payload) as Record<string, unknown>;
  return form;
}

export function teamOf(body: Record<string, unknown>): string | undefined {
  const team = body.team as { id?: string } | undefined;
  const user = body.user as { team_id?: string } | undefined;
  return (body.team_id as string | undefined) ?? team?.id ?? user?.team_id;
}

export class HonoSlackReceiver implements Receiver {
  private app: App | undefined;
  constructor(private readonly deps: Pick<Deps, 'config' | 'db' | 'log' | 'now' | 'work'>) {}

  init(app: App): void {
    this.app = app;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async handle(c: Context): Promise<Response> {
    const secret = this.deps.config.SLACK_SIGNING_SECRET;
    if (!secret || !this.app) return c.json({ error: 'slack is not configured' }, 503);
    const raw = await c.req.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = parseSlackBody(raw, c.req.header('content-type'));
    } catch {
      body = null;
    }
    // Slack's SSL check is sent unsigned; like Bolt, answer it before verification (and do nothing).
    if (body?.ssl_check) return c.body(null, 200);
    const v = verifySlackSignature({ secret, signature: c.req.header('x-slack-signature'), timestamp: c.req.header('x-slack-request-timestamp'), body: raw, nowMs: this.deps.now().getTime() });
    if (!v.ok) {
      this.deps.log.warn({ why: v.why }, 'slack request refused');
      return c.text(v.why, 401);
    }
    if (!body) return c.text('unparseable body', 400);
    if (body.type === 'url_verification') return c.json({ challenge: body.challenge });
    const team = teamOf(body);
    const want = this.deps.config.SLACK_TEAM_ID;
    if (want && team !== want) {
      this.deps.log.warn({ team }, 'slack request from another workspace refused');
      return c.text('this app serves another workspace', 403);
    }
    const retryNum = c.req.header('x-slack-retry-num');
    if (typeof body.event_id === 'string') {
      // Record every event id (first delivery included), so a retry finds it.
      const seen = await this.deps.db.insert(inboundSeen).values({ key: `slack:${body.event_id}` }).onConflictDoNothing().returning();
      if (!seen.length) return c.body(null, 200);
    }
    return new Promise<Response>((resolve) => {
      let done = false;
      const finish = (r: Response) => {
        if (!done) {
          done = true;
          clearTimeout(timer);
          resolve(r);
        }
      };
      const timer = setTimeout(() => finish(c.body(null, 200)), 2500);
      const event: ReceiverEvent = {
        body,
        retryNum: retryNum ? Number(retryNum) : undefined,
        retryReason: c.req.header('x-slack-retry-reason'),
        ack: async (response?: unknown) => {
          if (response === undefined || response === '') finish(c.body(null, 200));
          else if (typeof response === 'string') finish(c.text(response, 200));
          else finish(c.json(response as object, 200));
        },
      };
      // Tracked: the listener keeps working after its ack; shutdown waits for it (deps.work).
      this.deps.work.track(this.app!.processEvent(event)).catch((err: unknown) => {
        this.deps.log.error({ err }, 'slack listener failed');
        finish(c.body(null, 200));
      });
    });
  }
}
