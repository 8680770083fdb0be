/** A held draft whose alert was never recorded (the process died right after the hold) gets exactly one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { createTestDeps, type TestDeps } from '../helpers/deps.js';
import { seedDraft } from '../helpers/fixtures.js';
import { alerts, drafts } from '../../src/db/schema.js';
import { ensureHeldAlerts } from '../../src/send/held.js';

let t: TestDb;
let deps: TestDeps;
beforeAll(async () => {
  t = await createTestDb();
  deps = createTestDeps(t);
});
afterAll(async () => {
  await deps.close();
  await t.drop();
});

describe('held-alert sweep', () => {
  it('records the missing alert once; the outbox posts it', async () => {
    const { draft } = await seedDraft(t.db, { status: 'approved' });
    // As the send worker leaves it when killed between the hold and the alert.
    await t.sql`update drafts set status = 'held', hold_reason = 'worker stopped mid-send' where id = ${draft.id}`;
    expect(await ensureHeldAlerts(deps)).toBe(1);
    expect(await ensureHeldAlerts(deps)).toBe(0);
    const rows = await t.db.select().from(alerts).where(eq(alerts.dedupeKey, `send.held:${draft.id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kind).toBe('send.held');
    expect(rows[0]!.postedAt).toBeNull(); // no Slack here: it waits in the outbox
    expect((await t.db.select().from(drafts).where(eq(drafts.id, draft.id)))[0]!.status).toBe('held');
  });
});
