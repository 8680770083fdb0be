/**
 * The fault suite's own world: a Postgres and a Redis that the suite may stop, restart and flush,
 * a real SMTP sink, a fake of Slack's Web API, and `draftgate serve` / `draftgate worker` running
 * as SEPARATE CHILD PROCESSES exactly as in production (src/cli/bin.mjs, env → config).
 *
 * Contract:
 * - `startFaultWorld(opts)` starts Postgres + Redis on fixed loopback ports under a temp folder,
 *   migrates, applies the suite's policy (high caps, no probation), imports a seeded book and
 *   creates an API token. `world.deps` is an in-process Deps for seeding and for reading outcomes.
 * - `world.spawn('serve' | 'worker', env?)` starts a child and resolves once it is up (serve:
 *   /healthz answers; worker: its "worker started" log line). Children log JSON to a file under
 *   the world's folder (`world.logOf(child)`), shown when a test fails.
 * - Faults: `pg.stop()/start()` (pg_ctl -m immediate: like a crash), `redis.stop({ keep })`
 *   (SHUTDOWN SAVE when keep, else data lost) / `redis.start()` on the same port, `redis.flush()`,
 *   `child.kill('SIGKILL' | 'SIGTERM')`.
 * - `world.close()` kills every child it started (by pid), stops the servers, removes the folder.
 * Waits are on outcomes (`until`), bounded; nothing asserts how long anything took.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startPostgres, startRedis } from '../../src/lib/local-services.js';
import { parseConfig } from '../../src/config-schema.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { silentLogger } from '../../src/lib/logger.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { applyPolicy, ensureActivePolicy } from '../../src/policy-store/store.js';
import { importAccounts } from '../../src/accounts/import.js';
import { createToken } from '../../src/tokens/tokens.js';
import { makeAccount, makeDraft, testActor } from '../helpers/fixtures.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { SIGNING_SECRET, TEAM } from '../helpers/slack-requests.js';
import { seededRandom } from '../../src/lib/random.js';
import type { Account } from '../../src/detect/types.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = join(ROOT, 'src/cli/bin.mjs');

/** The project's seeded PRNG, so every run draws the same book and the same traffic. */
export const seeded = seededRandom;

export async function until<T>(what: string, fn: () => Promise<T | false | null | undefined>, ms = 45_000, stepMs = 100): Promise<T> {
  const end = Date.now() + ms;
  let lastErr: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastErr = e;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`timed out waiting for ${what}${lastErr ? ` (last error: ${(lastErr as Error).message})` : ''}`);
}

/**
 * The policy of a fault world (and of the soak bench, which runs in one): high caps, no probation,
 * reviews in the owners' DMs. The soak names its own reviewers, org rate and extra sections.
 */
export function faultPolicy(o: { owners?: string[]; description?: string; alertChannel?: string | null; orgPerMinute?: number; cap?: number; extra?: string } = {}): string {
  const cap = o.cap ?? 100000;
  const alert = o.alertChannel === undefined ? 'C0ALERTS1' : o.alertChannel;
  return `
owners: [${(o.owners ?? ['U0OWNER01']).join(', ')}]
workflows:
  intro:
    description: ${o.description ?? 'faults'}
    fields: [name, domain, segment, facts]
high_tier:
  account_value_usd: 50000
  new_template_probation: 0
sampling:
  base_rate: 0.0001
  floor_rate: 0.0001
review:
  route: owner_dm
${alert ? `  alert_channel: ${alert}\n` : ''}limits:
  org_per_minute: ${o.orgPerMinute ?? cap}
  mailbox_per_day: ${cap}
  domain_per_day: ${cap}
  unreviewed_per_template_per_hour: ${cap}
${o.extra ?? ''}`;
}

export const FAULT_POLICY = faultPolicy();

export interface Child {
  name: string;
  proc: ChildProcess;
  url: string;
  logFile: string;
  exited: Promise<number | null>;
  exitCode(): number | null;
  kill(signal: NodeJS.Signals): void;
}

export interface FaultWorld {
  dir: string;
  deps: Deps;
  env: Record<string, string>;
  smtp: TestSmtp;
  slack: FakeSlack;
  secret: string;
  accounts: Account[];
  pg: { url: string; stop(): Promise<void>; start(): Promise<void> };
  redis: { url: string; stop(o?: { keep?: boolean }): Promise<void>; start(): Promise<void>; flush(): Promise<void> };
  spawn(kind: 'serve' | 'worker', env?: Record<string, string>): Promise<Child>;
  /** Logs of every child so far (for failure messages). */
  logs(): string;
  /** POST a draft to a serve child; returns the status and the body. */
  submit(base: string, over?: Record<string, unknown>, timeoutMs?: number): Promise<{ status: number; body: Record<string, unknown> | null }>;
  draft(account: Account, over?: Record<string, unknown>): Record<string, unknown>;
  close(): Promise<void>;
}

