#!/usr/bin/env node
// The `draftgate` executable: TypeScript sources run through tsx's loader (no build step).
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

// Before anything imports postgres.js: the fix for its null-socket crash (src/db/postgres-fix.mjs).
registerHook('../db/postgres-fix-hook.mjs', import.meta.url);
register();
await import('./main.ts');
