/** /openapi.json describes every route the app registers; /docs serves its reference page from the app. */
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv();

/** Hono's `/v1/drafts/:id` → OpenAPI's `/v1/drafts/{id}`. */
const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\{[^}]*\})?/g, '{$1}');

// Server-rendered pages and their static files are not part of the REST API.
const NOT_API = [/^\/console(\/|$)/, /^\/docs\//];

describe('/openapi.json', () => {
  it('every route registered on the app is in the document, with its method', async () => {
    const app = createHttpApp(env.deps);
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = app.routes.filter((r) => r.path !== '*' && r.path !== '/*' && !NOT_API.some((re) => re.test(r.path)));
    expect(routes.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const r of routes) {
      const item = doc.paths[toOpenApiPath(r.path)];
      if (!item) missing.push(`${r.method} ${r.path}`);
      else if (r.method !== 'ALL' && !item[r.method.toLowerCase()]) missing.push(`${r.method} ${r.path}`);
    }
    expect(missing).toEqual([]);
    for (const p of ['/v1/status', '/v1/pause', '/v1/resume', '/v1/delivery-events']) expect(Object.keys(doc.paths)).toContain(p);
  });

  it('declares its security schemes and the problem+json shape on error responses', async () => {
    const doc = (await (await createHttpApp(env.deps).request('/openapi.json')).json()) as {
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { required?: string[] }> };
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }>; security?: unknown[] }>>;
    };
    expect(Object.keys(doc.components.securitySchemes)).toEqual(expect.arrayContaining(['bearer', 'deliverySignature']));
    expect(doc.components.schemas.Problem!.required).toEqual(expect.arrayContaining(['type', 'title', 'status']));
    expect(Object.keys(doc.paths['/v1/pause']!.post!.responses['403']!.content!)).toEqual(['application/problem+json']);
    expect(doc.paths['/v1/delivery-events']!.post!.security).toEqual([{ deliverySignature: [] }]);
  });
});

describe('/docs', () => {
  it('serves Swagger UI from the app itself under a strict CSP: no CDN, no inline script', async () => {
    const app = createHttpApp(env.deps);
    const page = await app.request('/docs');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>[^<]/);
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toEqual(expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/init.js', '/docs/swagger-ui.css']));
    for (const s of srcs) {
      const res = await app.request(s);
      expect(res.status, s).toBe(200);
      expect((await res.text()).length, s).toBeGreaterThan(50);
    }
    expect(await (await app.request('/docs/init.js')).text()).toContain("'/openapi.json'");
  });
});
