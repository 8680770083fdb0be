/**
 * Every Redis key and script of the send fence lives in this folder (src/send/fence/): this file
 * (keys, fence/peek, in-flight, rebuild from Postgres, job bookkeeping), pause-flags.ts (raise and
 * lower a pause flag, promote parked jobs), usage.ts (cap usage and delay reasons for status) and
 * lua.ts (scripts sent by SHA, asks of one event-loop turn batched into one call).
 *
 * The send fence: pause flags and caps, checked in Redis by one Lua script each, so that every
 * worker process (any number of them) sees one order of events. The peeks and fences a process
 * asks for in one turn of its event loop go in one call of that script, one ask after the other;
 * the settles likewise (batchedPerTurn in ./lua.ts): fewer round trips, the same order of events.
 *
 * Contract
 * - `peekSend` runs before the worker claims a draft in Postgres, until the fence has answered
 *   synced and while that worker has lately heard a refusal (otherwise it would refuse nothing
 *   the fence does not; see worker.ts). It never consumes a cap. It parks
 *   jobs covered by a pause (adds them to the parked set, in enqueue order) and hands out spaced
 *   "tickets" for the smoothed org cap, so that jobs waiting for the org cap wake one by one
 *   instead of as a herd (a herd would each pay a Postgres claim + release).
 * - `fenceSend` is the LAST check before the transport call. In one script it checks every pause
 *   flag covering the draft (all, template:, workflow:, mailbox:, account:), checks every cap as a
 *   sliding-window log, and only if all pass records the send in each window and registers the
 *   draft in the in-flight hash. `raisePauseFlag` (./pause-flags.ts) sets a flag and reads the
 *   in-flight hash in one script. Redis runs scripts one at a time, so every fence either ran
 *   before the pause (and is in the in-flight set the pauser reads) or sees the flag.
 * - Both scripts return `unsynced` when the synced marker is missing (Redis flushed or new): the
 *   caller rebuilds pause flags and cap windows from Postgres (`syncFromPostgres`) and retries.
 *   Postgres is the truth; Redis is work in flight.
 * - A send is counted at the fence and its transport call starts a moment later; a loaded event
 *   loop can stall in between, so the call may land later than the fence's clock said. Every cap
 *   window is a log of UPPER BOUNDS of call times, never of fence times: an ok fence reserves its
 *   slot stamped `now + FENCE_RESERVE_MS` (the latest its call may start), and the worker makes
 *   the call only if it starts within FENCE_RESERVE_MS of asking (elapsed time, measured before
 *   the request left, so clock skew between machines does not matter); a later answer gives its
 *   slot back (`unfenceSend`) and asks again. Once the call has started, `settleFence` lowers the
 *   stamp (ZADD LT, never raises it) to the fence's Redis time plus the elapsed time until the
 *   call, still an upper bound of when it started. The check counts entries stamped within one
 *   window of `now`, and the new call starts at `now` or later; so for any rolling window of
 *   transport calls, the last call admitted into it saw every other call in it already counted:
 *   the cap holds in every sliding window with no time margin. A stall only keeps a slot counted
 *   a little longer (to its upper bound), never lets a call escape its window.
 * Time comes from Redis (TIME), so workers on different machines share one clock.
 */
import { and, inArray, isNull } from 'drizzle-orm';
import type { Deps } from '../../deps.js';
import { pauses } from '../../db/schema.js';
import type { Policy } from '../../policy/schema.js';
import { scopesCovering } from '../../policy/scope.js';
import { batchedPerTurn, luaScript, runLua, ScriptKeys } from './lua.js';

/**
 * The most a transport call may start after its fence request left, and the stamp an ok fence
 * reserves its slot with until the call settles (see the contract above). Generous, so a stalled
 * loop rarely gives its slot back; the reservation is lowered to the real start once known.
 */
export const FENCE_RESERVE_MS = 1000;
/** A parked (paused) job wakes this often to look again, so a pause ended without resumeScope (Redis lost, flag cleared by the reconciler) still drains. */
export const PARK_MS = 30_000;

