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
  const cmd = existsSync(`${root}/package-lock.json`) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  execSync(cmd, { cwd: root, stdio: 'inherit' });
}
