/**
 * The Hono env types of the web app, in one place. Every route sees `requestId` (set by the first
 * middleware in createHttpApp); a route behind `authenticate` (src/tokens/auth.ts) also sees
 * `token` — Hono merges the middleware's env into the handler's, so no cast is needed.
 */
export type AppEnv = { Variables: { requestId: string } };
export type { AuthEnv } from '../tokens/auth.js';
