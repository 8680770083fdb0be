/**
 * No input yields a 500 (issue 11, item 3): random and hostile bodies through POST /v1/drafts,
 * POST /v1/drafts/batch and the MCP submit tools. Every answer is a 2xx or a problem+json 4xx (MCP:
 * a result, an isError result with a 4xx status, or an invalid-params refusal); a batch's valid
 * items are stored whatever its other items hold; the stored rows are exactly the accepted items.
 * Bounded and seeded (fast-check): a failure prints its seed and shrunk counterexample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';

let e: IntakeEnv;
let server: ServerType;
let url: URL;
beforeAll(async () => {
  e = await setupIntake({ TOKEN_RATE_PER_MINUTE: '100000' });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: e.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await e?.close();
});

const SEED = 20261130;

// Hostile text: control characters, NUL, lone and paired surrogates, bidi overrides, zero-width
// characters, very long runs, SQL/HTML/template fragments, plain words.
const hostileChar = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\t', '\n', '\r', '\ud800', '\udfff', '\ud83d\ude00', '\u202e', '\u2066', '\u200b', '\ufeff', '\uffff', '%', '\\', '"', "'"),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ minLength: 1, maxLength: 1 }),
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(hostileChar, { maxLength: 30 }).map((cs) => cs.join('')),
  fc.constantFrom('', ' ', '   \n\t ', "'; drop table drafts; --", '<script>alert(1)</script>', '{{first_name}}', '$48,250', 'x'.repeat(2000)),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A draft that must be accepted: known account, known workflow, unique external id, clean text. */
const validDraft = fc.record({
  subject: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.!?-]{0,60}$/),
  body: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.!?\n-]{0,300}$/),
}).map(({ subject, body }) => e.draft({ external_id: `prop-${randomUUID()}`, subject, body }));

/** A draft with one field replaced by something hostile, or removed, or a stray key added. */
const mutatedDraft = fc.tuple(
  fc.constantFrom('external_id', 'account_id', 'to', 'from', 'subject', 'body', 'workflow', 'template_id', 'prompt', 'data_sources', 'agent_run_id', 'extra'),
  fc.oneof(hostileText, anyJson, fc.constant(undefined)),
).map(([key, value]) => {
  const d: Record<string, unknown> = { ...e.draft({ external_id: `mut-${randomUUID()}` }) };
  if (key === 'to' && typeof value === 'string') d.to = { email: value, name: value };
  else if (value === undefined) delete d[key];
  else d[key] = value;
  return d;
});

const anyItem = fc.oneof({ weight: 3, arbitrary: validDraft }, { weight: 4, arbitrary: mutatedDraft }, { weight: 1, arbitrary: anyJson });

async function isProblemOr2xx(res: Response): Promise<void> {
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get('content-type')).toContain('application/problem+json');
}

describe('property: no input yields a 500', () => {
  it('POST /v1/drafts: raw bodies, hostile fields, random JSON', async () => {
    const body = fc.oneof(
      anyItem.map((v) => JSON.stringify(v) ?? 'null'),
      fc.string({ unit: 'binary', maxLength: 200 }),
      hostileText,
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        await isProblemOr2xx(await e.post('/v1/drafts', b));
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 120_000);

  it('POST /v1/drafts/batch: valid items are stored whatever the others hold; stored rows = accepted items', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyItem, { minLength: 1, maxLength: 12 }), async (items) => {
        const before = await e.count('drafts');
        const res = await e.post('/v1/drafts/batch', { drafts: items });
        const text = await res.text();
        expect(res.status, text.slice(0, 300)).toBe(200);
        const out = JSON.parse(text) as { results: Array<{ index: number; ok: boolean; created?: boolean; status?: number; draft?: { id: string; external_id: string } }> };
        expect(out.results).toHaveLength(items.length);
        for (const r of out.results) {
          if (r.ok) continue;
          expect(r.status).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500);
        }
        // Every item generated valid is accepted.
        items.forEach((it, i) => {
          if (typeof it === 'object' && it !== null && String((it as { external_id?: unknown }).external_id ?? '').startsWith('prop-')) {
            expect(out.results[i]!.ok, JSON.stringify(out.results[i])).toBe(true);
          }
        });
        // Stored rows are exactly the accepted, newly created items.
        const created = out.results.filter((r) => r.ok && r.created).map((r) => r.draft!.id);
        expect(await e.count('drafts')).toBe(before + created.length);
        if (created.length) {
          const rows = await e.deps.sql<Array<{ id: string }>>`select id from drafts where id = any(${created}::uuid[])`;
          expect(rows.map((r) => r.id).sort()).toEqual([...created].sort());
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 180_000);

  it('MCP submit tools: a result, an isError with a 4xx status, or an invalid-params refusal — never internal', async () => {
    const client = new Client({ name: 'prop', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${e.secret}` } } }));
    try {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.array(anyItem, { minLength: 1, maxLength: 5 }), async (batch, items) => {
          const call = batch
            ? client.callTool({ name: 'submit_outreach_drafts', arguments: { drafts: items } })
            : client.callTool({ name: 'submit_outreach_draft', arguments: (typeof items[0] === 'object' && items[0] !== null && !Array.isArray(items[0]) ? items[0] : { value: items[0] }) as Record<string, unknown> });
          const r = await call.then(
            (v) => v as { isError?: boolean; content: Array<{ text: string }> },
            (err: { code?: number }) => ({ refused: err.code }),
          );
          if ('refused' in r) {
            expect(r.refused).toBe(-32602); // invalid params, refused before any work
            return;
          }
          const text = r.content.map((c) => c.text).join('');
          expect(text).not.toMatch(/"code":"INTERNAL"|"status":5\d\d/);
          if (r.isError && text.startsWith('{')) expect((JSON.parse(text) as { status: number }).status).toBeLessThan(500);
        }),
        { seed: SEED, numRuns: 25 },
      );
    } finally {
      await client.close();
    }
  }, 180_000);
});
