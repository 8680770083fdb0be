/** migrate, serve, worker, dev, import, audit. */
import { readFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import type { Deps } from '../../deps.js';
import { parseSince } from '../../audit/since.js';
import { cliActor, preflight, printAppError, withDeps } from '../context.js';

// Each command imports what it uses when it runs (`draftgate --help` loads none of it).
const auditModules = () => Promise.all([import('../../audit/seal.js'), import('../../audit/verify.js'), import('../../audit/anchor.js'), import('../../audit/export.js')]).then(([a, b, c, d]) => ({ ...a, ...b, ...c, ...d }));

export async function runMigrations(deps: Deps, policyPath?: string): Promise<number> {
  const [{ migrateDatabase }, { ensureActivePolicy }] = await Promise.all([import('../../db/migrate.js'), import('../../policy-store/store.js')]);
  await migrateDatabase(deps.database);
  const p = await ensureActivePolicy(deps.db, { type: 'system', component: 'migrate' }, policyPath);
  return p.version;
}

/** Web + worker in one process (dev, demo). Returns a stopper. */
export async function startAll(deps: Deps, opts: { web?: boolean; worker?: boolean; host?: string; port?: number } = {}) {
  const stops: Array<() => Promise<void>> = [];
  let url = '';
  if (opts.web !== false) {
    const [{ createHttpApp }, { startHttpServer }, { warmIntake }] = await Promise.all([import('../../http/app.js'), import('../../http/server.js'), import('../../drafts/intake.js')]);
    await warmIntake(deps);
    const server = await startHttpServer(createHttpApp(deps), { host: opts.host ?? deps.config.HOST, port: opts.port ?? deps.config.PORT });
    url = server.url;
    stops.push(() => server.close(deps.config.SHUTDOWN_TIMEOUT_MS));
  }
  if (opts.worker !== false) {
    const { startWorkerProcess } = await import('../../worker.js');
    stops.push(await startWorkerProcess(deps));
  }
  return {
    url,
    stop: async () => {
      for (const s of stops) await s();
    },
  };
}

async function processDeps(name: string) {
  const { loadConfigOrExit } = await import('../../config-schema.js');
  const config = loadConfigOrExit();
  const [{ createDeps }, { createLogger }] = await Promise.all([import('../../deps.js'), import('../../lib/logger.js')]);
  return createDeps(config, { log: createLogger(config.LOG_LEVEL, { process: name }), appName: `draftgate-${name}` });
}

export function registerCoreCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations (migrations/) and, on a new database, the default policy')
    .option('--policy <file>', 'policy YAML to apply when the database has none yet (default: POLICY_FILE or the shipped default)')
    .action(async (o: { policy?: string }) => {
      await withDeps(async (deps) => {
        const v = await runMigrations(deps, o.policy ?? deps.config.POLICY_FILE);
        process.stdout.write(`migrations applied; active policy version ${v}\n`);
      }).catch(printAppError);
    });

  for (const [name, web, worker, desc] of [
    ['serve', true, false, 'run the web process: REST, MCP, Slack endpoint, /healthz, /readyz, /metrics'],
    ['worker', false, true, 'run the worker process: send and slack-post queues, monitors, reconciler, audit sealer'],
    ['dev', true, true, 'run web and worker in one process (local development)'],
  ] as const) {
    program
      .command(name)
      .description(desc)
      .action(async () => {
        const { loadConfigOrExit } = await import('../../config-schema.js');
        await preflight(loadConfigOrExit(), ['postgres', 'redis']).catch(printAppError);
        const deps = await processDeps(name);
        const { readDurability } = await import('../../db/durability.js');
        const durability = await readDurability(deps.database.sql);
        for (const problem of durability.problems) deps.log.warn({ synchronous_commit: durability.synchronousCommit, fsync: durability.fsync }, problem);
        const running = await startAll(deps, { web, worker });
        const { onShutdown } = await import('../../http/server.js');
        deps.log.info({ url: running.url || undefined }, `${name} started`);
        onShutdown(async () => {
          await running.stop();
          await deps.close();
        }, deps.log);
      });
  }

  const imp = program.command('import').description('import data');
  imp
    .command('accounts <file>')
    .description('upsert accounts by id from a .csv (DESIGN §5 header) or .json file, in one transaction; a bad row imports nothing')
    .option('--format <csv|json>', 'file format (default: from the extension)')
    .option('--preset <name>', "read a CRM's standard account export by its own column names: salesforce, hubspot, dynamics, zoho or pipedrive (without it, an export whose header one preset reads best is recognized, and the output says so)")
    .option('--map <mapping.yaml>', "map the export's column names onto ours (docs/accounts-import.md); overrides --preset")
    .action(async (file: string, o: { format?: string; preset?: string; map?: string }) => {
      const format = (o.format ?? (extname(file).toLowerCase() === '.json' ? 'json' : 'csv')) as 'csv' | 'json';
      if (format !== 'csv' && format !== 'json') {
        process.stderr.write(`draftgate: --format must be csv or json\n`);
        process.exit(2);
      }
      const bytes = await readFile(file).catch((e: Error) => {
        process.stderr.write(`draftgate: cannot read ${file}: ${e.message}\n`);
        process.exit(2);
      });
      // UTF-8, UTF-16 with its mark, else Windows-1252 (Excel's "CSV" on Windows): said when not UTF-8.
      const { decodeText } = await import('../../lib/text-encoding.js');
      const decoded = decodeText(bytes);
      const text = decoded.ok ? decoded.text : '';
      if (decoded.ok && decoded.encoding !== 'utf-8') process.stderr.write(`draftgate: ${file} is not UTF-8: read as ${decoded.encoding}\n`);
      const mapText = o.map === undefined ? undefined : await readFile(o.map, 'utf8').catch((e: Error) => {
        process.stderr.write(`draftgate: cannot read ${o.map}: ${e.message}\n`);
        process.exit(2);
      });
      const [{ resolveMapping }, { describeColumns }, { getActivePolicy }, { importAccountsText }] = await Promise.all([
        import('../../accounts/mapping.js'),
        import('../../accounts/parse.js'),
        import('../../policy-store/store.js'),
        import('../../accounts/import.js'),
      ]);
      const mapping = resolveMapping({ preset: o.preset, mapText, mapSource: o.map });
      if (mapping !== null && !mapping.ok) {
        process.stderr.write(`draftgate: ${mapping.error}\n`);
        process.exit(2);
      }
      await withDeps(async (deps) => {
        const { policy } = await getActivePolicy(deps.db);
        const safety = { share: policy.imports.confirm_share, doNotContactLifted: policy.imports.confirm_do_not_contact_lifted };
        const r = await importAccountsText(deps.db, { text, format, actor: cliActor(), source: file, sensitiveFields: policy.sensitive_fields, mapping: mapping?.mapping ?? null, safety });
        if (r.staged) {
          // Nothing changed: an owner confirms (or discards) it first.
          process.stdout.write(`${JSON.stringify({ staged: r.importId, reason: r.staged.reason, total: r.total })}\n`);
          process.stderr.write(`draftgate: import ${r.importId} is staged, not applied: ${r.staged.reason}. Review it with \`draftgate import show ${r.importId}\`, then \`draftgate import apply ${r.importId} --confirm\` or \`draftgate import discard ${r.importId}\`\n`);
          return;
        }
        process.stdout.write(`${JSON.stringify({ inserted: r.inserted, updated: r.updated, rejected: 0, total: r.total, import: r.importId, columns: r.columns })}\n`);
        // Columns that are none of ours are reported, never dropped or made sensitive silently.
        for (const line of r.columns ? describeColumns(r.columns) : []) process.stderr.write(`draftgate: ${line}\n`);
      }).catch((e) => {
        const rejected = (e as { extra?: { rejected?: Array<{ line: number; id: string | null; reason: string }> } }).extra?.rejected;
        if (rejected) {
          process.stdout.write(`${JSON.stringify({ inserted: 0, updated: 0, rejected: rejected.length, errors: rejected })}\n`);
        }
        printAppError(e);
      });
    });

  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('seal pending rows, then recompute the hash chain end to end; exits 1 naming the first broken seq')
    .option('--no-seal', 'verify only what is already sealed')
    .option('--anchor [file]', 'also check the chain reaches the last anchored head (from FILE, else AUDIT_ANCHOR_FILE, else the audit_anchors table): a cut tail fails')
    .action(async (o: { seal: boolean; anchor?: string | boolean }) => {
      const { sealAudit, verifyAudit, readAnchorFile, lastDbAnchor, checkAnchor } = await auditModules();
      await withDeps(async (deps) => {
        if (o.seal) await sealAudit(deps.sql);
        const v = await verifyAudit(deps.sql);
        const anchorFile = typeof o.anchor === 'string' ? o.anchor : o.anchor ? deps.config.AUDIT_ANCHOR_FILE : undefined;
        const anchor = o.anchor ? (anchorFile ? await readAnchorFile(anchorFile) : await lastDbAnchor(deps.sql)) : null;
        if (o.anchor && !anchor) {
          process.stdout.write(`no anchor found in ${anchorFile ?? 'audit_anchors'}: cannot check the chain's head\n`);
          process.exitCode = 1;
          return;
        }
        const anchored = v.ok && anchor ? await checkAnchor(deps.sql, v, anchor) : null;
        if (anchored && !anchored.ok) {
          process.stdout.write(`audit chain BROKEN at seq ${anchored.brokenSeq}: ${anchored.reason}\n`);
          process.exitCode = 1;
        } else if (v.ok) {
          process.stdout.write(`audit chain OK: ${v.checked} rows verified (last seq ${v.lastSeq}, head ${v.lastHash.slice(0, 16)}…)${v.unsealed ? `; ${v.unsealed} not yet sealed` : ''}${anchored ? `; reaches the head anchored at seq ${anchored.anchor.seq} on ${anchored.anchor.at}` : ''}\n`);
        } else {
          process.stdout.write(`audit chain BROKEN at seq ${v.brokenSeq}: ${v.reason} (${v.checked} rows verified before it)\n`);
          process.exitCode = 1;
        }
      }).catch(printAppError);
    });
  audit
    .command('export')
    .description('export audit rows as JSONL or CSV')
    .option('--since <when>', 'e.g. 7d, 24h, 30m or an ISO date', '30d')
    .option('--format <jsonl|csv>', 'output format', 'jsonl')
    .option('--subject <subject>', 'only rows about one subject: a draft id, or draft:<id>, pause:<scope>, accounts …')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (o: { since: string; format: string; subject?: string; out?: string }) => {
      const since = parseSince(o.since);
      if (!since) {
        process.stderr.write(`draftgate: --since must look like 7d, 24h, 30m or an ISO date (got "${o.since}")\n`);
        process.exit(2);
      }
      if (o.format !== 'jsonl' && o.format !== 'csv') {
        process.stderr.write(`draftgate: --format must be jsonl or csv\n`);
        process.exit(2);
      }
      const { sealAudit, exportAudit } = await auditModules();
      await withDeps(async (deps) => {
        await sealAudit(deps.sql);
        const out = o.out ? createWriteStream(o.out) : process.stdout;
        // A bare draft id is what people copy from `review list` or a Slack card: it means draft:<id>.
        const subject = o.subject && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(o.subject.trim()) ? `draft:${o.subject.trim().toLowerCase()}` : o.subject;
        const n = await exportAudit(deps.sql, { since, format: o.format as 'jsonl' | 'csv', ...(subject ? { subject } : {}) }, (c) => out.write(c));
        if (o.out) {
          await new Promise((r) => (out as ReturnType<typeof createWriteStream>).end(r));
          process.stderr.write(`${n} rows written to ${o.out}\n`);
        }
      }).catch(printAppError);
    });
}
