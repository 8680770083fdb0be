/** The guard demo scene on real Postgres + Redis: trip, pause with evidence, audit trail, recall count. */
import { describe, expect, it } from 'vitest';
import { useIntegrationEnv } from '../helpers/env.js';
import { seedAccount, seedDrafts } from '../helpers/fixtures.js';
import { guardScene } from '../../src/cli/demo/guard.js';
import { rejectReview } from '../../src/review/reject-review.js';

const env = useIntegrationEnv();

describe('guard demo scene', () => {
  it('says so when nothing tripped', async () => {
    const lines: string[] = [];
    expect(await guardScene(env.deps, (l) => lines.push(l))).toEqual({ tripped: false, recalled: 0 });
    expect(lines.join('\n')).toMatch(/no pause on template:tpl-flawed/);
  });

  it('shows the trip, the evidence, the audit trail and the recall', async () => {
    const account = await seedAccount(env.t.db);
    const pending = await seedDrafts(env.t.db, account, Array.from({ length: 6 }, () => ({ templateId: 'tpl-flawed', status: 'pending_review' as const })));
    await seedDrafts(env.t.db, account, Array.from({ length: 3 }, () => ({ templateId: 'tpl-flawed', status: 'approved' as const })));
    for (const d of pending) await rejectReview(env.deps, { draftId: d.id, version: 1, reviewer: 'U0OWNER01', actor: { type: 'rep', slackUserId: 'U0OWNER01' }, reasonCategory: 'factual_error', reasonText: 'capability we do not have' });
    const lines: string[] = [];
    expect(await guardScene(env.deps, (l) => lines.push(l))).toEqual({ tripped: true, recalled: 3 });
    const text = lines.join('\n');
    expect(text).toMatch(/status: template:tpl-flawed paused .* \(source anomaly\)/);
    expect(text).toMatch(/evidence: 5 rejection\(s\) in 5 review\(s\)/);
    expect(text).toMatch(/factual_error — capability we do not have/);
    expect(text).toMatch(/recall: 3 unsent auto-approved draft\(s\)/);
    expect(text).toMatch(/pause\.started +pause:template:tpl-flawed +by guard rejection/);
    expect(text).toMatch(/alert\.created/);
    expect(text).toMatch(/scope\.recalled/);
  });
});
