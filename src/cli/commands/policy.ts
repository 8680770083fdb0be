/** scan, policy validate|show|apply|backtest. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { cliActor, printAppError, withDeps } from '../context.js';
import { parseSince } from '../../audit/since.js';
import type { Account } from '../../detect/types.js';

// What each command needs is imported when it runs: `draftgate scan` loads the scanner and the
// policy schema only, never the database, the queues or the HTTP stack.
const schema = () => import('../../policy/schema.js');
const warningsOf = () => import('../../policy/warnings.js');

async function readOrExit(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((e: Error) => {
    process.stderr.write(`draftgate: cannot read ${file}: ${e.message}\n`);
    process.exit(2);
  });
}

export function registerPolicyCommands(program: Command): void {
  program
    .command('scan')
    .description('scan drafts (JSONL) against an accounts book; prints one scan result per draft as JSONL, in input order. No database needed.')
    .requiredOption('--accounts <file>', 'accounts book (.csv with the DESIGN §5 header, or .json)')
    .requiredOption('--drafts <file>', 'drafts, one JSON object per line')
    .option('--policy <file>', 'policy YAML (default: the shipped default policy)')
    .action(async (o: { accounts: string; drafts: string; policy?: string }) => {
      // The workers start loading the scanner while this thread does (scan-pool.ts).
      const { startScanPool } = await import('../scan-pool.js');
      const pool = startScanPool(o);
      const { runScanCommand } = await import('../scan.js');
      process.exitCode = await runScanCommand(o, process.stdout, process.stderr, pool);
    });

  const policy = program.command('policy').description("the RevOps owner's policy file");
  policy
    .command('validate <file>')
    .description('check a policy file; errors name the key and line; warns about rules the configured people can never satisfy')
    .option('--accounts <book>', 'also check the book (.csv/.json): accounts nobody may review or that can never get two approvers')
    .action(async (file: string, o: { accounts?: string }) => {
      const [{ parsePolicy, formatPolicyErrors }, { formatPolicyWarnings, policyWarnings }, { parseAccounts }] = await Promise.all([schema(), warningsOf(), import('../../accounts/parse.js')]);
      const res = parsePolicy(await readOrExit(file));
      if (res.ok) {
        let book: Account[] | undefined;
        if (o.accounts !== undefined) {
          const text = await readOrExit(o.accounts);
          const parsed = parseAccounts(text, /\.json$/i.test(o.accounts) ? 'json' : 'csv', { sensitiveFields: res.policy.sensitive_fields });
          if (!parsed.ok) {
            process.stderr.write(`${o.accounts}: invalid book\n${parsed.errors.slice(0, 20).map((e) => `  line ${e.line}: ${e.reason}`).join('\n')}\n`);
            process.exitCode = 1;
            return;
          }
          book = parsed.accounts;
        }
        const warnings = policyWarnings(res.policy, book);
        process.stdout.write(`${file}: valid${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}\n`);
        if (warnings.length) process.stderr.write(`${formatPolicyWarnings(warnings)}\n`);
      } else {
        process.stderr.write(`${file}: invalid\n${formatPolicyErrors(res.errors)}\n`);
        process.exitCode = 1;
      }
    });
  policy
    .command('show')
    .description('print the active policy (version, who applied it, YAML)')
    .action(async () => {
      const { getActivePolicy } = await import('../../policy-store/store.js');
      await withDeps(async (deps) => {
        const p = await getActivePolicy(deps.db, { fresh: true });
        process.stdout.write(`# active policy version ${p.version}${p.appliedAt ? `, applied ${p.appliedAt.toISOString()}` : ''} — ${p.comment}\n${p.yaml || JSON.stringify(p.policy, null, 2)}\n`);
      }).catch(printAppError);
    });
  policy
    .command('apply <file>')
    .description('validate and apply a policy file as the new active version (audited)')
    .requiredOption('--comment <text>', 'why this change (kept in the audit trail)')
    .action(async (file: string, o: { comment: string }) => {
      const yaml = await readOrExit(file);
      const [{ applyPolicy }, { formatPolicyWarnings, policyWarnings }] = await Promise.all([import('../../policy-store/store.js'), warningsOf()]);
      await withDeps(async (deps) => {
        const p = await applyPolicy(deps.db, { yaml, comment: o.comment, actor: cliActor() });
        process.stdout.write(`policy version ${p.version} is now active\n`);
        const warnings = policyWarnings(p.policy);
        if (warnings.length) process.stderr.write(`${formatPolicyWarnings(warnings)}\n`);
      }).catch(printAppError);
    });
  policy
    .command('backtest <file>')
    .description('replay stored drafts under a candidate policy: per tier and per rep, blocked / reviewed / auto-approved and review load per rep per day, beside the active policy')
    .option('--since <when>', 'window of stored drafts, e.g. 30d, 7d or an ISO date', '30d')
    .option('--max-drafts <n>', 'replay at most this many drafts: past it, the most recent whole days that fit (default 5000)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o: { since: string; maxDrafts?: string; json?: boolean }) => {
      const since = parseSince(o.since);
      if (!since) {
        process.stderr.write(`draftgate: --since must look like 30d, 24h or an ISO date (got "${o.since}")\n`);
        process.exit(2);
      }
      const maxDrafts = o.maxDrafts === undefined ? undefined : Number(o.maxDrafts);
      if (maxDrafts !== undefined && !(Number.isInteger(maxDrafts) && maxDrafts > 0)) {
        process.stderr.write(`draftgate: --max-drafts must be a whole number above 0 (got "${o.maxDrafts}")\n`);
        process.exit(2);
      }
      const [{ parsePolicy, formatPolicyErrors }, { getActivePolicy }, { loadBacktestRows }, { backtestPolicy, formatBacktest }, { buildBook }] = await Promise.all([
        schema(),
        import('../../policy-store/store.js'),
        import('../../policy-store/backtest-load.js'),
        import('../../policy/backtest.js'),
        import('../../detect/book.js'),
      ]);
      const res = parsePolicy(await readOrExit(file));
      if (!res.ok) {
        process.stderr.write(`${file}: invalid\n${formatPolicyErrors(res.errors)}\n`);
        process.exit(1);
      }
      await withDeps(async (deps) => {
        const active = await getActivePolicy(deps.db, { fresh: true });
        const { rows, book, periodDrafts } = await loadBacktestRows(deps.db, deps.sql, since, maxDrafts);
        const report = backtestPolicy(rows, res.policy, active.policy, buildBook(book, { sensitiveFields: res.policy.sensitive_fields }), { periodDrafts });
        process.stdout.write(o.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatBacktest(report)}\n`);
      }).catch(printAppError);
    });
}
