/** `draftgate status | pause | resume | held …` — thin adapters over the guard and send verbs. */
import type { Command } from 'commander';
import { cliActor, draftIdArg, printAppError, withDeps } from '../context.js';
import type { Status } from '../../reports/status.js';

export function formatStatus(s: Status): string[] {
  const lines: string[] = [];
  lines.push(`queue: ${s.queue.waiting} waiting, ${s.queue.active} active, ${s.queue.delayed} delayed, ${s.queue.failed} failed`);
  lines.push(`drafts: ${Object.entries(s.drafts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  lines.push(`today: ${s.tiersToday.low} low, ${s.tiersToday.high} high, ${s.tiersToday.blocked} blocked (${s.tiersToday.sampled} sampled)`);
  lines.push(s.pauses.length ? `PAUSED: ${s.pauses.map((p) => `${p.scope} (${p.reason}; since ${p.startedAt}; ${p.stopped} approved draft(s) stopped; ${p.inFlightAtPause} in flight at pause)`).join('; ')}` : 'pauses: none');
  lines.push(`limits: org ${s.limits.org_per_minute}/min, mailbox ${s.limits.mailbox_per_day}/day, recipient domain ${s.limits.domain_per_day}/day, unreviewed ${s.limits.unreviewed_per_template_per_hour}/template/hour`);
  // Binding caps first: the full ones (they are why sends wait), then the fullest; the rest summarised.
  const window = (ms: number) => (ms >= 3_600_000 ? `${ms / 3_600_000} h` : `${ms / 1000} s`);
  const caps = [...s.caps].sort((a, b) => b.used / b.limit - a.used / a.limit || b.used - a.used || a.name.localeCompare(b.name));
  const full = caps.filter((c) => c.used >= c.limit).length;
  const shown = caps.slice(0, Math.max(10, full));
  if (caps.length) lines.push(`caps: ${full} of ${caps.length} at their limit${full ? ' (sends under them wait)' : ''}`);
  for (const c of shown) lines.push(`  cap ${c.name}: ${c.used}/${c.limit} in the last ${window(c.windowMs)}${c.used >= c.limit ? '  FULL' : ''}`);
  if (caps.length > shown.length) lines.push(`  … ${caps.length - shown.length} more cap(s), each at most ${Math.round((caps[shown.length]!.used / caps[shown.length]!.limit) * 100)}% used (--json lists all)`);
  const byReason = new Map<string, number>();
  for (const d of s.delayed) {
    const k = d.reason === 'paused' ? `paused (${d.scope})` : `over cap ${d.cap}`;
    byReason.set(k, (byReason.get(k) ?? 0) + 1);
  }
  for (const [k, n] of byReason) lines.push(`  waiting: ${n} job(s) ${k}`);
  lines.push(`held (send outcome unknown, see \`draftgate held list\`): ${s.held.length}${s.held.length ? ` — ${s.held.slice(0, 5).map((h) => h.id).join(', ')}` : ''}`);
  if (s.alerts.count) {
    lines.push(`ALERTS NOT YET DELIVERED: ${s.alerts.count}${s.alerts.slackConfigured ? '' : ' (Slack is not configured: SLACK_BOT_TOKEN)'}`);
    for (const a of s.alerts.oldest) lines.push(`  ${a.kind} ${a.scope} since ${a.createdAt}; ${a.attempts} attempt(s)${a.lastError ? `; last error: ${a.lastError}` : ''}`);
  } else lines.push('alerts: all delivered');
  for (const r of s.rejectionByTemplate.slice(0, 5)) lines.push(`  template ${r.templateId}: ${(r.rate * 100).toFixed(0)}% rejected of ${r.reviews} review(s)`);
  return lines;
}

export function registerSendCommands(program: Command): void {
  program
    .command('status')
    .description('queue depths, pauses, caps and their usage, why jobs wait, held drafts, rejection rate per template')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const { getStatus } = await import('../../reports/status.js');
      await withDeps(async (deps) => {
        const s = await getStatus(deps);
        process.stdout.write(o.json ? `${JSON.stringify(s, null, 2)}\n` : `${formatStatus(s).join('\n')}\n`);
      }).catch(printAppError);
    });
  program
    .command('pause [scope]')
    .description('stop sending in a scope (all | template:ID | workflow:ID | mailbox:ADDR | account:ID); returns once no send in scope can start')
    .requiredOption('--reason <text>', 'why (shown in status and the audit trail)')
    .action(async (scope: string | undefined, o: { reason: string }) => {
      const { pauseScope } = await import('../../guard/pauses.js');
      await withDeps(async (deps) => {
        const r = await pauseScope(deps, { scope: scope ?? 'all', reason: o.reason, source: 'cli', actor: cliActor() });
        // "stopped", not "held": `held` is the drafts whose send outcome is unknown (`draftgate held list`).
        process.stdout.write(`${r.alreadyPaused ? 'already paused' : 'paused'}: ${r.pause.scope}; ${r.heldCount} approved draft(s) stopped until resume; ${r.inFlight.count} send(s) were in flight at the pause${r.inFlight.stillRunning ? `, ${r.inFlight.stillRunning} still running` : ''}\n`);
      }).catch(printAppError);
    });
  program
    .command('resume [scope]')
    .description('end the pause of a scope; held jobs are released in their original order, under the caps')
    .action(async (scope: string | undefined) => {
      const { resumeScope } = await import('../../guard/pauses.js');
      await withDeps(async (deps) => {
        const r = await resumeScope(deps, { scope: scope ?? 'all', actor: cliActor() });
        process.stdout.write(`resumed: ${r.pause.scope}; ${r.released} stopped send(s) released\n`);
      }).catch(printAppError);
    });
  const held = program.command('held').description('drafts whose send outcome is unknown (a worker stopped mid-send)');
  held
    .command('list')
    .description('every held draft: id, recipient, template, why it was held')
    .action(async () => {
      const { listHeld } = await import('../../send/held.js');
      await withDeps(async (deps) => {
        for (const d of await listHeld(deps)) process.stdout.write(`${d.id}  ${d.toEmail}  ${d.templateId}  ${d.holdReason ?? ''}\n`);
      }).catch(printAppError);
    });
  held
    .command('release <id>')
    .description('you checked the recipient did NOT receive it: send it again')
    .action(async (id: string) => {
      const draftId = draftIdArg(id);
      const { releaseHeld } = await import('../../send/held.js');
      await withDeps(async (deps) => {
        const d = await releaseHeld(deps, { draftId, actor: cliActor() });
        process.stdout.write(`released ${d.id}: queued again\n`);
      }).catch(printAppError);
    });
  held
    .command('cancel <id>')
    .description('you checked the recipient DID receive it (or it must not go): never send it')
    .action(async (id: string) => {
      const draftId = draftIdArg(id);
      const { cancelHeld } = await import('../../send/held.js');
      await withDeps(async (deps) => {
        const d = await cancelHeld(deps, { draftId, actor: cliActor() });
        process.stdout.write(`cancelled ${d.id}\n`);
      }).catch(printAppError);
    });
}
