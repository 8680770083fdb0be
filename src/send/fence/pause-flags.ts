/**
 * Pause flags in Redis: the pauser's half of the fence (src/send/fence/fence.ts is the worker's).
 *
 * - raisePauseFlag sets the flag and reads the in-flight hash in ONE script: every fence that ran
 *   before it is in the returned set, every later fence sees the flag. In-flight entries older
 *   than `staleMs` (a worker died mid-call) are left out.
 * - lowerPauseFlag deletes the flag only if it still names this pause (compare-and-delete: a newer
 *   pause of the same scope is not undone) and hands back the parked job ids, in enqueue order.
 * - promoteParked moves those jobs from delayed back to waiting; they meet the fence again.
 */
import type { Deps } from '../../deps.js';
import { sendKeys } from './fence.js';

const PAUSE_SCRIPT = `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stale = tonumber(ARGV[3])
local all = redis.call('HGETALL', KEYS[2])
local out = {}
local needle = '\\n' .. ARGV[1] .. '\\n'
for i = 1, #all, 2 do
  local v = all[i + 1]
  local bar = string.find(v, '|', 1, true)
  local ts = tonumber(string.sub(v, 1, bar - 1))
  local scopes = '\\n' .. string.sub(v, bar + 1) .. '\\n'
  if now - ts < stale and string.find(scopes, needle, 1, true) then table.insert(out, all[i]) end
end
return out
`;

const RESUME_SCRIPT = `
if ARGV[2] == '' or redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) end
local ids = redis.call('ZRANGE', KEYS[2], 0, -1)
if #ids > 0 then redis.call('DEL', KEYS[2]) end
return ids
`;

/** Set the flag of `scope` (value: the pause id) and return the drafts in flight at that instant. */
export async function raisePauseFlag(deps: Pick<Deps, 'redis' | 'prefix'>, scope: string, pauseId: string, staleMs: number): Promise<string[]> {
  const k = sendKeys(deps.prefix);
  return (await deps.redis.eval(PAUSE_SCRIPT, 2, k.flags, k.inflight, scope, pauseId, staleMs)) as string[];
}

/** Of `draftIds`, those still inside their transport call. */
export async function stillInFlight(deps: Pick<Deps, 'redis' | 'prefix'>, draftIds: string[]): Promise<string[]> {
  if (!draftIds.length) return [];
  const present = await deps.redis.hmget(sendKeys(deps.prefix).inflight, ...draftIds);
  return draftIds.filter((_, i) => present[i] !== null);
}

/** Clear the flag of `scope` if it still names `pauseId`; return (and forget) the parked job ids in order. */
export async function lowerPauseFlag(deps: Pick<Deps, 'redis' | 'prefix'>, scope: string, pauseId: string): Promise<string[]> {
  const k = sendKeys(deps.prefix);
  return (await deps.redis.eval(RESUME_SCRIPT, 2, k.flags, k.parked, scope, pauseId)) as string[];
}

/** Promote parked jobs in order; a job still active (parking right now) is retried briefly. */
export async function promoteParked(deps: Pick<Deps, 'queues'>, ids: string[]): Promise<number> {
  let released = 0;
  let pending = ids;
  for (let round = 0; round < 5 && pending.length; round++) {
    const retry: string[] = [];
    for (const id of pending) {
      const job = await deps.queues.send.getJob(id);
      if (!job) continue;
      const state = await job.getState();
      if (state === 'delayed') {
        await job.promote().then(() => released++, () => retry.push(id));
      } else if (state === 'active') retry.push(id);
    }
    pending = retry;
    if (pending.length) await new Promise((r) => setTimeout(r, 100));
  }
  return released;
}

