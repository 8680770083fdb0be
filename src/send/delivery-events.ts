/**
 * Delivery events from the mail provider or engagement platform (POST /v1/delivery-events):
 * bounce, complaint, unsubscribe, reply. One verb: parse → one transaction: dedupe by event id
 * (inbound_seen), suppress the address for hard bounces / complaints / unsubscribes, audit each
 * event as `delivery.<type>` (the guard's monitors read these rows and the suppressions from
 * Postgres). A redelivered event is a no-op. Bad input → 422 and nothing written.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { inArray } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { drafts, inboundSeen, suppressions } from '../db/schema.js';
import { appendAudit } from '../audit/append.js';
import { parseInput } from '../lib/errors.js';

export const DeliveryEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['bounce', 'complaint', 'unsubscribe', 'reply']),
  email: z.string().email().transform((e) => e.toLowerCase()),
  bounce_type: z.enum(['hard', 'soft']).optional(),
  draft_id: z.string().uuid().optional(),
  message_id: z.string().max(500).optional(),
  at: z.string().datetime({ offset: true }).optional(),
});
export type DeliveryEvent = z.infer<typeof DeliveryEvent>;
export const DeliveryEventsBody = z.union([z.object({ events: z.array(DeliveryEvent).min(1).max(1000) }), DeliveryEvent.transform((e) => ({ events: [e] }))]);

export const SIGNATURE_HEADER = 'x-draftgate-signature';
export const TIMESTAMP_HEADER = 'x-draftgate-timestamp';
const MAX_SKEW_S = 300;

export function signDeliveryEvent(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Constant-time check of the signature over "<timestamp>.<raw body>", within ±5 minutes. */
export function verifyDeliverySignature(secret: string, header: string | undefined, tsHeader: string | undefined, body: string, nowMs: number): boolean {
  if (!header || !tsHeader || !/^\d+$/.test(tsHeader)) return false;
  const ts = Number(tsHeader);
  if (Math.abs(nowMs / 1000 - ts) > MAX_SKEW_S) return false;
  const want = Buffer.from(signDeliveryEvent(secret, ts, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}

export interface DeliveryEventsResult {
  accepted: number;
  duplicates: number;
  suppressed: string[];
}

export async function recordDeliveryEvents(deps: Pick<Deps, 'db'>, input: unknown): Promise<DeliveryEventsResult> {
  const events = parseInput(DeliveryEventsBody, input, 'delivery events').events;
  return deps.db.transaction(async (tx) => {
    const res: DeliveryEventsResult = { accepted: 0, duplicates: 0, suppressed: [] };
    const ids = events.map((e) => e.draft_id).filter((x): x is string => !!x);
    const known = new Set(ids.length ? (await tx.select({ id: drafts.id }).from(drafts).where(inArray(drafts.id, ids))).map((r) => r.id) : []);
    for (const e of events) {
      const [seen] = await tx.insert(inboundSeen).values({ key: `delivery:${e.id}` }).onConflictDoNothing().returning();
      if (!seen) {
        res.duplicates++;
        continue;
      }
      res.accepted++;
      const suppress = e.type === 'complaint' || e.type === 'unsubscribe' || (e.type === 'bounce' && e.bounce_type !== 'soft');
      if (suppress) {
        const [s] = await tx
          .insert(suppressions)
          .values({ value: e.email, kind: 'address', reason: (e.type === 'bounce' ? 'bounce' : e.type) as 'bounce' | 'complaint' | 'unsubscribe', source: 'delivery_event' })
          .onConflictDoNothing()
          .returning();
        if (s) res.suppressed.push(e.email);
      }
      const draftId = e.draft_id && known.has(e.draft_id) ? e.draft_id : null;
      await appendAudit(tx, {
        actor: { type: 'webhook', source: 'delivery-events' },
        action: `delivery.${e.type}`,
        subject: draftId ? `draft:${draftId}` : `address:${e.email}`,
        data: { event_id: e.id, email: e.email, bounce_type: e.bounce_type ?? null, draft_id: draftId, message_id: e.message_id ?? null, at: e.at ?? null, suppressed: suppress },
      });
    }
    return res;
  });
}

