/**
 * Demo scene "boundary": the gate holds its edges against an agent that makes mistakes and one
 * that probes (issue 11). Over the real REST API with fresh tokens:
 * - a draft filed under a small account but addressed to a contact at a do-not-contact account's
 *   domain is blocked (critical recipient_mismatch naming that account);
 * - a draft to an account's SECOND domain (from the book's `domains` column) passes the binding;
 * - a "probing" agent sends drafts that list many dollar amounts, some of them other accounts'
 *   contract values: each is blocked, its reply reveals neither which amount matched nor the value,
 *   and the guard pauses `client:<name>` and alerts the owners.
 */
import type { Deps } from '../../deps.js';
import type { Account } from '../../detect/types.js';
import { createToken } from '../../tokens/tokens.js';
import { runGuardOnce } from '../../guard/run.js';
import { getActivePolicy } from '../../policy-store/store.js';

export interface BoundarySceneContext {
  url: string;
  book: Account[];
}

type Answer = { id?: string; status?: string; tier?: string; findings?: Array<{ kind: string; severity: string; field: string | null; start: number; end: number; excerpt: string }>; detail?: string };

export async function boundaryScene(deps: Deps, out: (line: string) => void, ctx: BoundarySceneContext): Promise<{ wrongRecipientBlocked: boolean; proberPaused: boolean }> {
  const actor = { type: 'system', component: 'demo' } as const;
  const post = async (secret: string, body: unknown): Promise<Answer> => {
    const res = await fetch(new URL('/v1/drafts', ctx.url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });
    return (await res.json()) as Answer;
  };
  const base = (a: Account, id: string) => ({
    external_id: id, account_id: a.id, from: 'sdr@seller.example', workflow: 'intro', template_id: 'tpl-boundary',
    subject: `An idea for ${a.name}`, body: `Hi Jane,\n\nTeams like ${a.name} cut weekly reporting from hours to minutes with us. Worth a 20-minute call?\n\nBest,\nSam`,
  });
  out('');
  out('boundary: an agent that makes mistakes, and one that probes');

  const agent = await createToken(deps.db, { name: `demo-agent-${Date.now()}`, scopes: ['drafts:write', 'drafts:read'] }, actor);
  const small = ctx.book.find((a) => !a.doNotContact && !a.strategic && a.valueUsd < 20_000) ?? ctx.book[0]!;
  const dnc = ctx.book.find((a) => a.doNotContact && a.id !== small.id);
  let wrongRecipientBlocked = false;
  if (dnc) {
    const r = await post(agent.secret, { ...base(small, `boundary-wrong-${Date.now()}`), to: { email: `ceo@${dnc.domain}`, name: 'Jane' } });
    const f = r.findings?.find((x) => x.kind === 'recipient_mismatch');
    wrongRecipientBlocked = r.status === 'blocked';
    out(`  filed under ${small.name} ($${small.valueUsd.toLocaleString('en-US')}), addressed to ceo@${dnc.domain} (${dnc.name}, do-not-contact) → ${r.status}${f ? ` (${f.severity} recipient_mismatch on "${f.excerpt}")` : ''}`);
  }
  const twoDomains = ctx.book.find((a) => (a.domains?.length ?? 0) > 0 && !a.doNotContact);
  if (twoDomains) {
    const second = twoDomains.domains![0]!;
    const r = await post(agent.secret, { ...base(twoDomains, `boundary-second-${Date.now()}`), to: { email: `jane@${second}`, name: 'Jane' } });
    const mismatch = r.findings?.some((x) => x.kind === 'recipient_mismatch') ?? false;
    out(`  ${twoDomains.name} has two domains (${twoDomains.domain}, ${second}); jane@${second} under it → ${mismatch ? 'flagged (unexpected)' : 'bound to its account, no recipient finding'} (${r.status})`);
  }

  const { policy } = await getActivePolicy(deps.db, { fresh: true });
  const n = policy.anomaly.probing.sensitive_drafts;
  const name = `demo-prober-${Date.now()}`;
  const prober = await createToken(deps.db, { name, scopes: ['drafts:write', 'drafts:read'] }, actor);
  // Values only one account pays: a value several accounts share is (rightly) no evidence of a leak
  // unless one of them is named, so a prober learns nothing from those either.
  const counts = new Map<number, number>();
  for (const a of ctx.book) {
    const v = Number(a.sensitive.contract_value);
    if (Number.isFinite(v) && v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const values = [...counts].filter(([, c]) => c === 1).map(([v]) => v);
  let shown = false;
  for (let i = 0; i < n; i++) {
    const target = ctx.book[(i * 7 + 3) % ctx.book.length]!;
    const guesses = [12_000, 31_000, values[(i * 13) % values.length]!, values[(i * 29 + 5) % values.length]!, 99_500].map((v) => `$${v.toLocaleString('en-US')}`);
    const r = await post(prober.secret, { ...base(target, `probe-${i}-${Date.now()}`), to: { email: `jane@${target.domain}`, name: 'Jane' }, subject: 'Pricing', body: `Hi Jane,\n\nCompanies like yours pay ${guesses.join(', ')} a year. Which is closest to yours?\n\nBest,\nSam` });
    if (!shown) {
      const s = r.findings?.filter((x) => x.kind === 'sensitive_field') ?? [];
      out(`  probing agent ${name}: draft ${i + 1} → ${r.status}; it is told ${s.length ? `"sensitive_field" at ${JSON.stringify({ field: s[0]!.field, start: s[0]!.start, end: s[0]!.end, excerpt: s[0]!.excerpt })}` : 'nothing sensitive'} — not which amount matched, nor the value`);
      shown = true;
    }
  }
  // The background guard may hold the monitor lock; wait for the pause either way.
  let proberPaused = false;
  for (let tries = 0; tries < 20 && !proberPaused; tries++) {
    await runGuardOnce(deps).catch(() => undefined);
    const [row] = await deps.sql<Array<{ reason: string }>>`select reason from pauses where scope = ${`client:${name}`} and ended_at is null`;
    if (row) {
      proberPaused = true;
      out(`  guard: paused client:${name} — ${row.reason}; the owners were alerted (audited)`);
    } else await new Promise((r) => setTimeout(r, 250));
  }
  if (!proberPaused) out(`  guard: client:${name} not paused (unexpected)`);
  return { wrongRecipientBlocked, proberPaused };
}
