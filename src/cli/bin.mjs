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
// A scan runs each of a few hundred large rule regexes over a thousand-odd drafts and then
// exits. By default V8 first compiles a regex to bytecode and, once it has run, compiles it again
// to machine code ("tier-up"): two compilations of every regex. Straight to machine code saves
// about 0.2 s of CPU on the 1,441-draft bench (issue 16). Matching is the same either way.
if (first === 'scan') setFlagsFromString('--no-regexp-tier-up');
if (distIsCurrent()) {
  await import('../../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
