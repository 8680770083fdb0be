/**
 * The fence's Lua scripts go to Redis by SHA (EVALSHA): each call then carries 40 bytes instead of
 * the script's text, and Redis skips hashing that text on every call. Redis forgets scripts when it
 * is flushed or restarted; the NOSCRIPT answer (the script did not run) sends the text once more.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface LuaScript {
  readonly text: string;
  readonly sha: string;
}

export const luaScript = (text: string): LuaScript => ({ text, sha: createHash('sha1').update(text).digest('hex') });

export async function runLua(redis: Redis, script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await redis.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    return redis.eval(script.text, keys.length, ...keys, ...args);
  }
}
