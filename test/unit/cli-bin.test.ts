/**
 * The `draftgate` executable as a process: help and `scan` run without the postgres.js fix hook
 * (src/cli/bin.mjs registers it only for commands that can reach postgres.js) and `scan` prints
 * what the in-thread scan prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateSampleBook, sampleBookCsv } from '../../src/accounts/sample-book.js';
import { runScanCommand } from '../../src/cli/scan.js';
import { generateDrafts } from '../../bench/scan.bench.js';
import { capture } from '../helpers/streams.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('draftgate executable', () => {
  it('prints help', () => {
    const r = bin('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: draftgate/);
    expect(r.stdout).toMatch(/\bscan\b/);
  }, 60_000);

  it('scans as runScanCommand does in-thread, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftgate-bin-'));
    const book = generateSampleBook(200);
    const files = { accounts: join(dir, 'book.csv'), drafts: join(dir, 'drafts.jsonl') };
    writeFileSync(files.accounts, sampleBookCsv(book));
    writeFileSync(files.drafts, `${generateDrafts(book, 40).map((d) => JSON.stringify(d)).join('\n')}\n`);
    const inThread = await capture((out, err) => runScanCommand(files, out, err));
    const r = bin('scan', '--accounts', files.accounts, '--drafts', files.drafts);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(inThread.stdout);
  }, 60_000);
});
