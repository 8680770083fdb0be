/** The MCP connector through the SDK's own client over a real loopback socket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { setupIntake, type IntakeEnv, serveOnLoopback } from '../helpers/http.js';

let e: IntakeEnv;
let server: Awaited<ReturnType<typeof serveOnLoopback>> | undefined;
let url: URL;

async function connect(secret: string): Promise<Client> {
  const client = new Client({ name: 'cowork-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${secret}` } } }));
  return client;
}

beforeAll(async () => {
  e = await setupIntake();
  server = await serveOnLoopback(e.app);
  url = new URL(`${server.origin}/mcp`);
});
afterAll(async () => {
  await server?.close();
  await e?.close();
});

const parse = (r: unknown) => JSON.parse((r as { content: Array<{ text: string }> }).content[0]!.text);

describe('MCP connector', () => {
  it('lists the tools with annotations', async () => {
    const client = await connect(e.secret);
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(['get_account_context', 'get_draft_status', 'get_review_feedback', 'submit_outreach_draft', 'submit_outreach_drafts']);
    expect(byName.get_account_context!.annotations?.readOnlyHint).toBe(true);
    expect(byName.submit_outreach_draft!.annotations?.readOnlyHint).toBe(false);
    expect(byName.submit_outreach_draft!.description).toMatch(/review/);
    expect(byName.submit_outreach_draft!.inputSchema.required).toEqual(expect.arrayContaining(['external_id', 'account_id', 'body']));
    await client.close();
  });

  it('submits a draft, reads a scoped account with no sensitive value in the bytes, polls status', async () => {
    const client = await connect(e.secret);
    const sub = await client.callTool({ name: 'submit_outreach_draft', arguments: e.draft() });
    expect(sub.isError).toBeFalsy();
    const draft = parse(sub);
    expect(draft).toMatchObject({ status: 'pending_review', tier: 'high' });
    const [row] = await e.deps.sql`select actor from audit_log where subject = ${`draft:${draft.id}`} limit 1`;
    expect(row!.actor).toMatchObject({ type: 'agent', via: 'mcp', name: 'cowork' });

    const ctx = await client.callTool({ name: 'get_account_context', arguments: { account_id: 'ACC-1', workflow: 'intro' } });
    const bytes = JSON.stringify(ctx);
    expect(parse(ctx).fields.name).toBe('Acme Analytics');
    for (const v of ['48250', '48,250', 'layoffs', 'CFO', 'contract_value', 'discount_pct', 'private_notes']) expect(bytes).not.toContain(v);

    const st = await client.callTool({ name: 'get_draft_status', arguments: { id: draft.id } });
    expect(parse(st)).toMatchObject({ id: draft.id, status: 'pending_review', decision: null });
    await client.close();
  });

  it('batch tool stores valid items and reports invalid ones; errors are isError results with the REST message', async () => {
    const client = await connect(e.secret);
    const res = await client.callTool({ name: 'submit_outreach_drafts', arguments: { drafts: [e.draft(), { ...e.draft(), to: { email: 'x' } }] } });
    expect(parse(res)).toMatchObject({ created: 1, failed: 1 });
    const bad = await client.callTool({ name: 'submit_outreach_draft', arguments: e.draft({ account_id: 'ACC-404' }) });
    expect(bad.isError).toBe(true);
    expect(parse(bad)).toMatchObject({ status: 404, message: 'unknown account "ACC-404"' });
    const wf = await client.callTool({ name: 'get_account_context', arguments: { account_id: 'ACC-1', workflow: 'nope' } });
    expect(wf.isError).toBe(true);
    expect(parse(wf)).toMatchObject({ status: 422, message: 'unknown workflow "nope"' });
    await client.close();
  });

  it('scopes apply: a read-only token cannot submit (isError 403, audited); a bad token cannot connect', async () => {
    const ro = await e.token(['drafts:read']);
    const client = await connect(ro);
    const res = await client.callTool({ name: 'submit_outreach_draft', arguments: e.draft() });
    expect(res.isError).toBe(true);
    expect(parse(res)).toMatchObject({ status: 403 });
    await client.close();
    await expect(connect('dg_not-a-real-token-at-all')).rejects.toThrow();
  });
});
