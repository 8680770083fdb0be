/**
 * No secrets out (issue 11, item 4): what the agent gets back about its draft — REST, batch, MCP,
 * the idempotent replay and GET — never reveals which part of its text matched a CRM value, nor
 * the value; reviewers keep the full highlight. A client whose drafts keep hitting sensitive data is
 * paused (client:NAME, audited, owners alerted) and its sends stop at the fence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { setupIntake, type IntakeEnv, serveOnLoopback } from '../helpers/http.js';
import { makeAccount, testActor } from '../helpers/fixtures.js';
import { expectAuditRow } from '../helpers/audit.js';
import { importAccounts } from '../../src/accounts/import.js';
import { applyPolicy, getActivePolicy } from '../../src/policy-store/store.js';
import { createToken } from '../../src/tokens/tokens.js';
import { runGuardOnce } from '../../src/guard/run.js';
import { sendTargetOf } from '../../src/send/queue.js';
import { peekSend, syncFromPostgres } from '../../src/send/fence/fence.js';

let e: IntakeEnv;
let server: Awaited<ReturnType<typeof serveOnLoopback>> | undefined;
let url: URL;
beforeAll(async () => {
  e = await setupIntake();
  await importAccounts(e.deps.db, {
    accounts: [makeAccount({ id: 'OTHER-1', name: 'Umbrella Health', domain: 'umbrella-health.example', sensitive: { contract_value: '73250', discount_pct: '18' } })],
    actor: testActor,
    source: 'test',
  });
  await applyPolicy(e.deps.db, { yaml: 'owners: [U0OWNER01]\nanomaly:\n  probing:\n    sensitive_drafts: 3\n    window_minutes: 60\n', comment: 'test: probing at 3', actor: testActor });
  await getActivePolicy(e.deps.db, { fresh: true });
  server = await serveOnLoopback(e.app);
  url = new URL(`${server.origin}/mcp`);
});
afterAll(async () => {
  await server?.close();
  await e?.close();
});

// A draft that lists many amounts; one of them is another account's contract value (73,250).
const probe = (over: Record<string, unknown> = {}) => e.draft({
  subject: 'Pricing options',
  body: 'Hi Jane,\n\nTeams your size pay $12,400, $31,000, $73,250 or $88,800 a year depending on seats. Which fits?\n\nBest,\nSam',
  ...over,
});
const LEAKS = ['73,250', '73250', '$73', 'Umbrella'];

type Out = { id: string; findings: Array<{ kind: string; field: string | null; start: number; end: number; excerpt: string }>; reasons: string[] };

function assertNoOracle(text: string, out: Out) {
  for (const v of LEAKS) expect(text).not.toContain(v);
  const sensitive = out.findings.filter((f) => f.kind === 'sensitive_field');
  expect(sensitive).toEqual([{ kind: 'sensitive_field', severity: expect.any(String), field: null, start: 0, end: 0, excerpt: '' }]);
}

describe('4. the reply to the agent is not an oracle', () => {
  it('REST single, idempotent replay, batch and GET: one sensitive finding, no offsets, no value', async () => {
    const d = probe();
    const res = await e.post('/v1/drafts', d);
    expect(res.status).toBe(201);
    const text = await res.text();
    const out = JSON.parse(text) as Out;
    assertNoOracle(text, out);
    expect(out).toMatchObject({ status: 'blocked' });

    const replay = await e.post('/v1/drafts', d);
    const replayText = await replay.text();
    assertNoOracle(replayText, JSON.parse(replayText) as Out);

    const get = await e.app.request(`/v1/drafts/${out.id}`, { headers: { authorization: `Bearer ${e.secret}` } });
    const getText = await get.text();
    assertNoOracle(getText, JSON.parse(getText) as Out);

    const batch = await e.post('/v1/drafts/batch', { drafts: [probe(), probe({ body: 'Hi Jane, is $73,250 what you pay? Or 18% off?' })] });
    const batchText = await batch.text();
    for (const v of LEAKS) expect(batchText).not.toContain(v);
    const results = (JSON.parse(batchText) as { results: Array<{ draft: Out }> }).results;
    for (const r of results) assertNoOracle(JSON.stringify(r.draft), r.draft);

    // The reviewer still sees exactly where: the stored findings keep the highlight and the value.
    const [row] = await e.deps.sql<Array<{ findings: Array<{ kind: string; excerpt: string; start: number }> }>>`select findings from drafts where id = ${out.id}`;
    expect(row!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sensitive_field', excerpt: '$73,250' })]));
  });

  it('MCP submit tools answer the same way', async () => {
    const client = new Client({ name: 'probe', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${e.secret}` } } }));
    const one = (await client.callTool({ name: 'submit_outreach_draft', arguments: probe() })) as { content: Array<{ text: string }> };
    const text = one.content.map((c) => c.text).join('');
    for (const v of LEAKS) expect(text).not.toContain(v);
    const many = (await client.callTool({ name: 'submit_outreach_drafts', arguments: { drafts: [probe()] } })) as { content: Array<{ text: string }> };
    for (const v of LEAKS) expect(many.content.map((c) => c.text).join('')).not.toContain(v);
    await client.close();
  });

  it('a client whose drafts keep hitting sensitive data is paused (audited, owners alerted); its sends stop at the fence', async () => {
    const prober = await createToken(e.deps.db, { name: 'prober', scopes: ['drafts:write'] }, testActor);
    const honest = await createToken(e.deps.db, { name: 'honest', scopes: ['drafts:write'] }, testActor);
    const post = (secret: string, body: unknown) => e.post('/v1/drafts', body, {}, secret);
    for (let i = 0; i < 3; i++) expect((await post(prober.secret, probe())).status).toBe(201);
    // A clean draft of the prober that a person approves: it must not leave while the client is paused.
    const clean = (await (await post(prober.secret, e.draft({ template_id: 'tpl-clean' }))).json()) as { id: string };
    expect((await post(honest.secret, probe())).status).toBe(201); // one hit: below the threshold

    const run = await runGuardOnce(e.deps);
    const scopes = run.handled.map((o) => o.trip.scope);
    expect(scopes).toContain('client:prober');
    expect(scopes).not.toContain('client:honest');
    const [pause] = await e.deps.sql<Array<{ id: string; source: string; evidence: { client: string; sensitive_drafts: number } }>>`select id, source, evidence from pauses where scope = 'client:prober' and ended_at is null`;
    expect(pause).toMatchObject({ source: 'anomaly', evidence: { client: 'prober', sensitive_drafts: 3 } });
    await expectAuditRow(e.deps.db, { action: 'pause.started', subject: 'pause:client:prober', data: { pause_id: pause!.id, source: 'anomaly' } });
    const [alert] = await e.deps.sql<Array<{ kind: string }>>`select kind from alerts where scope = 'client:prober'`;
    expect(alert!.kind).toBe('anomaly.probing');

    // Nothing of the prober's is sent: the fence answers "paused" for its drafts.
    await syncFromPostgres(e.deps);
    const [row] = await e.deps.sql<Array<Record<string, unknown>>>`select id, template_id as "templateId", workflow, from_mailbox as "fromMailbox", account_id as "accountId", to_email as "toEmail", decided_by as "decidedBy", client from drafts where id = ${clean.id}`;
    const verdict = await peekSend(e.deps, sendTargetOf(row as never), [], 0);
    expect(verdict).toEqual({ kind: 'paused', scope: 'client:prober' });
    const [sends] = await e.deps.sql<Array<{ n: number }>>`select count(*)::int n from sends s join drafts d on d.id = s.draft_id where d.client = 'prober'`;
    expect(sends!.n).toBe(0);
  });
});
