import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createHttpApp } from '../../src/http/app.js';
import { auditLog, suppressions } from '../../src/db/schema.js';
import { signDeliveryEvent } from '../../src/send/delivery-events.js';
import { useIntegrationEnv } from '../helpers/env.js';

const SECRET = 'delivery-secret-0123456789';

const env = useIntegrationEnv({ overrides: { DELIVERY_WEBHOOK_SECRET: SECRET } });

function post(body: string, sig?: string, ts = Math.floor(Date.now() / 1000)) {
  const app = createHttpApp(env.deps);
  return app.request('/v1/delivery-events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-draftgate-timestamp': String(ts), ...(sig !== undefined ? { 'x-draftgate-signature': sig } : {}) },
    body,
  });
}
const count = async () => {
  const [a] = await env.t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  const [s] = await env.t.db.select({ n: sql<number>`count(*)::int` }).from(suppressions);
  return [a!.n, s!.n];
};

describe('POST /v1/delivery-events', () => {
  it('bad or missing signature → 401, nothing written', async () => {
    const body = JSON.stringify({ id: 'e1', type: 'complaint', email: 'x@y.example' });
    const before = await count();
    expect((await post(body)).status).toBe(401);
    expect((await post(body, 'v1=deadbeef')).status).toBe(401);
    const ts = Math.floor(Date.now() / 1000);
    expect((await post(body, signDeliveryEvent('wrong-secret-0123456789', ts, body), ts)).status).toBe(401);
    // A valid signature over an old timestamp is a replay.
    const old = ts - 3600;
    expect((await post(body, signDeliveryEvent(SECRET, old, body), old)).status).toBe(401);
    expect(await count()).toEqual(before);
  });

  it('signed events suppress the address and are audited; a redelivery is a no-op; bad payload → 422, nothing written', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ events: [
      { id: 'b1', type: 'bounce', bounce_type: 'hard', email: 'Jane@Bounce.example' },
      { id: 'b2', type: 'bounce', bounce_type: 'soft', email: 'soft@bounce.example' },
      { id: 'u1', type: 'unsubscribe', email: 'unsub@x.example' },
      { id: 'r1', type: 'reply', email: 'happy@x.example' },
    ] });
    const res = await post(body, signDeliveryEvent(SECRET, ts, body), ts);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 4, duplicates: 0, suppressed: ['jane@bounce.example', 'unsub@x.example'] });
    const again = await post(body, signDeliveryEvent(SECRET, ts, body), ts);
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 4 });
    const rows = await env.t.db.select().from(auditLog).where(eq(auditLog.action, 'delivery.bounce'));
    expect(rows).toHaveLength(2);
    const before = await count();
    const bad = JSON.stringify({ id: 'z', type: 'explode', email: 'nope' });
    const r = await post(bad, signDeliveryEvent(SECRET, ts, bad), ts);
    expect(r.status).toBe(422);
    expect(await count()).toEqual(before);
  });
});
