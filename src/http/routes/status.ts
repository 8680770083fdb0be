/** GET /v1/status (any authenticated token with drafts:read): queue depths, pauses, tiers today. */
import type { Hono } from 'hono';
import type { Deps } from '../../deps.js';
import { authenticate, requireScope } from '../../tokens/auth.js';
import { getStatus } from '../../reports/status.js';
import type { AppEnv } from '../env.js';

export function registerStatusRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/status', authenticate(deps), requireScope(deps, 'drafts:read'), async (c) => c.json(await getStatus(deps)));
}
