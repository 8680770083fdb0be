/**
 * Bearer-token auth for REST and MCP (both adapters import it from here; mcp/ never imports http/).
 *
 * Contract: `Authorization: Bearer dg_…`. Unknown, malformed or revoked → 401 with one fixed
 * message (no hint which it was). Missing scope → 403 naming only the scope required. Over the
 * token's request rate → 429 + Retry-After. Every denial writes a `token.denied` audit row.
 * Revocation takes effect on the very next request, on every web process. Most routes look a
 * known token up in Postgres on every request (one indexed, prepared lookup). The intake routes
 * (`authenticate(deps, { revocationCheckedByVerb: true })`) take the token's attributes from a
 * per-process cache instead (name, scopes, workflows and rate never change after creation; only
 * revoked_at does), and the intake verb checks revocation inside the very statements that read and
 * write for the request (SubmitContext.liveTokenId): a revoked token is refused (401, audited) with
 * nothing read or stored, with no staleness at all. Until its request reaches that statement such a
 * token meets the other refusals first (403 missing scope, 429 over its rate, 400/413/415 bad body).
 * Unknown secrets are remembered for a second.
 * `last_used_at` is kept coarsely: written at most once a minute per token (a guarded UPDATE), not
 * once per request.
 * Rate limiting is a sliding-window counter in Redis (shared by every web process): the previous
 * fixed window weighted by its remaining overlap plus the current one, checked and counted in one
 * script so concurrent requests cannot both slip under the limit. A process does not ask Redis per
 * request: it leases a few slots at a time (at most one second's worth of the token's rate, at
 * most RATE_LEASE_MAX; one slot for a rate under 120/min) and spends them locally. Leased slots are
 * counted in Redis when leased, so the limit holds exactly across processes; a lease is good only
 * in the minute window it was counted in. The cost: slots a process leased and has not spent yet
 * count against the token for its other processes (at most one lease per process per token).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../audit/actor.js';
import { hasScope, hashSecret, type Scope, type TokenRow } from './tokens.js';
import { withTimeout } from '../lib/timeout.js';

export interface AuthToken {
  id: string;
  name: string;
  scopes: string[];
  workflows: string[];
  ratePerMinute: number | null;
}

export type AuthEnv = { Variables: { requestId: string; token: AuthToken } };

const NEGATIVE_CACHE_MS = 1000;
/** last_used_at is refreshed when older than this (no write per request). */
const LAST_USED_GRANULARITY_MS = 60_000;
const REDIS_TIMEOUT_MS = 1000;
const UNAUTHORIZED = 'missing or invalid bearer token';

/** `at`: when looked up (unknown secrets) or when last_used_at was last written for it (known). */
type CacheEntry = { at: number; token: AuthToken | null };
const caches = new WeakMap<Deps, Map<string, CacheEntry>>();

/** Grants min(ARGV[4], room left under the limit) slots, counting them; 0 when none is left. */
const SLIDING_WINDOW_LEASE = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
local limit = tonumber(ARGV[1])
local elapsed = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local est = prev * (window - elapsed) / window + cur
local room = math.floor(limit - est)
if room < 1 then
  return 0
