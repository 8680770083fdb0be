/**
 * GET /openapi.json, generated from the SAME zod schemas the routes validate with, so the document
 * cannot drift from what the server accepts; GET /docs, a reference page for it (swagger-ui-dist
 * served from this app: no CDN, scripts only from 'self'). test/integration/openapi.test.ts
 * asserts that every route registered on the app appears here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import { PRESETS } from '../accounts/mapping.js';
import { DeliveryEventsBody } from '../send/delivery-events.js';
import { SCOPES } from '../tokens/tokens.js';
import { FeedbackOut, FeedbackQuery } from '../review/feedback.js';
import { DraftBatchIn, DraftIn, DraftOut } from '../drafts/intake.js';
import { DraftStatusOut } from '../drafts/get.js';
import { AccountContextOut } from '../accounts/context.js';
import type { AppEnv } from './app.js';

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') => z.toJSONSchema(s, { io, target: 'openapi-3.0', unrepresentable: 'any' });

const problem = { description: 'RFC 9457 problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const errs = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));
const json = (s: unknown, description: string) => ({ description, content: { 'application/json': { schema: s } } });

export function buildOpenApi(): Record<string, unknown> {
  const draftIn = schema(DraftIn, 'input');
  return {
    openapi: '3.0.3',
    info: { title: 'draftgate', version: '1.0.0', description: 'Review gate between an AI sales agent and prospects.' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: `API token (dg_…) from \`draftgate token create\`. Scopes: ${SCOPES.join(', ')}.` },
        deliverySignature: {
          type: 'apiKey',
          in: 'header',
          name: 'x-draftgate-signature',
          description: 'v1=<hex HMAC-SHA256 of "<x-draftgate-timestamp>.<raw body>" with DELIVERY_WEBHOOK_SECRET>; the timestamp (unix seconds, header x-draftgate-timestamp) must be within 5 minutes.',
        },
        metricsBearer: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, only when it is set' },
      },
      schemas: {
        DraftIn: draftIn,
        DraftBatchIn: { ...schema(DraftBatchIn, 'input'), properties: { drafts: { type: 'array', maxItems: 1000, minItems: 1, items: { $ref: '#/components/schemas/DraftIn' } } } },
        DraftOut: schema(DraftOut),
        DraftStatusOut: schema(DraftStatusOut),
        AccountContextOut: schema(AccountContextOut),
        DeliveryEventsIn: schema(DeliveryEventsBody, 'input'),
        FeedbackOut: schema(FeedbackOut),
        PauseIn: {
          type: 'object',
          required: ['reason'],
          properties: {
            scope: { type: 'string', default: 'all', description: 'all | template:ID | workflow:ID | mailbox:ADDR | account:ID' },
            reason: { type: 'string' },
            evidence: { type: 'object', additionalProperties: true },
          },
        },
        PauseOut: {
          type: 'object',
          properties: {
            pause: { $ref: '#/components/schemas/Pause' },
            already_paused: { type: 'boolean' },
            held: { type: 'integer', description: 'send jobs parked by this pause' },
            in_flight_at_pause: { type: 'integer', description: 'sends already inside the transport call when the pause took effect' },
            still_running: { type: 'integer' },
          },
        },
        ResumeIn: { type: 'object', properties: { scope: { type: 'string', default: 'all' } } },
        ResumeOut: { type: 'object', properties: { pause: { $ref: '#/components/schemas/Pause' }, released: { type: 'integer' } } },
        Pause: {
          type: 'object',
          properties: { id: { type: 'string', format: 'uuid' }, scope: { type: 'string' }, reason: { type: 'string' }, source: { type: 'string' }, startedAt: { type: 'string', format: 'date-time' }, endedAt: { type: 'string', format: 'date-time', nullable: true } },
        },
        StatusOut: {
          type: 'object',
          description: 'The same read model as `draftgate status`.',
          properties: {
            at: { type: 'string', format: 'date-time' },
            queue: { type: 'object', additionalProperties: { type: 'integer' } },
            drafts: { type: 'object', additionalProperties: { type: 'integer' }, description: 'drafts by status' },
            pauses: { type: 'array', items: { type: 'object' } },
            tiersToday: { type: 'object', additionalProperties: { type: 'integer' } },
            limits: { type: 'object', additionalProperties: { type: 'integer' } },
            caps: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, limit: { type: 'integer' }, windowMs: { type: 'integer' }, used: { type: 'integer' } } } },
            held: { type: 'array', items: { type: 'object' } },
          },
          additionalProperties: true,
        },
        DeliveryEventsOut: { type: 'object', properties: { accepted: { type: 'integer' }, duplicates: { type: 'integer' }, suppressed: { type: 'array', items: { type: 'string' } } } },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details; `errors` lists every failing field of a 422.',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' }, code: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/drafts': {
        post: {
          summary: 'Submit one draft (scope drafts:write)',
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/DraftIn' } } } },
          responses: { '201': json({ $ref: '#/components/schemas/DraftOut' }, 'stored'), '200': json({ $ref: '#/components/schemas/DraftOut' }, 'identical retry: the original result'), ...errs(400, 401, 403, 404, 413, 415, 422, 429, 503) },
        },
      },
      '/v1/drafts/batch': {
        post: {
          summary: 'Submit up to 1,000 drafts; per-item results (scope drafts:write)',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/DraftBatchIn' } } } },
          responses: { '200': json({ type: 'object', properties: { created: { type: 'integer' }, replayed: { type: 'integer' }, failed: { type: 'integer' }, results: { type: 'array', items: { type: 'object' } } } }, 'one result per item'), ...errs(400, 401, 403, 413, 415, 422, 429, 503) },
        },
      },
      '/v1/drafts/{id}': {
        get: {
          summary: 'Draft status (scope drafts:read)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { '200': json({ $ref: '#/components/schemas/DraftStatusOut' }, 'status'), ...errs(401, 403, 404, 429, 503) },
        },
      },
      '/v1/accounts/{id}/context': {
        get: {
          summary: "The account as a workflow's field scope allows (scope accounts:read)",
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'workflow', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': json({ $ref: '#/components/schemas/AccountContextOut' }, 'scoped view'), ...errs(401, 403, 404, 422, 429, 503) },
        },
      },
      '/v1/accounts/import': {
        post: {
          summary: 'Import accounts, CSV or JSON (scope accounts:write)',
          description: "A CRM's export as it came: `?preset=salesforce|hubspot|dynamics|zoho|pipedrive`, or none (a header one preset reads best is recognized: `columns.preset`). The body may be UTF-8, UTF-16 with its mark, or Windows-1252 (`encoding` in the answer when not UTF-8); a `charset` in the Content-Type is honoured. A report export's footer is left out (`columns.footer`).",
          parameters: [{ name: 'preset', in: 'query', required: false, schema: { type: 'string', enum: [...PRESETS] } }],
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } },
          responses: {
            '200': json({ type: 'object' }, 'applied: import report'),
            '202': json({ type: 'object', properties: { staged: { type: 'integer' }, reason: { type: 'string' } } }, 'staged: a risky import waits for an owner (`draftgate import apply N --confirm`)'),
            ...errs(400, 401, 403, 413, 415, 422, 429, 503),
          },
        },
      },
      '/v1/feedback': {
        get: {
          summary: "Reviewer feedback on the caller's own drafts, in its workflows: decisions, reason categories, notes, edit diffs (scope drafts:read)",
          parameters: Object.entries(FeedbackQuery.shape).map(([name, s]) => ({ name, in: 'query', required: false, description: s.description, schema: schema(s as z.ZodType, 'input') })),
          responses: { '200': json({ $ref: '#/components/schemas/FeedbackOut' }, 'feedback, most recent first, with a summary'), ...errs(401, 403, 422, 429, 503) },
        },
      },
      '/v1/status': {
        get: {
          summary: 'Queues, pauses, caps (binding first), held drafts, undelivered alerts (scope drafts:read)',
          responses: { '200': json({ $ref: '#/components/schemas/StatusOut' }, 'status'), ...errs(401, 403, 429, 503) },
        },
      },
      '/v1/pause': {
        post: {
          summary: 'Pause sending in a scope; answers only once no send in the scope can start (scope control:pause)',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/PauseIn' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/PauseOut' }, 'paused (or already paused)'), ...errs(400, 401, 403, 413, 415, 422, 429, 503) },
        },
      },
      '/v1/resume': {
        post: {
          summary: 'End the pause of a scope; parked jobs are released in order (scope control:resume)',
          requestBody: { required: false, content: { 'application/json': { schema: { $ref: '#/components/schemas/ResumeIn' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/ResumeOut' }, 'resumed'), ...errs(400, 401, 403, 404, 413, 415, 422, 429, 503) },
        },
      },
      '/v1/delivery-events': {
        post: {
          summary: 'Bounces, complaints, unsubscribes and replies from the mail provider (HMAC-signed webhook)',
          security: [{ deliverySignature: [] }],
          parameters: [{ name: 'x-draftgate-timestamp', in: 'header', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/DeliveryEventsIn' } } } },
          responses: { '200': json({ $ref: '#/components/schemas/DeliveryEventsOut' }, 'recorded; redelivered events count as duplicates'), ...errs(400, 401, 413, 422, 503) },
        },
      },
      '/mcp': {
        post: {
          summary: 'MCP connector (Streamable HTTP, JSON responses): tools over the same verbs as REST',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'JSON-RPC 2.0 message' } } } },
          responses: { '200': json({ type: 'object' }, 'JSON-RPC response'), ...errs(401, 403, 429) },
        },
        get: { summary: 'MCP: server-sent stream (not offered: stateless server)', responses: { '405': { description: 'not supported' }, ...errs(401) } },
        delete: { summary: 'MCP: end a session (stateless server: nothing to end)', responses: { '405': { description: 'not supported' }, ...errs(401) } },
      },
      '/slack/events': {
        post: {
          summary: "Slack events, interactivity and slash commands (signed with Slack's signing secret)",
          security: [],
          requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } },
          responses: { '200': { description: 'acknowledged' }, '401': { description: 'bad signature' } },
        },
      },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': json({ type: 'object', properties: { ok: { type: 'boolean' } } }, 'up') } } },
      '/readyz': {
        get: {
          summary: 'Readiness: Postgres and Redis answer',
          security: [],
          responses: { '200': json({ type: 'object', properties: { ok: { type: 'boolean' }, postgres: { type: 'boolean' }, redis: { type: 'boolean' } } }, 'ready'), '503': json({ type: 'object' }, 'not ready (Retry-After)') },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics (text exposition 0.0.4)',
          security: [{}, { metricsBearer: [] }],
          responses: { '200': { description: 'metrics', content: { 'text/plain': { schema: { type: 'string' } } } }, ...errs(401, 503) },
        },
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': json({ type: 'object' }, 'OpenAPI 3.0') } } },
      '/docs': { get: { summary: 'API reference page (Swagger UI served by this app)', security: [], responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
    },
  };
}

/** Strict CSP for /docs: scripts and styles only from this origin (swagger-ui sets inline style attributes). */
export const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>draftgate API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

