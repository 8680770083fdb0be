import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { readDurability } from '../../src/db/durability.js';
import { useIntegrationEnv } from '../helpers/env.js';

// The suite's throwaway Postgres runs with fsync and synchronous_commit off (speed); a session can
// turn synchronous_commit back on, which is how the durable branch is checked without a second server.
const env = useIntegrationEnv({ deps: false });

describe('Postgres durability check (serve, worker and dev warn at start)', () => {
  it('names synchronous_commit = off and fsync = off as threats to exactly-once sending', async () => {
    const report = await readDurability(env.t.sql);
    expect(report).toMatchObject({ synchronousCommit: 'off', fsync: 'off' });
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/^synchronous_commit is off: .*delivered twice; set synchronous_commit = on/);
    expect(report.problems[1]).toMatch(/^fsync is off: a machine crash/);
  });

  it('says nothing about synchronous_commit when it is on', async () => {
    const on = postgres(env.t.url, { max: 1, onnotice: () => {}, connection: { synchronous_commit: 'on' } });
    try {
      const report = await readDurability(on);
      expect(report.synchronousCommit).toBe('on');
      expect(report.problems.some((p) => p.startsWith('synchronous_commit'))).toBe(false);
    } finally {
      await on.end({ timeout: 1 });
    }
  });
});
