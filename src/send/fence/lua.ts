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

/**
 * Calls asked for in one turn of the event loop go to Redis together at the end of that turn (one
 * script call, one write): jobs whose Postgres answers arrive together meet the fence together.
 * `send` gets the asks in order and answers one result per ask, in the same order. Per `owner`
 * (the deps of the caller), so one process's workers share a batch and tests keep theirs apart.
 */
export function batchedPerTurn<O extends object, A, R>(send: (owner: O, asks: A[]) => Promise<R[]>): (owner: O, ask: A) => Promise<R> {
  const pending = new Map<O, { ask: A; resolve: (r: R) => void; reject: (err: unknown) => void }[]>();
  const flush = (owner: O) => {
    const batch = pending.get(owner) ?? [];
    pending.delete(owner);
    send(owner, batch.map((b) => b.ask)).then(
      (results) => batch.forEach((b, i) => (i < results.length ? b.resolve(results[i] as R) : b.reject(new Error('no answer for this ask')))),
      (err: unknown) => batch.forEach((b) => b.reject(err)),
    );
  };
  return (owner, ask) =>
    new Promise<R>((resolve, reject) => {
      let batch = pending.get(owner);
      if (!batch) {
        pending.set(owner, (batch = []));
        setImmediate(() => flush(owner));
      }
      batch.push({ ask, resolve, reject });
    });
}

/** A script's KEYS built as asks are added: each key once, referred to by its index (Lua counts from 1). */
export class ScriptKeys {
  readonly keys: string[];
  private readonly index = new Map<string, number>();

  constructor(fixed: string[]) {
    this.keys = [...fixed];
    fixed.forEach((k, i) => this.index.set(k, i + 1));
  }

  indexOf(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) this.index.set(key, (i = this.keys.push(key)));
    return i;
  }
}