export function sendKeys(prefix: string) {
  const k = `${prefix}:send`;
  return {
    flags: `${k}:pause:flags`,
    synced: `${k}:synced`,
    inflight: `${k}:inflight`,
    parked: `${k}:parked`,
    delay: `${k}:delay`,
    tickets: `${k}:tickets`,
    sched: `${k}:sched`,
    /** The cap limits the delayed jobs were scheduled under (see limitsChanged). */
    limitsSig: `${k}:limits`,
    cap: (name: string) => `${k}:cap:${name}`,
    capPrefix: `${k}:cap:`,
  };
}

/** What the job carries so the fence needs no Postgres read (set by enqueueSend). */
export interface SendTarget {
  draftId: string;
  templateId: string;
  workflow: string;
  mailbox: string;
  accountId: string;
  /** The submitting client: a `client:NAME` pause (a probing agent) stops its sends. */
  client?: string | null | undefined;
  domain: string;
  /** Auto-approved (drafts.decided_by is null): counts against the blast-radius cap. */
  unreviewed: boolean;
}

export interface CapRule {
  /** Stable name shown in status: org, mailbox:a@b, domain:x.com, template:T */
  name: string;
  limit: number;
  windowMs: number;
  /** Hand out spaced tickets while this cap is saturated (the high-rate org cap). */
  smooth?: boolean;
}

export interface CapLimits {
  org: { limit: number; windowMs: number };
  mailboxPerDay: number;
  /** Per-mailbox daily caps from the policy's `mailboxes[].per_day` (lower-cased address → cap). */
  perMailbox?: Record<string, number> | undefined;
  domainPerDay: number;
  unreviewedPerTemplatePerHour: number;
}

export function limitsFromPolicy(p: Policy): CapLimits {
  return {
    org: { limit: p.limits.org_per_minute, windowMs: 60_000 },
    mailboxPerDay: p.limits.mailbox_per_day,
    perMailbox: Object.fromEntries(p.mailboxes.flatMap((m) => ('per_day' in m && m.per_day !== undefined ? [[m.address, m.per_day]] : []))),
    domainPerDay: p.limits.domain_per_day,
    unreviewedPerTemplatePerHour: p.limits.unreviewed_per_template_per_hour,
  };
}

export const scopesOf = (t: Pick<SendTarget, 'templateId' | 'workflow' | 'mailbox' | 'accountId' | 'client'>): string[] => scopesCovering(t);

export function capsFor(t: SendTarget, l: CapLimits): CapRule[] {
  const caps: CapRule[] = [
    { name: 'org', limit: l.org.limit, windowMs: l.org.windowMs, smooth: true },
    { name: `mailbox:${t.mailbox.toLowerCase()}`, limit: l.perMailbox?.[t.mailbox.toLowerCase()] ?? l.mailboxPerDay, windowMs: 86_400_000 },
    { name: `domain:${t.domain.toLowerCase()}`, limit: l.domainPerDay, windowMs: 86_400_000 },
  ];
  if (t.unreviewed) caps.push({ name: `template:${t.templateId}`, limit: l.unreviewedPerTemplatePerHour, windowMs: 3_600_000 });
  return caps;
}

