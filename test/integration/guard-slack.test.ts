/**
 * The guard alert's buttons through a real Bolt App (driven at its receiver seam, as bolt-js's own
 * tests do), with Slack's Web API and response_url faked on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { seedAccount, seedDrafts, testActor } from '../helpers/fixtures.js';
import { expectAuditRow } from '../helpers/audit.js';
import { registerGuardListeners } from '../../src/guard/slack-listeners.js';
import { encodeGuardValue, GUARD_ACTIONS } from '../../src/guard/blocks.js';
import { pauseScope } from '../../src/guard/pauses.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { auditLog, drafts, pauses } from '../../src/db/schema.js';
import { useIntegrationEnv } from '../helpers/env.js';

class SeamReceiver implements Receiver {
  app!: App;
  init(app: App) {
    this.app = app;
  }
  start() {
    return Promise.resolve();
  }
  stop() {
    return Promise.resolve();
  }
  async send(body: Record<string, unknown>) {
    let acked = false;
    const ev: ReceiverEvent = { body, ack: async () => void (acked = true) };
    await this.app.processEvent(ev);
    return acked;
  }
}

let slack: FakeSlack;
let receiver: SeamReceiver;
beforeAll(async () => {
  slack = await startFakeSlack();
});
const env = useIntegrationEnv({ overrides: () => ({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_API_URL: slack.url }) });
beforeAll(async () => {
  await applyPolicy(env.t.db, { yaml: 'owners: [U0OWNER01]\nworkflows:\n  intro:\n    owner: U0WFOWNR1\n', comment: 'test', actor: testActor });
  receiver = new SeamReceiver();
  const app = new App({ token: 'xoxb-test', receiver, tokenVerificationEnabled: false, clientOptions: { slackApiUrl: slack.url } });
  registerGuardListeners(app, env.deps);
});
afterAll(async () => {
  await slack.close();
});

function click(actionId: string, user: string, value: string) {
  return {
    type: 'block_actions',
    team: { id: 'T0TEAM001', domain: 'acme' },
    user: { id: user, username: user, team_id: 'T0TEAM001' },
    api_app_id: 'A0APP0001',
    token: 'legacy',
    container: { type: 'message', message_ts: '1.1', channel_id: 'C0ALERTS1', is_ephemeral: false },
    trigger_id: '1.2.3',
    channel: { id: 'C0ALERTS1', name: 'alerts' },
    message: { type: 'message', ts: '1.1', text: 'alert' },
    response_url: slack.url.replace(/api\/$/, `respond/${Math.random().toString(36).slice(2)}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1.3' }],
  };
}

// response_url posts (Bolt's respond()) land on /respond/<id> of the fake.
const responds = () => slack.calls.filter((c) => c.method.includes('respond/')).map((c) => ({ args: c.args as Record<string, string> }));

describe('guard alert buttons', () => {
  it('Recall moves the scope’s unsent auto-approved drafts; Resume refuses a non-owner, then the owner resumes', async () => {
    const account = await seedAccount(env.t.db);
    const auto = await seedDrafts(env.t.db, account, [{ templateId: 'tpl-x', status: 'approved' }, { templateId: 'tpl-x', status: 'approved' }]);
    const p = await pauseScope(env.deps, { scope: 'template:tpl-x', reason: 'test trip', source: 'anomaly', actor: { type: 'guard', monitor: 'rejection' }, evidence: { workflow: 'intro' } });
    const value = encodeGuardValue({ pauseId: p.pause.id, scope: 'template:tpl-x' });

    expect(await receiver.send(click(GUARD_ACTIONS.recall, 'U0SOMEONE', value))).toBe(true);
    const rows = await env.t.db.select().from(drafts).where(eq(drafts.templateId, 'tpl-x'));
    expect(rows.map((r) => r.status)).toEqual(auto.map(() => 'pending_review'));
    expect(responds().at(-1)!.args.text).toMatch(/recalled 2 unsent/);

    expect(await receiver.send(click(GUARD_ACTIONS.resume, 'U0RANDOM1', value))).toBe(true);
    const refusal = responds().at(-1)!.args;
    expect(refusal).toMatchObject({ response_type: 'ephemeral' });
    expect(refusal.text).toMatch(/may resume template:tpl-x; the pause stays/);
    expect((await env.t.db.select().from(pauses).where(eq(pauses.id, p.pause.id)))[0]!.endedAt).toBeNull();
    const denied = await expectAuditRow(env.t.db, { action: 'pause.resume_denied', subject: 'pause:template:tpl-x' });
    expect(denied[0]!.actor).toMatchObject({ type: 'rep', slackUserId: 'U0RANDOM1' });

    expect(await receiver.send(click(GUARD_ACTIONS.resume, 'U0OWNER01', value))).toBe(true);
    expect(responds().at(-1)!.args.text).toMatch(/U0OWNER01> resumed template:tpl-x/);
    expect((await env.t.db.select().from(pauses).where(eq(pauses.id, p.pause.id)))[0]!.endedAt).not.toBeNull();
  });

  it('a malformed button changes nothing', async () => {
    const before = (await env.t.db.select().from(auditLog)).length;
    await receiver.send(click(GUARD_ACTIONS.resume, 'U0OWNER01', 'not json'));
    expect(responds().at(-1)!.args.text).toMatch(/malformed/);
    expect((await env.t.db.select().from(auditLog)).length).toBe(before);
  });
});
