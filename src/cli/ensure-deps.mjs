// Installs npm dependencies when they are missing (fresh clone), so `npm run demo` and
// `npm test` are the only commands a new machine needs. Plain JS: runs before anything is installed.
// Then builds dist/ when it is missing or stale (build.mjs). Quiet on success; one line on failure
// (npm's own output is kept in a log file we name).
import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const needed = ['tsx', 'vitest', 'hono', 'bullmq', 'drizzle-orm', 'postgres', '@slack/bolt', 'smtp-server', 'playwright-core'];
const missing = needed.filter((p) => !existsSync(`${root}/node_modules/${p}/package.json`));
if (missing.length) {
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    const log = join(tmpdir(), `draftgate-npm-ci-${Date.now()}.log`);
    writeFileSync(log, `${r.stdout ?? ''}\n${r.stderr ?? ''}`);
    console.error(`draftgate: npm ci failed (exit ${r.status}); npm's output is in ${log}`);
    process.exit(1);
  }
}

// The compiled build (dist/) the bin runs when it is current: rebuilt here when missing or older
// than the sources, quietly (type errors do not stop it: the emitted JavaScript is what tsx would
// run). Until it exists, or whenever a source is newer, the bin runs the sources through tsx.
const { distIsCurrent } = await import('./dist-state.mjs');
if (!distIsCurrent()) spawnSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url)), '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
