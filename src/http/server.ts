/**
 * Start the HTTP server. On SIGTERM/SIGINT: stop accepting, let in-flight requests finish (up to
 * SHUTDOWN_TIMEOUT_MS), then the caller closes pools.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface RunningServer {
  port: number;
  url: string;
  server: ServerType;
  close(timeoutMs?: number): Promise<void>;
}

export async function startHttpServer(app: Hono<any>, opts: { host: string; port: number }): Promise<RunningServer> {
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
  return {
    port,
    url: `http://${host}:${port}`,
    server,
    close: (timeoutMs = 10_000) =>
      new Promise<void>((resolve) => {
        const s = server as Server;
        const timer = setTimeout(() => {
          s.closeAllConnections?.();
          resolve();
        }, timeoutMs);
        timer.unref();
        s.close(() => {
          clearTimeout(timer);
          resolve();
        });
        s.closeIdleConnections?.();
      }),
  };
}

/** Run `stop` once on the first SIGTERM/SIGINT; a second signal exits at once. */
export function onShutdown(stop: () => Promise<void>, log: { info: (o: object, m: string) => void }): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => handler('SIGTERM'));
  process.once('SIGINT', () => handler('SIGINT'));
}
