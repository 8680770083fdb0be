/**
 * Audit anchoring (issue 15 item 10): the newest sealed rows cut off (as a database superuser can,
 * with the append-only trigger disabled) leave a chain that verifies; the anchored head shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db.js';
import { appendAudit } from '../../src/audit/append.js';
import { sealAudit } from '../../src/audit/seal.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { anchorAudit, checkAnchor, lastDbAnchor, readAnchorFile } from '../../src/audit/anchor.js';
import { buildDigest, formatDigest } from '../../src/reports/digest.js';
import { testActor } from '../helpers/fixtures.js';
import { redisUrl } from '../helpers/db.js';

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), 'dg-anchor-'));
});
afterAll(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ actor: testActor, action: 'test.row', subject: `test:${tag}-${i}`, data: { i } }));

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/cli/bin.mjs', ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('audit anchors', () => {
  it('the sealer anchors the head (table + append-only file + digest); a cut tail verifies without the anchor and fails with it, naming the rows', async () => {
    const file = join(dir, 'anchors.jsonl');
    await appendAudit(t.db, rows(5, 'a'));
    await sealAudit(t.sql);
    const first = await anchorAudit(t.sql, { file });
    expect(first).toMatchObject({ seq: 5 });
    expect(await anchorAudit(t.sql, { file })).toBeNull(); // head did not move: no new anchor
    await appendAudit(t.db, rows(4, 'b'));
    await sealAudit(t.sql);
    const second = await anchorAudit(t.sql, { file });
    expect(second).toMatchObject({ seq: 9 });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(await readAnchorFile(file)).toEqual(second);
    expect(await lastDbAnchor(t.sql)).toEqual(second);
    const digest = formatDigest(await buildDigest({ db: t.db, now: () => new Date() }, { since: new Date(Date.now() - 86_400_000) })).join('\n');
    expect(digest).toContain(`Audit chain head: seq 9, hash ${second!.hash}`);

    // Cut the newest three sealed rows as a superuser would.
    await t.sql.begin(async (tx) => {
      await tx`alter table audit_log disable trigger audit_log_no_update`;
      await tx`delete from audit_log where seq > 6`;
      await tx`alter table audit_log enable trigger audit_log_no_update`;
    });
    const v = await verifyAudit(t.sql);
    expect(v).toMatchObject({ ok: true, lastSeq: 6 }); // the chain alone cannot tell
    if (!v.ok) throw new Error('unreachable');
    const c = await checkAnchor(t.sql, v, (await readAnchorFile(file))!);
    expect(c).toMatchObject({ ok: false, brokenSeq: 7 });
    if (c.ok) throw new Error('unreachable');
    expect(c.reason).toContain('rows 7..9 were removed');

    // The CLI says the same and exits 1.
    const env = { DATABASE_URL: t.url, REDIS_URL: redisUrl(), LOG_LEVEL: 'silent' };
    const plain = await cli(['audit', 'verify', '--no-seal'], env);
    expect(plain.code).toBe(0);
    const anchored = await cli(['audit', 'verify', '--no-seal', '--anchor', file], env);
    expect(anchored.code).toBe(1);
    expect(anchored.out).toContain('audit chain BROKEN at seq 7');
    expect(anchored.out).toContain('rows 7..9 were removed');
  }, 90_000);

  it('a chain rewritten from the anchored row on is named too', async () => {
    const t2 = await createTestDb();
    try {
      await appendAudit(t2.db, rows(3, 'c'));
      await sealAudit(t2.sql);
      const a = (await anchorAudit(t2.sql))!;
      const v = await verifyAudit(t2.sql);
      if (!v.ok) throw new Error('chain should verify');
      expect(await checkAnchor(t2.sql, v, a)).toMatchObject({ ok: true });
      expect(await checkAnchor(t2.sql, v, { ...a, hash: 'f'.repeat(64) })).toMatchObject({ ok: false, brokenSeq: 3 });
    } finally {
      await t2.drop();
    }
  });
});
