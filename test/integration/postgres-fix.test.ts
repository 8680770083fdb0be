/**
 * postgres.js null-socket crash (src/db/postgres-fix.mjs): a transaction whose connection the
 * server closes used to kill the process from a setImmediate ("Cannot read properties of null
 * (reading 'write')"). Run in a child process, with and without the fix, against a real server.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createTestDb } from '../helpers/db.js';
import { isPostgresConnectionModule, patchPostgresConnection } from '../../src/db/postgres-fix.mjs';

const child = fileURLToPath(new URL('../helpers/pg-closed-tx-child.mjs', import.meta.url));
const run = (url: string, mode: 'fixed' | 'raw') =>
  new Promise<{ code: number | null; out: string }>((resolve) => {
    execFile(process.execPath, [child, url, mode], { timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });

describe('postgres.js null-socket fix', () => {
  it('applies to the installed postgres.js (an upgrade that changes the code fails here)', () => {
    const file = createRequire(import.meta.url).resolve('postgres').replace(/cjs\/src\/index\.js$|src\/index\.js$/, 'src/connection.js');
    expect(isPostgresConnectionModule(`file://${file}`)).toBe(true);
    const r = patchPostgresConnection(readFileSync(file, 'utf8'));
    expect(r.applied).toBe(true);
    expect(patchPostgresConnection(r.source)).toEqual({ source: r.source, applied: true });
  });

  it('a transaction whose connection the server closes: the process survives and the pool still answers', async () => {
    const t = await createTestDb();
    try {
      const fixed = await run(t.url, 'fixed');
      expect(fixed.out).toContain('transaction failed');
      expect(fixed.out).toContain('pool answers 42');
      expect(fixed.code).toBe(0);
      const raw = await run(t.url, 'raw');
      // Without the fix this is the crash the fault suite found (kept here to show the fix matters).
      expect(raw.out).toContain("Cannot read properties of null (reading 'write')");
      expect(raw.code).not.toBe(0);
    } finally {
      await t.drop();
    }
  });
});
