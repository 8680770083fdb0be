#!/usr/bin/env node
// The `draftgate` executable. Runs the compiled build (dist/, made by `npm run build` or by
// ensure-deps) when it is current, else the TypeScript sources through tsx's loader — so a fresh
// clone, or a source edited since the last build, still runs exactly what is in src/.
import { register as registerHook } from 'node:module';
import { distIsCurrent } from './dist-state.mjs';

// Before anything imports postgres.js: the fix for its null-socket crash (src/db/postgres-fix.mjs).
registerHook('../db/postgres-fix-hook.mjs', import.meta.url);
if (distIsCurrent()) {
  await import('../../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