export interface WorldOptions {
  seed?: number;
  /** Accounts in the book (1 in 4 is worth ≥ $50k: its drafts wait for review). */
  accounts?: number;
  env?: Record<string, string>;
  /** Slack ids of the account owners, round-robin (default: one owner). Review cards pace per DM. */
  owners?: string[];
}

export async function startFaultWorld(opts: WorldOptions = {}): Promise<FaultWorld> {
  const rnd = seeded(opts.seed ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'dg-faults-'));
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  let pgServer = await startPostgres(dir, { port: pgPort, crashSafe: true });
  let redisServer = await startRedis(dir, { port: redisPort });
  const [smtp, slack] = await Promise.all([startTestSmtp(), startFakeSlack()]);
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, FAULT_POLICY);

  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: pgServer.url,
    DATABASE_POOL_MAX: '8',
    REDIS_URL: redisServer.url,
    REDIS_PREFIX: 'dgf',
    HOST: '127.0.0.1',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-fault-suite',
    SLACK_TEAM_ID: TEAM,
    SLACK_API_URL: slack.url,
    SEND_TRANSPORT: 'smtp',
    SMTP_URL: smtp.url,
    SMTP_REQUIRE_TLS: 'false',
    SEND_LOCK_MS: '3000',
    RECONCILE_INTERVAL_MS: '1000',
    GUARD_INTERVAL_MS: '1000',
    AUDIT_SEAL_INTERVAL_MS: '500',
    SHUTDOWN_TIMEOUT_MS: '5000',
    POLICY_FILE: policyFile,
    AUDIT_ANCHOR_FILE: join(dir, 'anchors.jsonl'),
    ...opts.env,
  };
  const deps = createDeps(parseConfig({ ...env, LOG_LEVEL: 'silent' }), { log: silentLogger(), appName: 'fault-suite' });
  await migrateDatabase(deps.database);
  await ensureActivePolicy(deps.db, testActor);
  await applyPolicy(deps.db, { yaml: FAULT_POLICY, comment: 'fault suite', actor: testActor });

  const accounts: Account[] = [];
  const n = opts.accounts ?? 24;
  for (let i = 0; i < n; i++) {
    accounts.push(makeAccount({ id: `ACC-F${String(i).padStart(3, '0')}`, ...(opts.owners?.length ? { ownerSlackId: opts.owners[i % opts.owners.length]! } : {}), valueUsd: i % 4 === 0 ? 60_000 + Math.floor(rnd() * 1000) : 5_000 + Math.floor(rnd() * 1000) }));
  }
  await importAccounts(deps.db, { accounts, actor: testActor, source: 'fault-suite' });
  const { secret } = await createToken(deps.db, { name: `faults-${randomUUID().slice(0, 8)}`, scopes: ['drafts:write', 'drafts:read', 'control:pause', 'control:resume', 'admin'] }, testActor);

  const children: Child[] = [];
  const spawnChild = async (kind: 'serve' | 'worker', extra: Record<string, string> = {}): Promise<Child> => {
    const port = kind === 'serve' ? String(await freePort()) : '0';
    const logFile = join(dir, `${kind}-${children.length}.log`);
    const fd = openSync(logFile, 'a');
    const proc = spawn(process.execPath, [BIN, kind], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env, PORT: port, ...extra }, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    let code: number | null = null;
    const exited = new Promise<number | null>((r) =>
      proc.once('exit', (c, sig) => {
        code = c ?? (sig ? 128 : null);
        r(code);
      }),
    );
    const child: Child = {
      name: `${kind}-${children.length}`,
      proc,
      url: kind === 'serve' ? `http://127.0.0.1:${port}` : '',
      logFile,
      exited,
      exitCode: () => code,
      kill: (signal) => {
        if (proc.exitCode === null && proc.signalCode === null && proc.pid) process.kill(proc.pid, signal);
      },
    };
    children.push(child);
    const end = Date.now() + 60_000;
    for (;;) {
      if (code !== null) throw new Error(`${child.name} exited ${code}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
      const up =
        kind === 'serve'
          ? ((await fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(1000) }).catch(() => null))?.ok ?? false)
          : readFileSync(logFile, 'utf8').includes('worker started');
      if (up) break;
      if (Date.now() > end) throw new Error(`${child.name} did not start:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return child;
  };

  const world: FaultWorld = {
    dir,
    deps,
    env,
    smtp,
    slack,
    secret,
    accounts,
    pg: {
      url: pgServer.url,
      stop: () => pgServer.stop(),
      start: async () => {
        pgServer = await startPostgres(dir, { port: pgPort, crashSafe: true });
      },
    },
    redis: {
      url: redisServer.url,
      stop: async (o = {}) => {
        if (o.keep) {
          const r = new Redis(redisServer.url, { maxRetriesPerRequest: 1, lazyConnect: true });
          await r.connect();
          await r.call('SHUTDOWN', 'SAVE').catch(() => {});
          r.disconnect();
          await new Promise<void>((res) => (redisServer.process.exitCode !== null ? res() : redisServer.process.once('exit', () => res())));
        } else await redisServer.stop();
      },
      start: async () => {
        redisServer = await startRedis(dir, { port: redisPort });
      },
      flush: async () => {
        const r = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
        await r.flushall();
        r.disconnect();
      },
    },
    spawn: spawnChild,
    logs: () => children.map((c) => `--- ${c.name} (exit ${c.exitCode()}) ---\n${readFileSync(c.logFile, 'utf8').split('\n').slice(-40).join('\n')}`).join('\n'),
    draft: (account, over = {}) => ({ ...makeDraft(account, { workflow: 'intro', template_id: 'tpl-faults' }), ...over }),
    submit: async (base, body = {}, timeoutMs = 10_000) => {
      const res = await fetch(`${base}/v1/drafts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed };
    },
    close: async () => {
      // Every step bounded: a stuck client must not leave servers running after the suite.
      const bounded = (p: Promise<unknown>, ms = 5000) => Promise.race([p.catch(() => {}), new Promise((r) => setTimeout(r, ms))]);
      for (const c of children) {
        c.kill('SIGKILL');
        await bounded(c.exited, 3000);
      }
      await bounded(deps.close());
      await bounded(Promise.allSettled([smtp.close(), slack.close()]));
      await bounded(pgServer.stop(), 20_000);
      await bounded(redisServer.stop());
      // Belt and braces: the postmaster this world started (its pid file) must not outlive it.
      try {
        const pid = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
        if (pid > 0) process.kill(pid, 'SIGQUIT');
      } catch {
        /* already gone */
      }
      if (redisServer.process.exitCode === null && redisServer.process.pid) redisServer.process.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

export interface Accounting {
  byStatus: Record<string, number>;
  /** Draft ids delivered more than once at the SMTP sink. */
  duplicates: string[];
  /** Held drafts that the sink received, with the reason they were held. */
  heldDelivered: Array<{ id: string; reason: string | null }>;
  /** Drafts in `sent` the sink never received, and drafts the sink received that are not sent/held. */
  sentNotDelivered: string[];
  deliveredNotSent: string[];
  /** pending_review drafts with no card in Slack. */
  pendingWithoutCard: string[];
  missing: string[];
}

/** Where every accepted draft ended, cross-checked with what the SMTP sink received. */
export async function accountFor(w: FaultWorld, ids: string[]): Promise<Accounting> {
  const rows = ids.length
    ? await w.deps.sql<{ id: string; status: string; slack_ts: string | null; hold_reason: string | null }[]>`select id, status, slack_ts, hold_reason from drafts where id = any(${ids}::uuid[])`
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counts = new Map<string, number>();
  for (const m of w.smtp.messages) if (m.draftId) counts.set(m.draftId, (counts.get(m.draftId) ?? 0) + 1);
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  return {
    byStatus,
    duplicates: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
    heldDelivered: rows.filter((r) => r.status === 'held' && counts.has(r.id)).map((r) => ({ id: r.id, reason: r.hold_reason })),
    sentNotDelivered: rows.filter((r) => r.status === 'sent' && !counts.has(r.id)).map((r) => r.id),
    deliveredNotSent: [...counts.keys()].filter((id) => byId.has(id) && !['sent', 'held'].includes(byId.get(id)!.status)),
    pendingWithoutCard: rows.filter((r) => r.status === 'pending_review' && !r.slack_ts).map((r) => r.id),
    missing: ids.filter((id) => !byId.has(id)),
  };
}

/** Settled: nothing approved/queued/sending left, and every pending draft has its card. */
export function settled(a: Accounting): boolean {
  return !a.byStatus.approved && !a.byStatus.queued && !a.byStatus.sending && !a.byStatus.received && a.pendingWithoutCard.length === 0;
}