end
local n = math.min(tonumber(ARGV[4]), room)
redis.call('INCRBY', KEYS[1], n)
redis.call('PEXPIRE', KEYS[1], window * 2)
return n
`;

/**
 * The lease script as a command of this client (ioredis runs it by EVALSHA, loading it on the
 * first NOSCRIPT): the script's text is not sent with every request.
 */
type SlidingWindowLease = (cur: string, prev: string, limit: number, elapsed: number, window: number, wanted: number) => Promise<number>;
const slidingWindows = new WeakMap<Deps['redis'], SlidingWindowLease>();
function slidingWindowLease(redis: Deps['redis']): SlidingWindowLease {
  let cmd = slidingWindows.get(redis);
  if (!cmd) {
    const name = 'draftgateSlidingWindowLease';
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys: 2, lua: SLIDING_WINDOW_LEASE });
    const fn = (redis as unknown as Record<string, SlidingWindowLease>)[name]!;
    cmd = (...args) => fn.apply(redis, args);
    slidingWindows.set(redis, cmd);
  }
  return cmd;
}

const RATE_WINDOW_MS = 60_000;
/** The most slots a process leases at once for one token. */
export const RATE_LEASE_MAX = 100;

/** Slots leased per Redis call: one second's worth of the rate, at least 1, at most RATE_LEASE_MAX. */
export const rateLeaseSize = (limit: number): number => Math.max(1, Math.min(RATE_LEASE_MAX, Math.floor(limit / 60)));

/** A process's unspent slots for one token, good only in the window they were counted in. */
interface RateLease {
  window: number;
  left: number;
  /** The one lease request in flight (concurrent requests wait for it instead of asking too). */
  refill: Promise<number> | null;
}
const leases = new WeakMap<Deps, Map<string, RateLease>>();

function leaseOf(deps: Deps, tokenId: string): RateLease {
  let byToken = leases.get(deps);
  if (!byToken) leases.set(deps, (byToken = new Map()));
  let lease = byToken.get(tokenId);
  if (!lease) {
    if (byToken.size > 10_000) byToken.clear();
    byToken.set(tokenId, (lease = { window: -1, left: 0, refill: null }));
  }
  return lease;
}

function toAuthToken(r: TokenRow): AuthToken {
  return { id: r.id, name: r.name, scopes: r.scopes, workflows: r.workflows, ratePerMinute: r.ratePerMinute };
}

export function tokenActor(t: AuthToken, via?: 'mcp'): Actor {
  return via ? { type: 'agent', tokenId: t.id, name: t.name, via } : { type: 'token', tokenId: t.id, name: t.name };
}

/** Forget remembered unknown secrets (tests, and after creating a token in this process). */
export function clearTokenCache(deps: Deps): void {
  caches.get(deps)?.clear();
}

const unavailable = (): AppError => new AppError('UNAVAILABLE', 'a backing service is unavailable; retry later', { retryAfterSeconds: 5 });

export async function auditDenial(deps: Deps, c: Context, token: AuthToken | null, reason: string): Promise<void> {
  const actor: Actor = token ? tokenActor(token) : { type: 'system', component: 'http.auth' };
  await appendAudit(deps.db, {
    actor,
    action: 'token.denied',
    subject: `token:${token?.id ?? 'unknown'}`,
    data: { reason, method: c.req.method, path: c.req.path, request_id: c.get('requestId') ?? null },
  }).catch((err) => deps.log.warn({ err }, 'could not audit a denial'));
}

/**
 * Resolve a bearer secret to a token, or null. `cached`: a token this process has looked up before
 * is served from memory, revoked or not: only for callers whose verb checks revocation itself.
 */
export async function resolveToken(deps: Deps, header: string | undefined, opts: { cached?: boolean } = {}): Promise<AuthToken | null> {
  const m = /^Bearer\s+(\S{10,200})$/i.exec(header ?? '');
  if (!m) return null;
  const secret = m[1]!;
  let cache = caches.get(deps);
  if (!cache) caches.set(deps, (cache = new Map()));
  const hit = cache.get(secret);
  const now = Date.now();
  if (hit && hit.token === null && now - hit.at < NEGATIVE_CACHE_MS) return null;
  if (opts.cached && hit?.token) {
    if (now - hit.at >= LAST_USED_GRANULARITY_MS) {
      hit.at = now;
      touchLastUsed(deps, hit.token.id);
    }
    return hit.token;
  }
  const [row] = await deps.sql<Array<{ id: string; name: string; scopes: string[]; workflows: string[]; rate_per_minute: number | null; stale: boolean }>>`
    select id, name, scopes, workflows, rate_per_minute,
           (last_used_at is null or last_used_at < now() - ${`${LAST_USED_GRANULARITY_MS} milliseconds`}::interval) as stale
      from api_tokens
     where secret_hash = ${hashSecret(secret)} and revoked_at is null`;
  if (!row) {
    if (cache.size > 10_000) cache.clear();
    cache.set(secret, { at: now, token: null });
    return null;
  }
  const token: AuthToken = { id: row.id, name: row.name, scopes: row.scopes, workflows: row.workflows, ratePerMinute: row.rate_per_minute };
  if (cache.size > 10_000) cache.clear();
  cache.set(secret, { at: now, token });
  if (row.stale) touchLastUsed(deps, row.id);
  return token;
}

/** last_used_at = now(), coarse and racing-safe: whichever process gets here first in the minute writes it. */
function touchLastUsed(deps: Deps, tokenId: string): void {
  void deps.sql`update api_tokens set last_used_at = now()
                 where id = ${tokenId} and (last_used_at is null or last_used_at < now() - ${`${LAST_USED_GRANULARITY_MS} milliseconds`}::interval)`
    .catch((err: unknown) => deps.log.warn({ err }, 'could not record token last use'));
}

/**
 * The verb found the request's token revoked (TokenRevokedError): forget it here, audit the denial
 * and answer as for any refused token.
 */
export async function refuseRevoked(deps: Deps, c: Context, token: AuthToken): Promise<AppError> {
  const cache = caches.get(deps);
  for (const [secret, entry] of cache ?? []) if (entry.token?.id === token.id) cache!.delete(secret);
  await auditDenial(deps, c, token, 'revoked');
  return new AppError('UNAUTHORIZED', UNAUTHORIZED);
}

/** Count one request against the token's rate; returns seconds to wait when over it. */
export async function checkRate(deps: Deps, token: AuthToken): Promise<number | null> {
  if (deps.redis.status !== 'ready') {
    throw unavailable();
  }
  const limit = token.ratePerMinute ?? deps.config.TOKEN_RATE_PER_MINUTE;
  const lease = leaseOf(deps, token.id);
  for (;;) {
    const now = Date.now();
    const idx = Math.floor(now / RATE_WINDOW_MS);
    // Slots counted in an earlier window are not spent in this one (they stay counted there).
    if (lease.window !== idx) {
      lease.window = idx;
      lease.left = 0;
    }
    if (lease.left > 0) {
      lease.left--;
      return null;
    }
    if (!lease.refill) {
      const base = `${deps.prefix}:rl:${token.id}`;
      const asked = slidingWindowLease(deps.redis)(`${base}:${idx}`, `${base}:${idx - 1}`, limit, now - idx * RATE_WINDOW_MS, RATE_WINDOW_MS, rateLeaseSize(limit));
      lease.refill = withTimeout(asked, REDIS_TIMEOUT_MS, unavailable)
        .then((granted) => {
          if (lease.window === idx) lease.left += granted;
          return granted;
        })
        .finally(() => {
          lease.refill = null;
        });
    }
    // Every request waiting on a lease that granted nothing is over the limit.
    if ((await lease.refill) === 0) break;
  }
  // Under a steady overload one slot frees up every window/limit ms; never less than a second.
  return Math.max(1, Math.ceil(RATE_WINDOW_MS / limit / 1000));
}

/**
 * Authenticate every request under this middleware; sets c.var.token. `revocationCheckedByVerb`:
 * the route's verb checks revocation in its own statements (see the header), so a token looked up
 * before is taken from this process's memory.
 */
export function authenticate(deps: Deps, opts: { revocationCheckedByVerb?: boolean } = {}): MiddlewareHandler<AuthEnv> {
  const cached = opts.revocationCheckedByVerb === true;
  return async (c, next) => {
    const token = await resolveToken(deps, c.req.header('authorization'), { cached });
    if (!token) {
      await auditDenial(deps, c, null, 'unauthenticated');
      throw new AppError('UNAUTHORIZED', UNAUTHORIZED);
    }
    const wait = await checkRate(deps, token);
    if (wait !== null) {
      await auditDenial(deps, c, token, 'rate_limited');
      throw new AppError('RATE_LIMITED', 'request rate exceeded for this token', { retryAfterSeconds: wait });
    }
    c.set('token', token);
    await next();
  };
}

/** Refuse (403, audited) unless the authenticated token carries `scope` (or admin). */
export function requireScope(deps: Deps, scope: Scope): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = c.get('token');
    if (!token) {
      await auditDenial(deps, c, null, 'unauthenticated');
      throw new AppError('UNAUTHORIZED', UNAUTHORIZED);
    }
    if (!hasScope(token.scopes, scope)) {
      await auditDenial(deps, c, token, `missing_scope:${scope}`);
      throw new AppError('FORBIDDEN', `this token lacks the ${scope} scope`);
    }
    await next();
  };
}

/** Same check for non-middleware callers (MCP tools). */
export async function assertScope(deps: Deps, c: Context, token: AuthToken, scope: Scope): Promise<void> {
  if (!hasScope(token.scopes, scope)) {
    await auditDenial(deps, c, token, `missing_scope:${scope}`);
    throw new AppError('FORBIDDEN', `this token lacks the ${scope} scope`);
  }
}
