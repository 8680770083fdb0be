/**
 * The demo for a newcomer: its closing lines say what to try next; a second demo while one runs
 * fails with one clear line and touches none of the first one's files.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockDemoDir, runDemo } from '../../src/cli/commands/demo.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

/** Every file under dir with its size and mtime. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out[p] = `${s.size}:${s.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

describe('demo for a newcomer', () => {
  it('a second demo on the same folder fails with one line and touches nothing; the closing lines say what to try', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-demo-'));
    const lines: string[] = [];
    let second: unknown;
    let before: Record<string, string> = {};
    let after: Record<string, string> = {};
    await runDemo(
      {
        exit: true,
        port: '0',
        accounts: '200',
        dir,
        onReady: async () => {
          before = snapshot(dir);
          second = await runDemo({ exit: true, port: '0', accounts: '200', dir }, () => {}).catch((e: unknown) => e);
          after = snapshot(dir);
        },
      },
      (l) => lines.push(l),
    );
    expect((second as Error).message).toMatch(/^another demo is already running \(pid \d+, since .+\) and owns .+; stop it with Ctrl-C/);
    expect(Object.keys(before).length).toBeGreaterThan(2); // the book, the outbox's .eml files, the lock
    expect(after).toEqual(before);
    expect(existsSync(join(dir, 'demo.lock'))).toBe(false); // released on stop

    const text = lines.join('\n');
    const tail = text.slice(text.indexOf('Try next'));
    for (const want of ['draftgate tokens create', 'curl -sS -X POST', '/v1/drafts', 'draftgate review list', 'draftgate status', '/docs']) expect(tail).toContain(want);
    expect(text).toMatch(/console: +http:\/\/\S+\/console/);
  }, 600_000); // ~11 s on an idle machine; minutes when the two cores are shared by a full suite run

  it('a stale lock (its process is gone) is taken over; a live one refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-lock-'));
    writeFileSync(join(dir, 'demo.lock'), '999999999 2026-01-01T00:00:00.000Z\n');
    const release = lockDemoDir(dir);
    expect(() => lockDemoDir(dir)).toThrow(/another demo is already running \(pid \d+/);
    release();
    lockDemoDir(dir)();
  });

  it('`draftgate demo` while another runs: one line on stderr, exit 1, nothing started', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dg-cwd-'));
    mkdirSync(join(cwd, '.draftgate/demo'), { recursive: true });
    writeFileSync(join(cwd, '.draftgate/demo/demo.lock'), `${process.pid} 2026-11-30T10:00:00.000Z\n`);
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [BIN, 'demo', '--exit'], { cwd, timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: (err as { code?: number } | null)?.code ?? 0, stdout, stderr })),
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^draftgate: another demo is already running \(pid \d+/)]);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(cwd, '.draftgate/demo'))).toEqual(['demo.lock']);
  }, 120_000);
});
