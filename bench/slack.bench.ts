/**
 * Issue 5 benchmark: 800 review posts over 40 owner DMs against the fake Slack Web API enforcing
 * one chat.postMessage per second per channel. Figures beside their baselines from the same run:
 * - total time to post all 800, beside the theoretical minimum (20 per channel at 1/s → ~20 s,
 *   i.e. 19 intervals after the first post); goal ≤ 1.2×;
 * - ack latency (p50/p99) of signed Approve clicks on POST /slack/events while the posts run,
 *   beside the same clicks on an idle server; goal p99 < 300 ms.
 */
import { randomUUID } from 'node:crypto';
import { eq, isNotNull, and, inArray, sql } from 'drizzle-orm';
import { startLocalServices } from '../src/lib/local-services.js';
import { parseConfig } from '../src/config-schema.js';
import { createDeps } from '../src/deps.js';
import { silentLogger } from '../src/lib/logger.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { importAccounts } from '../src/accounts/import.js';
import { receiveDraft } from '../src/drafts/lifecycle.js';
import { drafts } from '../src/db/schema.js';
import { createHttpApp } from '../src/http/app.js';
import { startSlackPostWorker, CHANNEL_INTERVAL_MS } from '../src/review/post-worker.js';
import { encodeActionId } from '../src/review/blocks.js';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { blockActionBody, signedInit, SIGNING_SECRET } from '../test/helpers/slack-requests.js';
import type { Account } from '../src/detect/types.js';
import { enqueueReviewPosts } from '../src/review/queue.js';

const OWNERS = 40;
const PER_OWNER = 20;
const CLICKS = 200;
const actor = { type: 'system', component: 'bench' } as const;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN).toFixed(1);
};

function account(i: number, owner: string): Account {
  return { id: `BENCH-${i}`, name: `Bench Co ${i}`, domain: `bench${i}.example.com`, aliases: [], valueUsd: 80_000, segment: 'mid', strategic: false, namedOpportunity: null, ownerSlackId: owner, ownerEmail: null, doNotContact: false, sensitive: {}, facts: [], custom: {} };
}

export async function run(): Promise<Record<string, unknown>> {
  const services = await startLocalServices({ durable: true });
  const fake = await startFakeSlack({ enforceRate: true });
  const config = parseConfig({ DATABASE_URL: services.pgUrl, REDIS_URL: services.redisUrl, REDIS_PREFIX: `bench${Date.now()}`, LOG_LEVEL: 'silent', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_TEAM_ID: 'T0TEST', SLACK_API_URL: fake.url, DATABASE_POOL_MAX: '20' });
  const deps = createDeps(config, { log: silentLogger(), appName: 'bench-slack' });
  let stopWorker: (() => Promise<void>) | undefined;
  try {
    await migrateDatabase(deps.database);
    const accounts = [...Array.from({ length: OWNERS }, (_, i) => account(i, `U0BENCH${String(i).padStart(3, '0')}`)), account(999, 'U0CLICKER')];
    await importAccounts(deps.db, { accounts, actor, source: 'bench' });
    const seed = (accountId: string) =>
      deps.db.transaction(async (tx) => {
        const ids: string[] = [];
        for (let i = 0; i < (accountId === 'BENCH-999' ? CLICKS + 100 : PER_OWNER); i++) {
          const id = randomUUID();
          ids.push(id);
          await receiveDraft(tx, { id, source: 'bench', externalId: id, requestHash: 'x', accountId, toEmail: `p${i}@bench.example.com`, fromMailbox: 'sdr@seller.example', subject: `Idea ${i}`, body: `Hi,\n\nA short note number ${i} about reporting.\n\nBest,\nSam`, workflow: 'intro', templateId: 'tpl-bench', tier: 'high', policyVersion: 1 }, 'pending_review', actor);
        }
        return ids;
      });
    const postIds = (await Promise.all(accounts.slice(0, OWNERS).map((a) => seed(a.id)))).flat();
    const clickIds = await seed('BENCH-999');
    const app = createHttpApp(deps);
    const click = async (id: string) => {
      const t0 = performance.now();
      const res = await app.request('/slack/events', signedInit(blockActionBody({ user: 'U0CLICKER', actionId: encodeActionId({ action: 'approve', draftId: id, version: 1 }) }), 'application/x-www-form-urlencoded'));
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`click answered ${res.status}`);
      return ms;
    };
    // Baseline: 100 clicks on an idle server (sequential, 20/s).
    const idle: number[] = [];
    for (const id of clickIds.slice(0, 100)) {
      idle.push(await click(id));
      await new Promise((r) => setTimeout(r, 50));
    }

    stopWorker = startSlackPostWorker(deps);
    const t0 = performance.now();
    await enqueueReviewPosts(deps, postIds);
    const loaded: number[] = [];
    const clicking = (async () => {
      for (const id of clickIds.slice(100, 100 + CLICKS)) {
        loaded.push(await click(id));
        await new Promise((r) => setTimeout(r, 75));
      }
    })();
    let done = 0;
    while (done < postIds.length) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(drafts).where(and(inArray(drafts.id, postIds), isNotNull(drafts.slackTs)));
      done = row?.n ?? 0;
      if (performance.now() - t0 > 120_000) break;
    }
    const totalS = (performance.now() - t0) / 1000;
    await clicking;
    const minimumS = ((PER_OWNER - 1) * 1000) / 1000 + 0; // first post at t≈0, then 19 one-second gaps
    void eq;
    // Where the time went: when each channel's first post landed, and the gaps between its posts.
    const t0Wall = Date.now() - totalS * 1000;
    const byCh = new Map<string, number[]>();
    for (const c of fake.callsOf('chat.postMessage')) {
      const ch = String(c.args.channel);
      if (!ch.startsWith('D0BENCH')) continue;
      byCh.set(ch, [...(byCh.get(ch) ?? []), c.at]);
    }
    const firsts = [...byCh.values()].map((xs) => xs[0]! - t0Wall);
    const gaps = [...byCh.values()].flatMap((xs) => xs.slice(1).map((x, i) => x - xs[i]!));
    return {
      first_post_ms: { p50: pct(firsts, 50), max: pct(firsts, 100) },
      gap_ms: { p50: pct(gaps, 50), p90: pct(gaps, 90), max: pct(gaps, 100) },
      posts: postIds.length,
      posted: done,
      channels: OWNERS,
      total_seconds: +totalS.toFixed(2),
      theoretical_minimum_seconds: 20,
      strict_minimum_seconds: minimumS,
      ratio_to_20s: +(totalS / 20).toFixed(3),
      goal_ratio: 1.2,
      channel_interval_ms: CHANNEL_INTERVAL_MS,
      rate_violations_at_fake: fake.rateViolations,
      block_kit_errors: fake.blockErrors.length,
      chat_postMessage_calls: fake.callsOf('chat.postMessage').length,
      ack_ms_under_load: { p50: pct(loaded, 50), p99: pct(loaded, 99), max: pct(loaded, 100), n: loaded.length },
      ack_ms_idle_baseline: { p50: pct(idle, 50), p99: pct(idle, 99), max: pct(idle, 100), n: idle.length },
      ack_goal_p99_ms: 300,
    };
  } finally {
    await stopWorker?.();
    await deps.close();
    await fake.close();
    await services.stop();
  }
}
