/** The draftgate CLI as a user runs it: a real process against the file's own database. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createTestDb, redisUrl, uniquePrefix, type TestDb } from '../helpers/db.js';
import { ACCOUNT_CSV_HEADER } from '../../src/accounts/parse.js';
import { DEFAULT_POLICY_PATH } from '../../src/policy-store/store.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
let t: TestDb;
let dir: string;
let env: Record<string, string>;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), 'dg-cli-'));
  env = { DATABASE_URL: t.url, REDIS_URL: redisUrl(), REDIS_PREFIX: uniquePrefix(), LOG_LEVEL: 'error' };
});
afterAll(async () => {
  await t.drop();
});

const H = ACCOUNT_CSV_HEADER.join(',');

// Each call starts a Node process through tsx: seconds on a loaded two-core machine.
vi.setConfig({ testTimeout: 180_000 });

describe('draftgate CLI', () => {
  it('--help works for every command', async () => {
    for (const c of [['--help'], ['import', 'accounts', '--help'], ['audit', 'export', '--help']]) {
      const r = await cli(c);
      expect(r.code, c.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: draftgate/);
    }
  });

  it('a missing env var stops with one line naming it', async () => {
    const saved = env;
    env = { REDIS_URL: redisUrl() };
    const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [BIN, 'migrate'], { env: { PATH: process.env.PATH ?? '', ...env } }, (err, _o, stderr) => resolve({ code: (err as { code?: number } | null)?.code ?? 0, stderr })),
    );
    env = saved;
    expect(r.code).toBe(78);
    expect(r.stderr.trim()).toBe('draftgate: config error: DATABASE_URL: is required');
  });

  it('migrate is idempotent and applies the default policy once', async () => {
    expect((await cli(['migrate'])).stdout).toMatch(/active policy version 1/);
    expect((await cli(['migrate'])).stdout).toMatch(/active policy version 1/);
  });

  it('import accounts: a bad row imports nothing and names its line; a good file upserts', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${H}\nA1,Acme,acme.com,,100,,,,,,,,,,,,\nA2,Beta,beta..com,,100,,,,,,,,,,,,\n`);
    const r = await cli(['import', 'accounts', bad]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 0, rejected: 1, errors: [{ line: 3, id: 'A2' }] });
    expect(r.stderr).toMatch(/line 3 \(id A2\): domain/);
    const [{ n }] = (await t.sql`select count(*)::int n from accounts`) as unknown as [{ n: number }];
    expect(n).toBe(0);
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify([{ id: 'A1', name: 'Acme', domain: 'acme.com', contract_value: 48000 }]));
    const ok = await cli(['import', 'accounts', good]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ inserted: 1, updated: 0 });
  });

  it('import accounts: a Zoho export without --preset is recognized and the owner told; a header two presets read differently imports nothing', async () => {
    const zoho = join(dir, 'Accounts_2026_12_04.csv');
    writeFileSync(zoho, 'Record Id,Account Owner,Account Name,Account Type,Website,Phone,Billing City\nzcrm_4150868000000224005,Sam Rivera,Zylker,Customer,www.zylker.com,555,Austin\n');
    const r = await cli(['import', 'accounts', zoho]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inserted: 1, columns: { preset: { name: 'zoho' }, ignored: ['Phone', 'Billing City'] } });
    expect(r.stderr).toMatch(/read as a Zoho CRM accounts export \(preset zoho\), recognized from its header/);
    const [row] = (await t.sql`select domain, segment from accounts where id = 'zcrm_4150868000000224005'`) as unknown as [{ domain: string; segment: string }];
    expect({ ...row }).toEqual({ domain: 'zylker.com', segment: 'Customer' });
    const latin = join(dir, 'excel.csv');
    writeFileSync(latin, Buffer.from('id,name,domain\nW-1,Société Générale,socgen.example\n', 'latin1'));
    const w = await cli(['import', 'accounts', latin]);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/excel\.csv is not UTF-8: read as windows-1252/);
    expect(((await t.sql`select name from accounts where id = 'W-1'`)[0] as { name: string }).name).toBe('Société Générale');
    const before = (await t.sql`select count(*)::int n from accounts`)[0]!.n as number;
    const ambiguous = join(dir, 'ambiguous.csv');
    writeFileSync(ambiguous, 'Account ID,Account Number,Account Name,Website,Type,Relationship Type\nX-1,N-1,Xenon,xenon.com,Customer,Partner\n');
    const bad = await cli(['import', 'accounts', ambiguous]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/salesforce or a dynamics export: choose with --preset/);
    expect((await t.sql`select count(*)::int n from accounts`)[0]!.n).toBe(before);
  });

  it('policy validate / apply / show; an invalid file names the key and line and applies nothing', async () => {
    const badPolicy = join(dir, 'bad.yaml');
    writeFileSync(badPolicy, 'high_tier:\n  account_value_usd: lots\n');
    const v = await cli(['policy', 'validate', badPolicy]);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/high_tier\.account_value_usd/);
    expect(v.stderr).toMatch(/line 2/);
    expect((await cli(['policy', 'apply', badPolicy, '--comment', 'x'])).code).toBe(1);
    const good = join(dir, 'good.yaml');
    writeFileSync(good, readFileSync(DEFAULT_POLICY_PATH, 'utf8').replace(/account_value_usd: 50000/, 'account_value_usd: 75000'));
    const a = await cli(['policy', 'apply', good, '--comment', 'raise threshold']);
    expect(a.stdout).toMatch(/policy version 2 is now active/);
    expect((await cli(['policy', 'show'])).stdout).toMatch(/active policy version 2.*raise threshold/);
    const b = await cli(['policy', 'backtest', good, '--since', '30d']);
    expect(b.code).toBe(0);
    expect((await cli(['policy', 'backtest', good, '--since', '30d', '--max-drafts', '10'])).code).toBe(0);
    for (const bad of ['0', '-5', '2.5', 'many']) {
      const r = await cli(['policy', 'backtest', good, '--max-drafts', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--max-drafts must be a whole number above 0 (got "${bad}")`);
    }
  });

  it('audit verify passes, then fails naming the seq a superuser altered', async () => {
    const ok = await cli(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/audit chain OK/);
    const su = postgres(t.url, { max: 1, onnotice: () => {} });
    await su.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx`update audit_log set actor = '{"type":"cli","user":"mallory"}'::jsonb where seq = 2`;
    });
    await su.end();
    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at seq 2/);
    const exp = await cli(['audit', 'export', '--since', '1h', '--format', 'csv']);
    expect(exp.stdout.split('\n')[0]).toBe('seq,at,actor,action,subject,data,prev_hash,hash');
    expect((await cli(['audit', 'export', '--since', 'yesterday-ish'])).code).toBe(2);
  });
});
