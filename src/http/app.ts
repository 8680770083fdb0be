/**
 * The Hono app: REST, MCP, Slack endpoint, health and metrics on one port.
 * Route registrars are `registerXRoutes(app, deps)`; each maps errors only through onError.
 */
import { Hono } from 'hono';
import type { AppEnv } from './env.js';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import { isConnectionError } from '../db/client.js';
import { problemResponse } from './problem.js';
import { registerDraftRoutes } from './routes/drafts.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerStatusRoutes } from './routes/status.js';
import { registerControlRoutes } from './routes/control.js';
import { registerOpenApiRoutes } from './openapi.js';
import { createProcessMetrics, httpMetrics, registerMetricsRoute } from './metrics.js';
import type { Metrics } from '../lib/metrics.js';
import { registerMcpRoutes } from '../mcp/route.js';
import { registerSlackRoutes } from '../slack/app.js';
import { registerConsoleRoutes } from '../console/routes.js';
import { withTimeout } from '../lib/timeout.js';

export type { AppEnv } from './env.js';

export async function pingRedis(deps: Pick<Deps, 'redis'>, timeoutMs = 1000): Promise<boolean> {
  try {
    const r = await withTimeout(deps.redis.ping(), timeoutMs, () => new Error('timeout'));
    return r === 'PONG';
  } catch {
    return false;
  }
}

export function registerHealthRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    // While the breaker is open the API answers 503 without trying; so does readiness. A ping that
    // fails on the connection opens the breaker (the API then agrees); a merely slow one does not.
    const databaseReady = async (): Promise<boolean> => {
      if (deps.database.breaker.isOpen()) return false;
      try {
        await withTimeout(deps.sql`select 1`, 1000, () => new Error('timeout'));
        return true;
      } catch (err) {
        if (isConnectionError(err)) deps.database.breaker.trip(err);
        return false;
      }
    };
    const [postgres, redis] = await Promise.all([databaseReady(), pingRedis(deps)]);
    const ok = postgres && redis;
    if (!ok) c.header('retry-after', '5');
    return c.json({ ok, postgres, redis }, ok ? 200 : 503);
  });
}

export function createHttpApp(deps: Deps, opts: { metrics?: Metrics } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const metrics = opts.metrics ?? createProcessMetrics(deps, 'web');
  app.use('*', httpMetrics(metrics));
  app.use('*', async (c, next) => {
    const id = c.req.header('x-request-id') ?? randomUUID();
    c.set('requestId', id);
    const t0 = performance.now();
    await next();
    // On the response's own headers: c.header() after the handler has answered re-creates the
    // response from its body, which turns the node server's cached string body into a web stream
    // read back chunk by chunk (~0.15 ms of CPU per request). A response with immutable headers
    // (one built from a fetch) takes that path.
    try {
      c.res.headers.set('x-request-id', id);
    } catch {
      c.header('x-request-id', id);
    }
    deps.log.debug({ req: { id, method: c.req.method, path: c.req.path }, status: c.res.status, ms: +(performance.now() - t0).toFixed(1) }, 'request');
  });
  // The database breaker: while Postgres is known down, everything that needs it answers 503 at
  // once (health, metrics and the API description do not need it).
  app.use('*', async (c, next) => {
    if (deps.database.breaker.isOpen() && !/^\/(healthz|readyz|metrics|openapi\.json|docs)(\/|$)/.test(c.req.path)) {
      throw new AppError('UNAVAILABLE', 'the database is unavailable; retry later', { retryAfterSeconds: 2 });
    }
    await next();
  });
  app.onError((err, c) => {
    if (err instanceof AppError) return problemResponse(c, err);
    // postgres.js / ioredis connection failures → 503 with Retry-After, never a stack trace; the
    // first one opens the breaker so the requests behind it do not wait for reconnect attempts.
    if (isConnectionError(err)) {
      deps.database.breaker.trip(err);
      return problemResponse(c, new AppError('UNAVAILABLE', 'a backing service is unavailable; retry later', { retryAfterSeconds: 5 }));
    }
    deps.log.error({ err, requestId: c.get('requestId') }, 'unhandled error');
    return problemResponse(c, new AppError('INTERNAL', `internal error (request ${c.get('requestId')})`));
  });
  app.notFound((c) => problemResponse(c, new AppError('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`)));
  registerHealthRoutes(app, deps);
  registerMetricsRoute(app, deps, metrics);
  registerDraftRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerStatusRoutes(app, deps);
  registerControlRoutes(app, deps);
  registerOpenApiRoutes(app);
  registerMcpRoutes(app, deps);
  registerSlackRoutes(app, deps);
  registerConsoleRoutes(app, deps);
  return app;
}
