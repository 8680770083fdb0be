/**
 * Mounts the MCP connector at /mcp on the Hono app: authenticate (same tokens, rate limit and
 * audited denials as REST), then a fresh stateless server + Web-standard Streamable HTTP transport
 * for this request; both are closed when the response is produced.
 */
import type { Env, Hono } from 'hono';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Deps } from '../deps.js';
import { authenticate } from '../tokens/auth.js';
import { createMcpServer } from './server.js';

export function registerMcpRoutes<E extends Env>(app: Hono<E>, deps: Deps): void {
  app.all('/mcp', authenticate(deps), async (c) => {
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
