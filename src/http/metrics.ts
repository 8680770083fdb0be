/**
 * GET /metrics: Prometheus text exposition (text/plain; version=0.0.4).
 *   - no METRICS_TOKEN: open (bind the worker's METRICS_PORT to a private interface).
 *   - METRICS_TOKEN set: `Authorization: Bearer <token>` required, else 401 problem+json.
 * The web process serves it on its own app; the worker serves the same route on METRICS_PORT
 * from a minimal app (startMetricsServer) so it never exposes the REST API.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Deps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import { createMetrics, type Metrics, type ProcessKind } from '../lib/metrics.js';
import { readClusterMetrics, type ClusterExtras } from '../reports/metrics.js';
import { problemResponse } from './problem.js';
import { startHttpServer, type RunningServer } from './server.js';

/** The metrics of one process part, reading the cluster families through `deps`. */
export function createProcessMetrics(deps: Deps, process: ProcessKind, extras: ClusterExtras = {}): Metrics {
  return createMetrics({ process, readCluster: () => readClusterMetrics(deps, extras) });
}

/** Times every request into draftgate_http_request_duration_seconds, labelled by route pattern. */
export function httpMetrics(metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const t0 = performance.now();
    try {
      await next();
    } finally {
      const pattern = routePath(c, -1);
      // Unmatched paths (404s, scanners) share one label: the label set stays bounded.
      const route = !pattern || pattern === '*' || pattern === '/*' ? 'unmatched' : pattern;
      metrics.http.observe({ method: c.req.method, route, status: String(c.res.status) }, (performance.now() - t0) / 1000);
    }
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function authorized(header: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1]!.trim()), digest(token));
}

export function registerMetricsRoute(app: Hono<any>, deps: Pick<Deps, 'config'>, metrics: Metrics): void {
  app.get('/metrics', async (c) => {
    if (!authorized(c.req.header('authorization'), deps.config.METRICS_TOKEN)) {
      c.header('www-authenticate', 'Bearer realm="metrics"');
      return problemResponse(c, new AppError('UNAUTHORIZED', 'a bearer token is required for /metrics'));
    }
    const { contentType, body } = await metrics.render();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
}

/** The worker's listener: only /metrics and /healthz on METRICS_HOST:METRICS_PORT. */
export async function startMetricsServer(deps: Deps, metrics: Metrics, opts: { host: string; port: number }): Promise<RunningServer> {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  registerMetricsRoute(app, deps, metrics);
  app.onError((err, c) => {
    deps.log.warn({ err }, 'metrics scrape failed');
    return problemResponse(c, new AppError('UNAVAILABLE', 'metrics are unavailable; retry later', { retryAfterSeconds: 5 }));
  });
  app.notFound((c) => problemResponse(c, new AppError('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`)));
  return startHttpServer(app, opts);
}

/** Worker part: serve the worker's metrics on METRICS_PORT (nothing when it is unset). */
export async function startWorkerMetrics(deps: Deps): Promise<() => Promise<void>> {
  const port = deps.config.METRICS_PORT;
  if (port === undefined) return async () => {};
  const server = await startMetricsServer(deps, createProcessMetrics(deps, 'worker'), { host: deps.config.METRICS_HOST ?? deps.config.HOST, port });
  deps.log.info({ url: `${server.url}/metrics` }, 'worker metrics listening');
  return () => server.close(1000);
}
