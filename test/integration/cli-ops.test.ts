/**
 * The CLI as an operator meets it on a bad day: services down, a mistyped id, a missing file —
 * one line naming the problem, a non-zero exit, no stack trace, and quickly.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDb, redisUrl, uniquePrefix, type TestDb } from '../helpers/db.js';
import { seedDraft } from '../helpers/fixtures.js';
import { freePort } from '../../src/lib/local-services.js';
import { reviewList } from '../../src/cli/commands/review.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
let t: TestDb;
let env: Record<string, string>;

function cli(args: string[], over: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env, ...over }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

const oneLine = (s: string) => {
  expect(s.trim().split('\n')).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /);
};

beforeAll(async () => {
  t = await createTestDb();
  env = { DATABASE_URL: t.url, REDIS_URL: redisUrl(), REDIS_PREFIX: uniquePrefix(), LOG_LEVEL: 'info' };
});
afterAll(async () => {
  await t.drop();
});

vi.setConfig({ testTimeout: 180_000 });

describe('expected failures are one line', () => {
  it('Redis down: status names Redis and exits 69 within seconds', async () => {
    const r = await cli(['status'], { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(r.code).toBe(69);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^draftgate: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ \(/);
    expect(r.stdout).toBe('');
    expect(r.ms).toBeLessThan(20_000);
  });

  it('Postgres down: names Postgres without its password', async () => {
    const r = await cli(['review', 'list'], { DATABASE_URL: `postgres://u:s3cret@127.0.0.1:${await freePort()}/x` });
    expect(r.code).toBe(69);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^draftgate: cannot reach Postgres at postgres:\/\/127\.0\.0\.1:\d+\/x/);
    expect(r.stderr).not.toContain('s3cret');
  });

  it('a malformed id and a missing file: exit 2, one line, before touching any service', async () => {
    const bad = await cli(['review', 'show', 'not-an-id'], { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(bad.code).toBe(2);
    oneLine(bad.stderr);
    expect(bad.stderr).toContain('"not-an-id" is not a draft id');
    const missing = await cli(['import', 'accounts', '/nonexistent/book.csv']);
    expect(missing.code).toBe(2);
    oneLine(missing.stderr);
    expect(missing.stderr).toContain('cannot read /nonexistent/book.csv');
  });

  it('audit export --subject takes a bare draft id', async () => {
    const { draft } = await seedDraft(t.db);
    const r = await cli(['audit', 'export', '--subject', draft.id]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { subject: string });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.subject === `draft:${draft.id}`)).toBe(true);
  });
});

describe('review list', () => {
  it('says when it cut the list', async () => {
    for (let i = 0; i < 3; i++) await seedDraft(t.db);
    const out: string[] = [];
    const n = await reviewList({ db: t.db }, { limit: 2 }, (l) => out.push(l));
    expect(n).toBe(2);
    expect(out.at(-1)).toMatch(/showing the oldest 2; more are pending/);
    const all: string[] = [];
    await reviewList({ db: t.db }, { limit: 100 }, (l) => all.push(l));
    expect(all.some((l) => l.includes('more are pending'))).toBe(false);
  });
});
