// Installs npm dependencies when they are missing (fresh clone), so `npm run demo` and
// `npm test` are the only commands a new machine needs. Plain JS: runs before anything is installed.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const needed = ['tsx', 'vitest', 'hono', 'bullmq', 'drizzle-orm', 'postgres', '@slack/bolt', 'smtp-server'];
const missing = needed.filter((p) => !existsSync(`${root}/node_modules/${p}/package.json`));
if (missing.length) {
  console.error(`draftgate: installing npm dependencies (missing: ${missing.join(', ')})…`);
  try {
    execSync(existsSync(`${root}/package-lock.json`) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  } catch {
    // npm ci refuses a lock file that a different npm version considers out of sync (optional
    // platform packages); a plain install still honours the locked versions.
    console.error('draftgate: npm ci failed; falling back to npm install');
    execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  }
}
