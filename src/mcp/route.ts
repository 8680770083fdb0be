/**
 * Mounts the MCP connector at /mcp on the Hono app: authenticate (same tokens, rate limit and
 * audited denials as REST), then a fresh stateless server + Web-standard Streamable HTTP transport
 * for this request; both are closed when the response is produced.
 */
import type { Hono } from 'hono';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Deps } from '../deps.js';
import { authenticate, type AuthEnv } from '../http/auth.js';
import { createMcpServer } from './server.js';
import type { AppEnv } from '../http/app.js';

export function registerMcpRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const r = app as unknown as Hono<AuthEnv>;
  r.all('/mcp', authenticate(deps), async (c) => {
    const server = createMcpServer(deps, c.get('token'), c);
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      void server.close();
    }
  });
}