// KEYS: flags, synced, inflight, parked, delay, tickets, sched, then the cap keys of every ask
// ARGV: reserveMs, then per ask: mode, draftId, scopes (\n-joined), order, ncaps, then per cap:
//   KEYS index of its window, name, limit, windowMs, smooth
// Answers one result per ask, in order; each ask sees the windows as the asks before it left them.
const SCRIPT = luaScript(`
local reserve = tonumber(ARGV[1])
local out = {}
if redis.call('EXISTS', KEYS[2]) == 0 then
  local a = 2
  while a <= #ARGV do
    out[#out + 1] = {'unsynced'}
    a = a + 5 + tonumber(ARGV[a + 4]) * 5
  end
  return out
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- No flag at all (the usual case): one HLEN instead of a look-up per scope and ask.
local flagged = redis.call('HLEN', KEYS[1]) > 0

local function ask(mode, id, scopes, order, caps)
  if flagged then
    for scope in string.gmatch(scopes, '[^\\n]+') do
      if redis.call('HEXISTS', KEYS[1], scope) == 1 then
        redis.call('ZADD', KEYS[4], 'NX', order, id)
        redis.call('HSET', KEYS[5], id, cjson.encode({reason = 'paused', scope = scope, at = now}))
        return {'paused', scope}
      end
    end
  end
  local blockName = nil
  local blockUntil = 0
  local blockLimit = 0
  local smooth = nil
  for _, c in ipairs(caps) do
    redis.call('ZREMRANGEBYSCORE', c.key, '-inf', now - c.win)
    local count = redis.call('ZCARD', c.key)
    if mode == 'peek' and c.smooth then
      smooth = c
    elseif count >= c.limit then
      local e = redis.call('ZRANGE', c.key, count - c.limit, count - c.limit, 'WITHSCORES')
      local frees = tonumber(e[2]) + c.win + 1
      if frees > blockUntil then blockUntil = frees; blockName = c.name; blockLimit = c.limit end
    end
  end
  if blockName then
    redis.call('HSET', KEYS[5], id, cjson.encode({reason = 'cap', cap = blockName, limit = blockLimit, until_ms = blockUntil, at = now}))
    return {'capped', blockName, tostring(blockUntil)}
  end
  if mode == 'peek' then
    if not smooth then return {'ok'} end
    local ticket = redis.call('HGET', KEYS[6], id)
    if ticket then
      ticket = tonumber(ticket)
      if ticket <= now + 2 then
        redis.call('HDEL', KEYS[6], id)
        return {'ok'}
      end
      return {'capped', smooth.name, tostring(ticket)}
    end
    local sched = tonumber(redis.call('GET', KEYS[7]) or '0')
    local count = redis.call('ZCARD', smooth.key)
    local at = now
    if sched > now then
      at = sched + smooth.win / smooth.limit
    elseif count >= smooth.limit then
      local e = redis.call('ZRANGE', smooth.key, count - smooth.limit, count - smooth.limit, 'WITHSCORES')
      at = math.max(now, tonumber(e[2]) + smooth.win + 1)
    end
    if at <= now then return {'ok'} end
    redis.call('SET', KEYS[7], tostring(at), 'PX', math.floor(at - now + smooth.win))
    redis.call('HSET', KEYS[6], id, tostring(at))
    redis.call('HSET', KEYS[5], id, cjson.encode({reason = 'cap', cap = smooth.name, limit = smooth.limit, until_ms = at, at = now}))
    return {'capped', smooth.name, tostring(at)}
  end
  for _, c in ipairs(caps) do
    redis.call('ZADD', c.key, now + reserve, id)
    redis.call('PEXPIRE', c.key, c.win + reserve + 60000)
  end
  redis.call('HSET', KEYS[3], id, tostring(now) .. '|' .. scopes)
  redis.call('HDEL', KEYS[5], id)
  -- A job may meet the fence without a peek (worker.ts): its ticket, if any, is spent here.
  redis.call('HDEL', KEYS[6], id)
  redis.call('ZREM', KEYS[4], id)
  return {'ok', tostring(now)}
end

local a = 2
while a <= #ARGV do
  local n = tonumber(ARGV[a + 4])
  local caps = {}
  for j = 0, n - 1 do
    local b = a + 5 + j * 5
    caps[j + 1] = {key = KEYS[tonumber(ARGV[b])], name = ARGV[b + 1], limit = tonumber(ARGV[b + 2]), win = tonumber(ARGV[b + 3]), smooth = ARGV[b + 4] == '1'}
  end
  out[#out + 1] = ask(ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3]), caps)
  a = a + 5 + n * 5
end
return out
`);

export type FenceResult =
  | { kind: 'ok'; at: number }
  | { kind: 'unsynced' }
  | { kind: 'paused'; scope: string }
  | { kind: 'capped'; cap: string; untilMs: number };

interface FenceAsk {
  mode: 'peek' | 'fence';
  target: SendTarget;
  caps: CapRule[];
  order: number;
}

/** Every peek and fence of one turn of the event loop: one script call (see batchedPerTurn). */
const askFence = batchedPerTurn(async (deps: Pick<Deps, 'redis' | 'prefix'>, asks: FenceAsk[]): Promise<FenceResult[]> => {
  const k = sendKeys(deps.prefix);
  const keys = new ScriptKeys([k.flags, k.synced, k.inflight, k.parked, k.delay, k.tickets, k.sched]);
  const argv: (string | number)[] = [FENCE_RESERVE_MS];
  for (const a of asks) {
    argv.push(a.mode, a.target.draftId, scopesOf(a.target).join('\n'), a.order, a.caps.length);
    for (const c of a.caps) argv.push(keys.indexOf(k.cap(c.name)), c.name, c.limit, c.windowMs, c.smooth ? '1' : '0');
  }
  return ((await runLua(deps.redis, SCRIPT, keys.keys, argv)) as string[][]).map(fenceResult);
});