// The initializer is a served file, not an inline script, so the CSP needs no 'unsafe-inline' for scripts.
const DOCS_INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, presets: [SwaggerUIBundle.presets.apis], layout: 'BaseLayout' });
});
`;

export function registerOpenApiRoutes(app: Hono<AppEnv>): void {
  let doc: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((doc ??= buildOpenApi())));

  // swagger-ui-dist's files, read on first use (never at import time) and kept for the process.
  const assets = new Map<string, string>();
  const asset = (file: string) => {
    let v = assets.get(file);
    if (v === undefined) {
      const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      v = readFileSync(join(dir, file), 'utf8');
      assets.set(file, v);
    }
    return v;
  };
  const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': DOCS_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' });
  app.get('/docs', (c) => c.body(DOCS_HTML, 200, headers('text/html; charset=utf-8')));
  app.get('/docs/init.js', (c) => c.body(DOCS_INIT, 200, headers('text/javascript; charset=utf-8')));
  app.get('/docs/swagger-ui.css', (c) => c.body(asset('swagger-ui.css'), 200, headers('text/css; charset=utf-8')));
  app.get('/docs/swagger-ui-bundle.js', (c) => c.body(asset('swagger-ui-bundle.js'), 200, headers('text/javascript; charset=utf-8')));
}
