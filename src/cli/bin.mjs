#!/usr/bin/env node
// The `draftgate` executable. Runs the compiled build (dist/, made by `npm run build` or by
// ensure-deps) when it is current, else the TypeScript sources through tsx's loader — so a fresh
// clone, or a source edited since the last build, still runs exactly what is in src/.
import { register as registerHook } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { distIsCurrent } from './dist-state.mjs';

// Before anything imports postgres.js: the fix for its null-socket crash (src/db/postgres-fix.mjs).
// A registered hook runs every later module load through Node's loader thread (on Node 20 about
// 110 ms of a `--help` that takes 160 ms without it), so it is left out only where no code can
// reach postgres.js: help and the file-only commands below. Anything else, and anything
// unrecognised, gets the hook.
const DB_FREE_COMMANDS = new Set(['scan', 'rules']);
const HELP = new Set(['--help', '-h', 'help']);
const [first] = process.argv.slice(2);
if (!(first === undefined || HELP.has(first) || DB_FREE_COMMANDS.has(first))) {
  registerHook('../db/postgres-fix-hook.mjs', import.meta.url);
}
// The scanner runs each of a few hundred large rule regexes over every draft. By default V8 first
// compiles a regex to bytecode, interprets it, and compiles it again to machine code once it has
// run ("tier-up"); a regex whose code a garbage collection has flushed starts over in the
// interpreter. Straight to machine code, every command that scans (scan, serve, the workers,
// bench, demo) starts its first scan ~0.4 s sooner and scans ~15% faster from then on (issue 16:
// 1,441 drafts in one process, 1.87 s against 1.58 s per pass). Matching is the same either way.
setFlagsFromString('--no-regexp-tier-up');
if (distIsCurrent()) {
  await import('../../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
