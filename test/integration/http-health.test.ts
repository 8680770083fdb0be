import { describe, expect, it } from 'vitest';
import { createTestDeps } from '../helpers/deps.js';
import { createHttpApp } from '../../src/http/app.js';
import { startHttpServer } from '../../src/http/server.js';
import { freePort } from '../../src/lib/local-services.js';
import { useIntegrationEnv } from '../helpers/env.js';

const env = useIntegrationEnv();

describe('health', () => {
  it('/healthz answers while the process is up; /readyz checks Postgres and Redis', async () => {
    const app = createHttpApp(env.deps);
    expect((await app.request('/healthz')).status).toBe(200);
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, postgres: true, redis: true });
  });

  it('/readyz is 503 with Retry-After when Redis or Postgres is unreachable', async () => {
    const port = await freePort();
    const broken = createTestDeps(env.t, { REDIS_URL: `redis://127.0.0.1:${port}`, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/x` });
    broken.redis.on('error', () => {});
    const res = await createHttpApp(broken).request('/readyz');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({ ok: false, postgres: false, redis: false });
    broken.redis.disconnect();
    await broken.database.close(0);
  });

  it('unknown routes are problem+json 404', async () => {
    const res = await createHttpApp(env.deps).request('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('graceful close lets an in-flight request finish and refuses new connections', async () => {
    const app = createHttpApp(env.deps);
    app.get('/slow', async (c) => {
      await new Promise((r) => setTimeout(r, 300));
      return c.text('done');
    });
    const server = await startHttpServer(app, { host: '127.0.0.1', port: 0 });
    const inflight = fetch(`${server.url}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const closing = server.close(5000);
    expect(await inflight).toBe('done');
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
