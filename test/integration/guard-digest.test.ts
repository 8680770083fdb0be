/** The weekly digest over real Postgres: sections, calibration suggestions as backtestable YAML, one post per week. */
import { describe, expect, it } from 'vitest';
import { useIntegrationEnv } from '../helpers/env.js';
import { seedAccount, seedDrafts } from '../helpers/fixtures.js';
import { buildDigest, formatDigest, postWeeklyDigest, unifiedDiff } from '../../src/reports/digest.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { parsePolicy } from '../../src/policy/schema.js';

const env = useIntegrationEnv({ policy: true });

const rep = { type: 'rep', slackUserId: 'U0OWNER01' } as const;

describe('weekly digest', () => {
  it('reports volume, reviews with reasons, fast approvals, scopes, and a tighter sampling suggestion that parses as a policy', async () => {
    const account = await seedAccount(env.t.db);
    const sampled = await seedDrafts(env.t.db, account, Array.from({ length: 12 }, () => ({ templateId: 'tpl-a', status: 'pending_review' as const, tier: 'low' as const, sampled: true })));
    await seedDrafts(env.t.db, account, [{ templateId: 'tpl-b', status: 'approved', workflow: 'follow_up' }]);
    for (const [i, d] of sampled.entries()) {
      if (i < 3) await rejectReview(env.deps, { draftId: d.id, version: 1, reviewer: 'U0OWNER01', actor: rep, reasonCategory: i < 2 ? 'tone' : 'factual_error', reasonText: '' });
      else await approveReview(env.deps, { draftId: d.id, version: 1, reviewer: 'U0OWNER01', actor: rep });
    }
    const d = await buildDigest(env.deps, { since: new Date(Date.now() - 7 * 86_400_000) });
    expect(d.volumeByTier).toEqual([{ tier: 'low', drafts: 13, sampled: 12 }]);
    expect(d.byTemplate).toEqual([{ templateId: 'tpl-a', approvals: 9, edits: 0, rejections: 3, topReasons: [{ reason: 'tone', count: 2 }, { reason: 'factual_error', count: 1 }] }]);
    expect(d.fastApprovals).toEqual([{ reviewer: 'U0OWNER01', approvals: 9, fast: 0 }]);
    expect(d.agentScopes.map((s) => s.workflow).sort()).toEqual(['follow_up', 'intro']);
    expect(d.agentScopes.find((s) => s.workflow === 'intro')!.fields).toEqual(['name', 'domain', 'segment', 'facts']);
    expect(d.sampled).toEqual({ reviews: 12, rejections: 3, edits: 0 });
    // 25% sampled rejections > p0 5%: sample more, as a complete policy file that validates.
    expect(d.suggestions).toHaveLength(1);
    const s = d.suggestions[0]!;
    expect(s).toMatchObject({ key: 'sampling.base_rate', from: 0.2, to: 0.3 });
    const parsed = parsePolicy(s.yaml);
    expect(parsed.ok && parsed.policy.sampling.base_rate).toBe(0.3);
    expect(s.diff).toContain('-  base_rate: 0.2');
    expect(s.diff).toContain('+  base_rate: 0.3');
    const text = formatDigest(d).join('\n');
    expect(text).toContain('tpl-a: 9 / 0 / 3 — tone ×2, factual_error ×1');
    expect(text).toContain('draftgate policy backtest');
  });

  it('posts once per ISO week, whichever worker gets there first', async () => {
    const [a, b] = await Promise.all([postWeeklyDigest(env.deps), postWeeklyDigest(env.deps)]);
    expect([a, b].filter((x) => x !== null)).toHaveLength(1);
    expect(await postWeeklyDigest(env.deps)).toBeNull();
    const nextWeek = { ...env.deps, now: () => new Date(Date.now() + 7 * 86_400_000) };
    expect(await postWeeklyDigest(nextWeek)).not.toBeNull();
  });

  it('unifiedDiff shows only the changed line with context', () => {
    expect(unifiedDiff('a\nb\nc\nd\ne\nf', 'a\nb\nc\nX\ne\nf').split('\n')).toEqual(['--- active.yaml', '+++ proposed.yaml', '@@', ' b', ' c', '-d', '+X', ' e', ' f']);
  });
});
