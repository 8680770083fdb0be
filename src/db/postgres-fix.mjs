/**
 * A source fix for postgres.js (3.4.x) applied when its connection module loads; the upstream
 * bug is porsager/postgres#1154 / #1066 (fix proposed in #1168, #1176), unreleased as of 3.4.9.
 *
 * The bug: a write of < 1 KB is buffered and flushed from a setImmediate. When a connection closes
 * while a transaction holds it (Postgres stopped, network cut), `closed()` sets `socket = null`
 * but leaves the buffer and the timer handle; the transaction's automatic ROLLBACK then writes on
 * that connection and the scheduled flush dereferences the null socket — an uncatchable
 * `TypeError: Cannot read properties of null (reading 'write')` that kills the process. Swallowing
 * the exception would not do: the stale timer handle stops every later flush on that connection,
 * so its reconnect never sends a startup message and queries hang until a timeout.
 *
 * Worse, a query written on the closed connection stays its "current query" and, after the
 * reconnect, takes the answer meant for the next one (a SELECT resolved with another's rows).
 *
 * The fix (three edits, all no-ops while the socket is open):
 *  1. a query executed on a connection whose socket is gone is rejected at once with
 *     CONNECTION_CLOSED (as the server would have) and never becomes the current query;
 *  2. a flush with no socket drops the buffer and the timer, and reports success so the pool does
 *     not park the connection as full;
 *  3. `closed()` forgets the buffer and the timer handle, so a reconnect starts clean.
 * `patchPostgresConnection` is pure and unit-tested against the installed version: when an
 * upgrade changes the code, the test says so and the loader leaves the module untouched.
 */
const FLUSH = 'const x = socket.write(chunk, fn)';
const FLUSH_FIXED = 'if (!socket) { nextWriteTimer !== null && clearImmediate(nextWriteTimer); chunk = nextWriteTimer = null; return true } /* draftgate: postgres.js#1154 */\n    const x = socket.write(chunk, fn)';
const CLOSED = '    socket.removeAllListeners()\n    socket = null\n';
const CLOSED_FIXED = '    socket.removeAllListeners()\n    socket = null\n    chunk = nextWriteTimer = null /* draftgate: postgres.js#1154 */\n';

const EXECUTE = "    if (terminated)\n      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))\n";
const EXECUTE_FIXED = EXECUTE + "\n    if (!socket) /* draftgate: postgres.js#1154 */\n      return queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true\n";

/** @param {string} source @returns {{ source: string, applied: boolean }} */
export function patchPostgresConnection(source) {
  if (source.includes('draftgate: postgres.js#1154')) return { source, applied: true };
  for (const part of [FLUSH, CLOSED, EXECUTE]) if (source.split(part).length !== 2) return { source, applied: false };
  return { source: source.replace(FLUSH, FLUSH_FIXED).replace(CLOSED, CLOSED_FIXED).replace(EXECUTE, EXECUTE_FIXED), applied: true };
}

/** True for the module this fix applies to (ESM or CJS build of postgres.js). */
export function isPostgresConnectionModule(url) {
  return /\/node_modules\/postgres\/(cjs\/)?src\/connection\.js$/.test(url);
}
