// Is dist/ (the compiled build, `npm run build`) current? Plain JS: the bin asks before it knows
// whether it will run compiled code or the TypeScript sources. "Current" means the build's stamp
// is no older than every file and folder under src/ and the two tsconfig files (a folder's mtime
// moves when a file is added, removed or renamed in it). The stamp carries the time the build
// STARTED, so a source edited while tsc ran makes the build stale at once.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const STAMP = join(DIST, '.build-stamp');

function newerThan(dir, t) {
  if (statSync(dir).mtimeMs > t) return true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() ? newerThan(p, t) : statSync(p).mtimeMs > t) return true;
  }
  return false;
}

export function distIsCurrent(root = ROOT) {
  let stamp;
  try {
    stamp = statSync(join(root, 'dist', '.build-stamp')).mtimeMs;
  } catch {
    return false;
  }
  try {
    if (['tsconfig.json', 'tsconfig.build.json'].some((f) => statSync(join(root, f)).mtimeMs > stamp)) return false;
    return !newerThan(join(root, 'src'), stamp);
  } catch {
    return false;
  }
}
