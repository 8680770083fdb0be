/** What every CLI command shares: config loading, deps lifecycle, output helpers. */
import { loadConfigOrExit, type Config } from '../config.js';
import { createDeps, type Deps } from '../deps.js';
import { createLogger } from '../lib/logger.js';
import { AppError } from '../lib/errors.js';
import type { Actor } from '../audit/actor.js';
import { currentUser } from '../lib/local-services.js';

export function cliActor(): Actor {
  return { type: 'cli', user: currentUser() };
}

/** Load config, build deps, run, close. AppErrors print as one line (plus field errors) and exit 1. */
export async function withDeps<T>(fn: (deps: Deps) => Promise<T>, opts: { logLevel?: string } = {}): Promise<T> {
  const config: Config = loadConfigOrExit();
  const deps = createDeps(config, { log: createLogger(opts.logLevel ?? (config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL)), appName: 'draftgate-cli' });
  try {
    return await fn(deps);
  } finally {
    await deps.close();
  }
}

export function printAppError(e: unknown): never {
  if (e instanceof AppError) {
    process.stderr.write(`draftgate: ${e.message}\n`);
    for (const fe of e.extra.errors ?? []) process.stderr.write(`  ${fe.path}: ${fe.message}\n`);
    process.exit(e.status === 503 ? 69 : 1);
  }
  throw e;
}