function fenceResult(r: string[]): FenceResult {
  switch (r[0]) {
    case 'ok':
      return { kind: 'ok', at: Number(r[1] ?? 0) };
    case 'unsynced':
      return { kind: 'unsynced' };
    case 'paused':
      return { kind: 'paused', scope: r[1]! };
    default:
      return { kind: 'capped', cap: r[1]!, untilMs: Number(r[2]) };
  }
}

const runScript = (deps: Pick<Deps, 'redis' | 'prefix'>, mode: 'peek' | 'fence', target: SendTarget, caps: CapRule[], order: number) =>
  askFence(deps, { mode, target, caps, order });

/** Before the claim: parked if paused, a wake-up time if over a cap; consumes nothing. */
export const peekSend = (deps: Pick<Deps, 'redis' | 'prefix'>, target: SendTarget, caps: CapRule[], order: number) => runScript(deps, 'peek', target, caps, order);

/** The last check before the transport: on ok the send is counted in every window and in flight. */
export const fenceSend = (deps: Pick<Deps, 'redis' | 'prefix'>, target: SendTarget, caps: CapRule[], order: number) => runScript(deps, 'fence', target, caps, order);

const UNFENCE = luaScript(`
for i = 2, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
`);

/**
 * Give back what an ok fence took, before any transport call: the draft's entry in every cap
 * window and its in-flight registration (one script). For a worker that got its answer too late
 * to call inside the window it was counted in; it asks the fence again (pause flags included).
 */
export async function unfenceSend(deps: Pick<Deps, 'redis' | 'prefix'>, target: Pick<SendTarget, 'draftId'>, caps: CapRule[]): Promise<void> {
  const k = sendKeys(deps.prefix);
  await runLua(deps.redis, UNFENCE, [k.inflight, ...caps.map((c) => k.cap(c.name))], [target.draftId]);
}

/**
 * An upper bound, in the fence's clock (Redis ms), of when a call made NOW starts, for a fence that
 * answered `fenceAt` to a request that left at `askedPerf` (performance.now()): the fence's time
 * (whole ms, floored: +1) plus the time since the request left (which includes any wait before
 * Redis ran the script), +1 for two clocks' rates over that span. Take it right before the call.
 */
export const callStartBound = (fenceAt: number, askedPerf: number) => fenceAt + (performance.now() - askedPerf) + 2;

// KEYS: inflight, then the cap keys of every settle in the batch
// ARGV: per settle: draftId, calledBy ('' when no call was made), n, then the KEYS index of each of its n cap keys
const SETTLE = luaScript(`
local i = 1
while i <= #ARGV do
  local id = ARGV[i]
  local n = tonumber(ARGV[i + 2])
  if ARGV[i + 1] ~= '' then
    local by = tonumber(ARGV[i + 1])
    for j = 1, n do redis.call('ZADD', KEYS[tonumber(ARGV[i + 2 + j])], 'XX', 'LT', by, id) end
  end
  redis.call('HDEL', KEYS[1], id)
  i = i + 3 + n
end
return 1
`);

interface SettleAsk {
  draftId: string;
  caps: CapRule[];
  calledBy: number | null;
}

/** Every settle of one turn of the event loop: one script call (see batchedPerTurn). */
const askSettle = batchedPerTurn(async (deps: Pick<Deps, 'redis' | 'prefix'>, asks: SettleAsk[]): Promise<void[]> => {
  const k = sendKeys(deps.prefix);
  const keys = new ScriptKeys([k.inflight]);
  const args: (string | number)[] = [];
  for (const a of asks) {
    args.push(a.draftId, a.calledBy === null ? '' : Math.ceil(a.calledBy), a.caps.length);
    for (const c of a.caps) args.push(keys.indexOf(k.cap(c.name)));
  }
  await runLua(deps.redis, SETTLE, keys.keys, args);
  return asks.map(() => undefined);
});

