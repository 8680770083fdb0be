/**
 * A real Deps for integration tests: the file's own test database, the shared test Redis, and a
 * unique REDIS_PREFIX so queues and keys never collide with other tests. Shared by every engineer:
 * keep the signature stable.
 */
import { parseConfig } from '../../src/config-schema.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { silentLogger } from '../../src/lib/logger.js';
import { redisUrl, uniquePrefix, type TestDb } from './db.js';

export interface TestDeps extends Deps {
  /** The unique prefix used for this Deps' Redis keys and BullMQ queues. */
  prefix: string;
}

/**
 * Build Deps over `t` (from createTestDb()). `overrides` are env-style strings passed through
 * parseConfig, e.g. { TOKEN_RATE_PER_MINUTE: '5' }. Call `deps.close()` in afterAll/afterEach;
 * it does not drop the test database (t.drop() does).
 */
export function createTestDeps(t: TestDb, overrides: Record<string, string> = {}): TestDeps {
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: t.url,
    DATABASE_POOL_MAX: '10',
    // The suite shares two cores with other test files: a connection opened while this process
    // waits for the CPU (or while a first scan compiles the rule packs) must not time out as if
    // Postgres were unreachable. A refused connection still fails at once.
    DATABASE_CONNECT_TIMEOUT_MS: '15000',
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: uniquePrefix(),
    ...overrides,
  });
  return createDeps(config, { log: silentLogger(), appName: 'draftgate-test' });
}
