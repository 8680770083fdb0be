/**
 * Demo scene "send": the worker (already running in the demo process) sends the approved drafts
 * through the outbox transport; print how many went out, where the .eml files are, and the caps
 * as `draftgate status` shows them.
 */
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import type { Deps } from '../../deps.js';
import { drafts } from '../../db/schema.js';
import { getStatus } from '../../reports/status.js';
import { formatStatus } from '../commands/send.js';

export async function sendScene(deps: Deps, out: (line: string) => void, ctx: { timeoutMs?: number } = {}): Promise<{ sent: number; waiting: number }> {
  out('');
  out('send: approved drafts leave through the rate-limited queue (outbox transport)');
  const count = async () => {
    const rows = await deps.db
      .select({ status: drafts.status, n: sql<number>`count(*)::int` })
      .from(drafts)
      .where(inArray(drafts.status, ['approved', 'queued', 'sending', 'sent']))
      .groupBy(drafts.status);
    return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
  };
  const end = Date.now() + (ctx.timeoutMs ?? 20_000);
  let c = await count();
  let last = -1;
  let still = 0;
  // Wait until nothing is left that could leave now (what remains waits on a cap or a pause).
  while (Date.now() < end) {
    c = await count();
    const pending = (c.approved ?? 0) + (c.queued ?? 0) + (c.sending ?? 0);
    if (!pending) break;
    if ((c.sent ?? 0) === last) still++;
    else still = 0;
    last = c.sent ?? 0;
    if (still > 20) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const dir = resolve(deps.config.OUTBOX_DIR);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0;
  const waiting = (c.approved ?? 0) + (c.queued ?? 0) + (c.sending ?? 0);
  out(`  sent ${c.sent ?? 0} draft(s); ${files} .eml file(s) in ${dir}${waiting ? `; ${waiting} waiting (see the caps below)` : ''}`);
  for (const line of formatStatus(await getStatus(deps))) out(`  ${line}`);
  return { sent: c.sent ?? 0, waiting };
}
