/**
 * `draftgate demo`: the whole loop on local defaults. Starts throwaway Postgres and Redis,
 * migrates, imports a generated 4,000-account book, runs web and worker in one process and
 * prints what to open. `--exit` runs the scripted loop and stops (used by the test suite).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig } from '../../config-schema.js';
import { createDeps } from '../../deps.js';
import { createLogger } from '../../lib/logger.js';
import { startLocalServices } from '../../lib/local-services.js';
import { generateSampleBook, sampleBookCsv } from '../../accounts/sample-book.js';
import { importAccountsText } from '../../accounts/import.js';
import { describeColumns } from '../../accounts/parse.js';
import { getActivePolicy } from '../../policy-store/store.js';
import { verifyAudit } from '../../audit/verify.js';
import { sealAudit } from '../../audit/seal.js';
import { runMigrations, startAll } from './core.js';
import { onShutdown } from '../../http/server.js';
import { reviewScene } from '../demo/review.js';
import { sendScene } from '../demo/send.js';
import { guardScene } from '../demo/guard.js';
import { coworkScene } from '../demo/cowork.js';
import { explainScene } from '../demo/explain.js';
import { policyScene } from '../demo/policy.js';
import { consoleScene } from '../demo/console.js';
import { boundaryScene } from '../demo/boundary.js';
import { AppError } from '../../lib/errors.js';


/** Three accounts as Dynamics 365 exports them (Export to Excel with the re-import columns, saved as CSV). */
const DYNAMICS_EXPORT = [
  '(Do Not Modify) Account,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Account Name,Main Phone,Address 1: City,Primary Contact,Website,Owner,Relationship Type,Annual Revenue,Do not allow Emails,Industry',
  '5b0c2d1e-7a41-4e0f-9d3a-0c1f2e3d4a51,Qm9vaw==,2026-11-20T09:12:44Z,Fabrikam Outdoor,+1 425 555 0101,Seattle,Ana Ruiz,https://www.fabrikam-outdoor.example,Sam Rivera,Prospect,"$4,800,000.00",Allow,Retail',
  '5b0c2d1e-7a41-4e0f-9d3a-0c1f2e3d4a52,Qm9vaw==,2026-11-21T14:03:10Z,Northwind Freight,+1 206 555 0144,Tacoma,Lee Park,northwind-freight.example,Sam Rivera,Customer,"$12,500,000.00",Do Not Allow,Logistics',
  '5b0c2d1e-7a41-4e0f-9d3a-0c1f2e3d4a53,Qm9vaw==,2026-11-22T16:45:00Z,Alpine Ski House,+1 509 555 0190,Spokane,Kim Abel,https://alpineskihouse.example/en,Dana Cole,Prospect,"$900,000.00",Allow,Leisure',
].join('\n') + '\n';

export interface DemoOptions {
  exit?: boolean;
  port?: string;
  accounts?: string;
  /** Called once the loop has run and the server is up (tests fetch /readyz here). */
  onReady?: (url: string) => Promise<void>;
  /** The demo's folder (book, outbox, lock); default .draftgate/demo. */
  dir?: string;
}

/**
 * One demo per folder: the lock file is created exclusively (O_EXCL) before the demo touches
 * anything, holds the owner's pid, and is removed on stop. A lock whose pid is gone is stale
 * (a killed demo) and is taken over. Returns the release function.
 */
export function lockDemoDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'demo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pid, since] = readFileSync(path, 'utf8').trim().split(' ');
      let alive = false;
      try {
        process.kill(Number(pid), 0);
        alive = true;
      } catch (err) {
        alive = (err as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (alive) throw new AppError('CONFLICT', `another demo is already running (pid ${pid}, since ${since}) and owns ${dir}; stop it with Ctrl-C in its terminal first`);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError('CONFLICT', `could not take the demo lock ${path}`);
}

export async function runDemo(o: DemoOptions, out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<void> {
  const t0 = Date.now();
  const workDir = resolve(o.dir ?? '.draftgate/demo');
  // Before anything is started or written: a second demo fails here and touches nothing.
  const unlock = lockDemoDir(workDir);
  out('draftgate demo — starting throwaway Postgres and Redis…');
  const services = await startLocalServices({ log: out }).catch((e: unknown) => {
    unlock();
    throw e;
  });
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
    unlock();
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
    // A CRM's own export, imported as it came (no --preset, no mapping): recognized by its header.
    writeFileSync(join(workDir, 'dynamics-export.csv'), DYNAMICS_EXPORT);
    const crm = await importAccountsText(deps.db, { text: DYNAMICS_EXPORT, format: 'csv', actor: { type: 'system', component: 'demo' }, source: 'demo/dynamics-export.csv', sensitiveFields: policy.sensitive_fields });
    out(`imported ${crm.inserted + crm.updated} more from a Dynamics 365 export as it came (${join(workDir, 'dynamics-export.csv')}):`);
    for (const line of crm.columns ? describeColumns(crm.columns) : []) out(`  ${line}`);
    running = await startAll(deps, { port: config.PORT, host: config.HOST });
    await coworkScene(deps, out, { url: running.url, book });
    await explainScene(out);
    await reviewScene(deps, out);
    await sendScene(deps, out);
    await guardScene(deps, out);
    await boundaryScene(deps, out, { url: running.url, book });
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
    out(`  then Book (${running.url}/console/book): both imports above, and an upload form for a CRM export (${join(workDir, 'dynamics-export.csv')} is one)`);
    out('');
    out('Try next, in another terminal (after the export above):');
    const acct = book.find((a) => !a.doNotContact && !a.strategic) ?? book[0];
    out('  npx draftgate tokens create --name me --scopes drafts:write,drafts:read   # prints a secret once');
    out('  export TOKEN=dg_…                  # the secret it printed');
    out(`  curl -sS -X POST ${running.url}/v1/drafts -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`);
    out(`    -d '{"external_id":"try-1","account_id":"${acct?.id ?? 'ACC-0001'}","to":{"email":"someone@${acct?.domain ?? 'example.com'}"},"from":"sdr@seller.example","subject":"Hello","body":"Hi, would a short call next week work?","workflow":"intro","template_id":"tpl-try"}'`);
    out('  npx draftgate review list          # what waits for a person');
    out('  npx draftgate status               # queues, pauses, binding caps, held drafts, undelivered alerts');
    out(`  open ${running.url}/docs           # the API reference;  ${running.url}/metrics for Prometheus`);
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
