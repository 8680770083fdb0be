/**
 * `draftgate scan` with worker threads (src/cli/scan-pool.ts) prints exactly what the in-thread
 * scan prints: a small input forced through 2 workers (the main thread scanning nothing), then
 * shared with the main thread; a worker that read other bytes is ignored.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScanCommand } from '../../src/cli/scan.js';
import { idleCores, startScanPool } from '../../src/cli/scan-pool.js';
import { generateSampleBook, sampleBookCsv } from '../../src/accounts/sample-book.js';
import { generateDrafts } from '../../bench/scan.bench.js';
import { capture } from '../helpers/streams.js';

const dir = mkdtempSync(join(tmpdir(), 'draftgate-scan-pool-'));
const book = generateSampleBook(300);
const files = { accounts: join(dir, 'book.csv'), drafts: join(dir, 'drafts.jsonl') };
writeFileSync(files.accounts, sampleBookCsv(book));
writeFileSync(files.drafts, `${generateDrafts(book, 60).map((d) => JSON.stringify(d)).join('\n')}\n`);

describe('draftgate scan on worker threads', () => {
  it('prints byte for byte what the in-thread scan prints', async () => {
    const inThread = await capture((out, err) => runScanCommand(files, out, err));
    expect(inThread.code).toBe(0);
    expect(inThread.stdout.split('\n')).toHaveLength(61);

    const pool = startScanPool(files, { workers: 2, minBytes: 0, chunk: 3, mainScans: false });
    expect(pool).not.toBeNull();
    const parallel = await capture((out, err) => runScanCommand(files, out, err, pool));
    expect(parallel).toEqual(inThread);
    // Every draft came from a worker; the main thread scanned none.
    expect(pool!.scanned.main).toBe(0);
    expect(pool!.scanned.workers.reduce((a, b) => a + b, 0)).toBe(60);

    const shared = startScanPool(files, { workers: 1, minBytes: 0, chunk: 2 });
    expect(await capture((out, err) => runScanCommand(files, out, err, shared))).toEqual(inThread);
    expect(shared!.scanned.main + shared!.scanned.workers[0]!).toBe(60);
  }, 60_000);

  it('ignores a worker that read other bytes and scans its drafts in the main thread', async () => {
    const inThread = await capture((out, err) => runScanCommand(files, out, err));
    const other = join(dir, 'other.csv');
    writeFileSync(other, sampleBookCsv(book).replace(/\n$/, '\n\n'));
    // The worker reads `other` (same accounts, one more byte); the command validates `files`.
    const pool = startScanPool({ ...files, accounts: other }, { workers: 1, minBytes: 0, mainScans: false });
    const r = await capture((out, err) => runScanCommand(files, out, err, pool));
    expect(r).toEqual(inThread);
    expect(pool!.scanned).toEqual({ workers: [0], main: 60 });
  }, 60_000);

  it('uses the cores other processes leave idle, never the last one, and none on small machines', () => {
    expect(idleCores(2, 0)).toBe(0);
    expect(idleCores(4, 0.2)).toBe(3);
    expect(idleCores(4, 1)).toBe(3);
    expect(idleCores(4, 1.3)).toBe(2);
    expect(idleCores(4, 4.5)).toBe(0);
    expect(idleCores(8, 0)).toBe(7);
    expect(idleCores(8, 3.2)).toBe(4);
    expect(idleCores(1, 0)).toBe(0);
  });

  it('starts no pool for a small drafts file or a missing one', () => {
    expect(startScanPool(files, { workers: 2 })).toBeNull();
    expect(startScanPool({ ...files, drafts: join(dir, 'missing.jsonl') }, { workers: 2, minBytes: 0 })).toBeNull();
  });
});
