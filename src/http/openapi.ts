/**
 * GET /openapi.json, generated from the SAME zod schemas the routes validate with, so the document
 * cannot drift from what the server accepts.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
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
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        DraftIn: draftIn,
        DraftBatchIn: { ...schema(DraftBatchIn, 'input'), properties: { drafts: { type: 'array', maxItems: 1000, minItems: 1, items: { $ref: '#/components/schemas/DraftIn' } } } },
        DraftOut: schema(DraftOut),
        DraftStatusOut: schema(DraftStatusOut),
        AccountContextOut: schema(AccountContextOut),
        Problem: {
          type: 'object',
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
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } },
          responses: { '200': json({ type: 'object' }, 'import report'), ...errs(400, 401, 403, 413, 415, 422, 429, 503) },
        },
      },
    },
  };
}

export function registerOpenApiRoutes(app: Hono<AppEnv>): void {
  let doc: Record<string, unknown> | undefined;
  app.get('/openapi.json', (c) => c.json((doc ??= buildOpenApi())));
}
