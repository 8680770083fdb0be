/**
 * Environment → typed config (zod). The environment itself is read by config.ts (readEnv,
 * re-exported here), the one reader of the environment, so that `--help`, `scan` and `rules` start
 * without zod. Parsed once at start; a missing or invalid variable stops the process with one line
 * naming it.
 */
import { z } from 'zod';
import { readEnv } from './config.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const Config = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().refine((u) => /^postgres(ql)?:/.test(u), 'must be a postgres:// URL'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** A Postgres connection attempt gives up after this long; requests then fail fast (503). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(500).default(5000),
  /** Postgres cancels any statement that runs longer (server-side statement_timeout); 0 = none. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  REDIS_URL: z.string().url().refine((u) => /^rediss?:/.test(u), 'must be a redis:// URL'),
  /** Prefix of every Redis key and BullMQ queue; lets several deployments share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('dg'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public base URL, used in links printed by the CLI and in Slack messages. */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Largest request body accepted, in bytes (413 above). */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  /** Default per-token request rate (requests per minute) before 429. */
  TOKEN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  /** Path to the policy YAML applied when the database has none yet. */
  POLICY_FILE: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xox[a-z]-/, 'must be a Slack bot token (xoxb-…)').optional(),
  /** Workspace this app serves; requests from any other team_id are refused. */
  SLACK_TEAM_ID: z.string().regex(/^T[A-Z0-9]+$/, 'must be a Slack team id (T…)').optional(),
  /** Base URL of Slack's Web API (tests and proxies point it elsewhere). */
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
  SEND_TRANSPORT: z.enum(['outbox', 'smtp', 'webhook']).default('outbox'),
  OUTBOX_DIR: z.string().default('.draftgate/outbox'),
  SMTP_URL: z.string().url().optional(),
  /** JSON map of sending mailbox → SMTP URL with its credentials, e.g. {"sdr@acme.io":"smtp://u:p@host:587"}. */
  SMTP_MAILBOXES: z
    .string()
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.string().url()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of mailbox → smtp:// URL' });
        return z.NEVER;
      }
    })
    .optional(),
  SMTP_REQUIRE_TLS: bool.default(true),
  WEBHOOK_URL: z.string().url().optional(),
  WEBHOOK_SECRET: z.string().min(16).optional(),
  /** HMAC secret that signs POST /v1/delivery-events. */
  DELIVERY_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Worker concurrency of the send queue. */
  SEND_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(10),
  /** The send worker's lease on a claimed draft (renewed while it works); a draft whose lease ran out is held. */
  SEND_LOCK_MS: z.coerce.number().int().min(1000).default(60_000),
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(100).default(1000),
  /** Append-only file where the sealer also records the chain's head (seq + hash); `audit verify --anchor` reads it. */
  AUDIT_ANCHOR_FILE: z.string().optional(),
  /** How often the sealer anchors the chain's head (audit_anchors, AUDIT_ANCHOR_FILE). */
  AUDIT_ANCHOR_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  /** How often the guard's anomaly monitors read new reviews, sends and delivery events. */
  GUARD_INTERVAL_MS: z.coerce.number().int().min(100).default(1000),
  /** How often the worker posts alerts not yet delivered to Slack (the alert outbox). */
  ALERT_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  /** How often the worker walks the review ladder (remind, escalate, expire waiting drafts). */
  REVIEW_LADDER_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Port of the worker's own /metrics listener; unset = the worker serves no metrics. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Interface of the worker's metrics listener (default: HOST). */
  METRICS_HOST: z.string().optional(),
  /** When set, /metrics (web and worker) requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
});
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration: ${issues.join('; ')}`);
  }
}

/** Parse an environment; throws ConfigError naming every wrong key. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const res = Config.safeParse(cleaned);
  if (!res.success) {
    throw new ConfigError(
      res.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.path.length && cleaned[String(i.path[0])] === undefined ? 'is required' : i.message}`),
    );
  }
  const c = res.data;
  const problems: string[] = [];
  if (c.SEND_TRANSPORT === 'smtp' && !c.SMTP_URL && !c.SMTP_MAILBOXES) problems.push('SMTP_URL: is required when SEND_TRANSPORT=smtp (or set SMTP_MAILBOXES)');
  if (c.SEND_TRANSPORT === 'webhook' && !c.WEBHOOK_URL) problems.push('WEBHOOK_URL: is required when SEND_TRANSPORT=webhook');
  if (c.SEND_TRANSPORT === 'webhook' && !c.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: is required when SEND_TRANSPORT=webhook');
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET: is required when SLACK_BOT_TOKEN is set');
  if (problems.length) throw new ConfigError(problems);
  return c;
}

export { readEnv };

/** Parse the environment (readEnv) or print one line per wrong key and exit non-zero. */
export function loadConfigOrExit(overrides: Record<string, string | undefined> = {}): Config {
  try {
    return parseConfig({ ...readEnv(), ...overrides });
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.issues) process.stderr.write(`draftgate: config error: ${line}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
}