/**
 * The transport call is over (any outcome): no longer in flight, and, when the call was made, the
 * draft's reservation in every cap window lowered to `calledBy` (Redis ms, an upper bound of when
 * the call started: the fence's time plus the elapsed time until the call). It goes out with the
 * other settles of this turn of the event loop, at its end; until it lands the slot stays counted
 * at its reservation (later, so safe) and the draft in flight (a pause waits a moment longer).
 */
export const settleFence = (deps: Pick<Deps, 'redis' | 'prefix'>, draftId: string, caps: CapRule[], calledBy: number | null): Promise<void> =>
  askSettle(deps, { draftId, caps, calledBy });

/** No longer in flight (no call was made, or the cap windows are not known here). */
export async function leaveInflight(deps: Pick<Deps, 'redis' | 'prefix'>, draftId: string): Promise<void> {
  await deps.redis.hdel(sendKeys(deps.prefix).inflight, draftId);
}

/** Members of a ZADD per command: a day of sends goes to Redis in a few commands per cap window, not three per send. */
const ZADD_CHUNK = 1000;

/** Cap window entries gathered per key, written with one ZADD per key (and chunk), all pipelined. */
class CapWindowEntries {
  private readonly byKey = new Map<string, (string | number)[]>();

  add(key: string, stamp: number, draftId: string): void {
    let entries = this.byKey.get(key);
    if (!entries) this.byKey.set(key, (entries = []));
    entries.push(stamp, draftId);
  }

  async write(redis: Deps['redis']): Promise<void> {
    const pipe = redis.pipeline();
    for (const [key, entries] of this.byKey) {
      for (let i = 0; i < entries.length; i += 2 * ZADD_CHUNK) pipe.zadd(key, ...entries.slice(i, i + 2 * ZADD_CHUNK));
    }
    await pipe.exec();
  }
}

/**
 * Rebuild what Redis lost from Postgres: active pause flags (added, never removed here, so a
 * concurrent pauseScope cannot be undone) and the cap windows from sends started in the last day.
 * Ended pauses whose flag is still set are removed by compare-and-delete on the pause id.
 */
export async function syncFromPostgres(deps: Pick<Deps, 'redis' | 'prefix' | 'db' | 'sql'>, limits?: CapLimits): Promise<{ flags: number; capEntries: number }> {
  const k = sendKeys(deps.prefix);
  const active = await deps.db.select({ id: pauses.id, scope: pauses.scope }).from(pauses).where(isNull(pauses.endedAt));
  let capEntries = 0;
  if (limits) {
    const rows = await deps.sql<{ draft_id: string; ms: string; template_id: string; from_mailbox: string; to_email: string; unreviewed: boolean; }[]>`
      select s.draft_id, (extract(epoch from coalesce(s.finished_at, now() + make_interval(secs => ${FENCE_RESERVE_MS / 1000}))) * 1000)::bigint as ms, d.template_id, d.from_mailbox, d.to_email,
             (d.decided_by is null) as unreviewed
      from sends s join drafts d on d.id = s.draft_id
      where s.status in ('started','sent','unknown') and s.started_at > now() - interval '1 day'`;
    // Stamps are upper bounds of call starts, as the fence's: an attempt's outcome is written after
    // its call started (finished_at); one still 'started' may call up to FENCE_RESERVE_MS from now.
    const windows = new CapWindowEntries();
    const orgWindow = limits.org.windowMs;
    const nowMs = Date.now();
    for (const r of rows) {
      const ms = Number(r.ms);
      const domain = r.to_email.split('@')[1]?.toLowerCase() ?? '';
      if (nowMs - ms < orgWindow) windows.add(k.cap('org'), ms, r.draft_id);
      windows.add(k.cap(`mailbox:${r.from_mailbox.toLowerCase()}`), ms, r.draft_id);
      windows.add(k.cap(`domain:${domain}`), ms, r.draft_id);
      if (r.unreviewed && nowMs - ms < 3_600_000) windows.add(k.cap(`template:${r.template_id}`), ms, r.draft_id);
      capEntries++;
    }
    await windows.write(deps.redis);
  }
  const pipe = deps.redis.multi();
  for (const p of active) pipe.hset(k.flags, p.scope, p.id);
  pipe.set(k.synced, '1');
  await pipe.exec();
  await dropEndedFlags(deps);
  return { flags: active.length, capEntries };
}

