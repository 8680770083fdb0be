/**
 * `draftgate demo`: the whole loop on local defaults. Starts throwaway Postgres and Redis,
 * migrates, imports a generated 4,000-account book, runs web and worker in one process and
 * prints what to open. `--exit` runs the scripted loop and stops (used by the test suite).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseConfig } from '../../config.js';
import { createDeps } from '../../deps.js';
import { createLogger } from '../../lib/logger.js';
import { startLocalServices } from '../../lib/local-services.js';
import { generateSampleBook, sampleBookCsv } from '../../accounts/sample-book.js';
import { importAccountsText } from '../../accounts/import.js';
import { getActivePolicy } from '../../policy-store/store.js';
import { verifyAudit } from '../../audit/verify.js';
import { sealAudit } from '../../audit/seal.js';
import { runMigrations, startAll } from './core.js';
import { onShutdown } from '../../http/server.js';
import { reviewScene } from '../demo/review.js';
import { sendScene } from '../demo/send.js';
import { guardScene } from '../demo/guard.js';
import { coworkScene } from '../demo/cowork.js';
import { policyScene } from '../demo/policy.js';
import { consoleScene } from '../demo/console.js';

export interface DemoOptions {
  exit?: boolean;
  port?: string;
  accounts?: string;
  /** Called once the loop has run and the server is up (tests fetch /readyz here). */
  onReady?: (url: string) => Promise<void>;
}

export async function runDemo(o: DemoOptions, out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<void> {
  const t0 = Date.now();
  out('draftgate demo — starting throwaway Postgres and Redis…');
  const services = await startLocalServices({ log: out });
  const workDir = resolve('.draftgate/demo');
  mkdirSync(workDir, { recursive: true });
  // A fresh outbox each run, so the .eml count printed is this run's.
  rmSync(join(workDir, 'outbox'), { recursive: true, force: true });
  const env = {
    DATABASE_URL: services.pgUrl,
    REDIS_URL: services.redisUrl,
    PORT: o.port ?? '3000',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    SEND_TRANSPORT: 'outbox',
    OUTBOX_DIR: join(workDir, 'outbox'),
    AUDIT_SEAL_INTERVAL_MS: '500',
  };
  const config = parseConfig(env);
  const deps = createDeps(config, { log: createLogger(config.LOG_LEVEL, { process: 'demo' }), appName: 'draftgate-demo' });
  let running: Awaited<ReturnType<typeof startAll>> | undefined;
  const stop = async () => {
    await running?.stop();
    await deps.close();
    await services.stop();
  };
  try {
    const version = await runMigrations(deps);
    out(`migrated; policy version ${version} active`);
    await policyScene(deps, out);
    const book = generateSampleBook(Number(o.accounts ?? 4000));
    const csv = sampleBookCsv(book);
    writeFileSync(join(workDir, 'accounts.csv'), csv);
    const { policy } = await getActivePolicy(deps.db);
    const rep = await importAccountsText(deps.db, { text: csv, format: 'csv', actor: { type: 'system', component: 'demo' }, source: 'demo/accounts.csv', sensitiveFields: policy.sensitive_fields });
    out(`imported ${rep.inserted + rep.updated} accounts (${join(workDir, 'accounts.csv')})`);
    running = await startAll(deps, { port: config.PORT, host: config.HOST });
    await coworkScene(deps, out, { url: running.url, book });
    await reviewScene(deps, out);
    await sendScene(deps, out);
    await guardScene(deps, out);
    const con = await consoleScene(deps, out, running.url);
    out('');
    out(`web:      ${running.url}   (health ${running.url}/healthz, ready ${running.url}/readyz)`);
    out('');
    out('In another terminal, point the CLI at the demo:');
    out(`  export DATABASE_URL=${services.pgUrl} REDIS_URL=${services.redisUrl}`);
    out('  npx draftgate audit verify');
    await sealAudit(deps.sql);
    const v = await verifyAudit(deps.sql);
    out(v.ok ? `audit chain OK (${v.checked} rows)` : `audit chain BROKEN at seq ${v.brokenSeq}`);
    out(`demo ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    out(`console:  ${running.url}/console   one-time sign-in link for the owner ${con.owner} (valid 10 min; more with \`npx draftgate console link --as ${con.owner}\`):`);
    out(`  ${con.link}`);
    await o.onReady?.(running.url);
    if (o.exit) {
      await stop();
      return;
    }
    out('Ctrl-C to stop (the throwaway databases are removed).');
    onShutdown(stop, { info: () => {} });
  } catch (e) {
    await stop().catch(() => {});
    throw e;
  }
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('the whole loop on local defaults: throwaway Postgres + Redis, a 4,000-account sample book, web + worker')
    .option('--exit', 'run the scripted loop, print the results and stop')
    .option('--port <port>', 'HTTP port', '3000')
    .option('--accounts <n>', 'size of the generated book', '4000')
    .action(async (o: DemoOptions) => {
      await runDemo(o);
    });
  program
    .command('bench')
    .description('run every benchmark in bench/ and write bench/results.json')
    .option('--only <names>', 'comma-separated benchmark names')
    .action(async (o: { only?: string }) => {
      const { runBenchmarks } = await import('../../../bench/run.js');
      await runBenchmarks(o.only?.split(','));
    });
}
