/** Guard commands: `draftgate digest`, `draftgate recall <scope>`, `draftgate guard run`. Each calls one verb. */
import type { Command } from 'commander';
import { parseSince } from '../../audit/since.js';
import { cliActor, printAppError, withDeps } from '../context.js';

export function registerGuardCommands(program: Command): void {
  program
    .command('digest')
    .description('the weekly digest: volume by tier, reviews by template, fast approvals, pauses, agent scopes, calibration suggestions')
    .option('--since <when>', 'e.g. 7d, 24h or an ISO date', '7d')
    .option('--json', 'print the digest as JSON (suggestions include the full proposed policy YAML)')
    .action(async (o: { since: string; json?: boolean }) => {
      const since = parseSince(o.since);
      if (!since) {
        process.stderr.write(`draftgate: --since must look like 7d, 24h, 30m or an ISO date (got "${o.since}")\n`);
        process.exit(2);
      }
      const { buildDigest, formatDigest } = await import('../../reports/digest.js');
      await withDeps(async (deps) => {
        const d = await buildDigest(deps, { since });
        process.stdout.write(o.json ? `${JSON.stringify(d, null, 2)}\n` : `${formatDigest(d).join('\n')}\n`);
      }).catch(printAppError);
    });

  program
    .command('recall <scope>')
    .description('send every not-yet-sent auto-approved draft of a scope (all, template:ID, workflow:ID, mailbox:ADDR, account:ID) back to review')
    .option('--reason <text>', 'why (recorded in the audit trail)', 'recalled from the CLI')
    .action(async (scope: string, o: { reason: string }) => {
      const [{ recallScope }, { afterCommit }] = await Promise.all([import('../../guard/recall.js'), import('../../effects.js')]);
      await withDeps(async (deps) => {
        const r = await recallScope(deps, { scope, actor: cliActor(), reason: o.reason });
        await afterCommit(deps, r.effects);
        process.stdout.write(`recalled ${r.recalled.length} draft(s) of ${r.scope} for review${r.lostRaces ? ` (${r.lostRaces} moved on before they could be recalled)` : ''}\n`);
      }).catch(printAppError);
    });

  program
    .command('guard')
    .description('anomaly monitors')
    .command('run')
    .description('run the monitors once and act on any trip (the worker does this every GUARD_INTERVAL_MS)')
    .action(async () => {
      const { runGuardOnce } = await import('../../guard/run.js');
      await withDeps(async (deps) => {
        const r = await runGuardOnce(deps);
        if (r.monitors.skipped) process.stdout.write('another guard is running; skipped\n');
        else process.stdout.write(`${r.monitors.reviewsProcessed} review(s) read; ${r.handled.length} trip(s)${r.handled.map((h) => `\n  paused ${h.trip.scope}: ${h.trip.reason}`).join('')}\n`);
      }).catch(printAppError);
    });
}
