/**
 * Composition root: builds every client once and passes it down. Nothing creates a client at
 * import time. `createDeps(config)` is used by serve, worker, the CLI, the demo and the tests.
 */
import type { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import type postgres from 'postgres';
import type { Config } from './config.js';
import { createDatabase, type Database, type Db } from './db/client.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createWorkTracker, type WorkTracker } from './lib/work.js';
import { createRedis } from './lib/redis.js';
import type { WebClient } from '@slack/web-api';
import { createSlackClient } from './slack/client.js';
import { SEND_QUEUE, type SendQueue } from './send/queue.js';
import { REVIEW_POST_QUEUE, type ReviewPostQueue } from './review/queue.js';

/** The BullMQ queues; each queue's name, jobs and options live with its feature (send/queue.ts, review/queue.ts). */
export interface Queues {
  send: SendQueue;
  slackPost: ReviewPostQueue;
}

export interface Deps {
  config: Config;
  log: Logger;
  database: Database;
  db: Db;
  sql: postgres.Sql;
  /** Commands (pause flags, caps, counters). BullMQ workers open their own blocking connections. */
  redis: Redis;
  /** Key prefix for everything draftgate keeps in Redis, and BullMQ's prefix. */
  prefix: string;
  queues: Queues;
  /** Slack Web API client; null without SLACK_BOT_TOKEN (the CLI review path still works). */
  slack: WebClient | null;
  now: () => Date;
  /** Work owed after an answer (Slack listeners after their ack); close() drains it first. */
  work: WorkTracker;
  close(): Promise<void>;
}

export { createRedis, redisOptions } from './lib/redis.js';

export function createQueues(redis: Redis, prefix: string): Queues {
  const opts = { connection: redis, prefix: `${prefix}:bull` };
  return {
    send: new Queue(SEND_QUEUE, opts) as SendQueue,
    slackPost: new Queue(REVIEW_POST_QUEUE, opts) as ReviewPostQueue,
  };
}

export function createDeps(config: Config, opts: { log?: Logger; appName?: string } = {}): Deps {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const database = createDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_MAX,
    appName: opts.appName ?? 'draftgate',
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
  });
  const redis = createRedis(config, opts.appName);
  redis.on('error', (e) => log.warn({ err: e.message }, 'redis error'));
  const queues = createQueues(redis, config.REDIS_PREFIX);
  let closed = false;
  const work = createWorkTracker();
  return {
    config,
    log,
    database,
    db: database.db,
    sql: database.sql,
    redis,
    prefix: config.REDIS_PREFIX,
    queues,
    slack: createSlackClient(config, log),
    now: () => new Date(),
    work,
    close: async () => {
      if (closed) return;
      closed = true;
      // Listeners acknowledged before the stop finish their writes (bounded) before pools close.
      if (!(await work.drain(config.SHUTDOWN_TIMEOUT_MS))) log.warn({ left: work.size() }, 'shutdown: in-flight work did not finish in time');
      await Promise.allSettled([queues.send.close(), queues.slackPost.close()]);
      redis.disconnect();
      await database.close();
    },
  };
}