const DEL_IF_EQ = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end return 0`;

/** Remove flags whose pause has ended in Postgres (a resume whose Redis step was lost). */
export async function dropEndedFlags(deps: Pick<Deps, 'redis' | 'prefix' | 'db'>): Promise<number> {
  const k = sendKeys(deps.prefix);
  const flags = await deps.redis.hgetall(k.flags);
  const ids = Object.values(flags);
  if (!ids.length) return 0;
  const stillActive = new Set(
    (await deps.db.select({ id: pauses.id }).from(pauses).where(and(isNull(pauses.endedAt), inArray(pauses.id, ids)))).map((r) => r.id),
  );
  let n = 0;
  for (const [scope, id] of Object.entries(flags)) {
    if (!stillActive.has(id)) n += Number(await deps.redis.eval(DEL_IF_EQ, 1, k.flags, scope, id));
  }
  return n;
}

/**
 * Record the current cap limits; true when they differ from the ones recorded before (a policy
 * apply changed a cap), so jobs delayed under the old limits must be re-evaluated.
 */
export async function limitsChanged(deps: Pick<Deps, 'redis' | 'prefix'>, limits: CapLimits): Promise<boolean> {
  const sig = JSON.stringify(limits);
  const prev = await deps.redis.getset(sendKeys(deps.prefix).limitsSig, sig);
  return prev !== null && prev !== sig;
}

/**
 * Forget every cap delay (reasons, smoothing tickets, the spacing schedule) and return the ids of
 * the jobs that were waiting for a cap, so the caller promotes them and they meet the fence again
 * under the new limits. Paused jobs keep waiting.
 */
export async function releaseCapDelays(deps: Pick<Deps, 'redis' | 'prefix'>): Promise<string[]> {
  const k = sendKeys(deps.prefix);
  const reasons = await deps.redis.hgetall(k.delay);
  const ids = Object.entries(reasons)
    .filter(([, v]) => {
      try {
        return (JSON.parse(v) as { reason?: string }).reason === 'cap';
      } catch {
        return false;
      }
    })
    .map(([id]) => id);
  const m = deps.redis.multi().del(k.sched);
  if (ids.length) m.hdel(k.delay, ...ids).hdel(k.tickets, ...ids);
  await m.exec();
  return ids;
}

/**
 * Raise the flag of every active pause that has none (a pause recorded while Redis was unreachable,
 * whose queued flag command was lost with its process). HSETNX: an existing flag is left alone.
 */
export async function raiseMissingFlags(deps: Pick<Deps, 'redis' | 'prefix' | 'db'>): Promise<number> {
  const active = await deps.db.select({ id: pauses.id, scope: pauses.scope }).from(pauses).where(isNull(pauses.endedAt));
  if (!active.length) return 0;
  const k = sendKeys(deps.prefix);
  const pipe = deps.redis.pipeline();
  for (const p of active) pipe.hsetnx(k.flags, p.scope, p.id);
  const res = (await pipe.exec()) ?? [];
  return res.filter(([, v]) => Number(v) === 1).length;
}

/** Is the Redis state rebuilt (the synced marker present)? The reconciler rebuilds when not. */
export async function isSynced(deps: Pick<Deps, 'redis' | 'prefix'>): Promise<boolean> {
  return (await deps.redis.exists(sendKeys(deps.prefix).synced)) === 1;
}

/** A job left the queue for good (cancelled, dropped): forget its parked slot, delay reason and ticket. */
export async function forgetJob(deps: Pick<Deps, 'redis' | 'prefix'>, draftId: string): Promise<void> {
  const k = sendKeys(deps.prefix);
  await deps.redis.multi().zrem(k.parked, draftId).hdel(k.delay, draftId).hdel(k.tickets, draftId).exec();
}

/** The draft no longer waits (cancelled at the claim): drop its delay reason. */
export async function clearDelayReason(deps: Pick<Deps, 'redis' | 'prefix'>, draftId: string): Promise<void> {
  await deps.redis.hdel(sendKeys(deps.prefix).delay, draftId);
}
