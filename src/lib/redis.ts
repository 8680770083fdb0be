/**
 * Redis connections. The composition root makes the shared command connection; each BullMQ worker
 * opens its own blocking connection with the same options (maxRetriesPerRequest: null is BullMQ's
 * requirement for workers).
 */
import { Redis } from 'ioredis';
import type { Config } from '../config.js';

export function redisOptions() {
  return { maxRetriesPerRequest: null, enableReadyCheck: true } as const;
}

export function createRedis(config: Pick<Config, 'REDIS_URL'>, name = 'draftgate'): Redis {
  return new Redis(config.REDIS_URL, { ...redisOptions(), connectionName: name, lazyConnect: false });
}
