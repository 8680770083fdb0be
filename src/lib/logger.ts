/**
 * JSON logs (pino). One root logger per process, created by the composition root.
 *
 * What must stay true (promise 9): logs never carry a draft's text, a CRM value or a token.
 * Every logged object goes through `redactLogObject` before pino serializes it:
 * - values under keys that hold draft text, CRM fields, Slack payload text or credentials are
 *   replaced by "[redacted]" at any depth (subject, body, prompt, text, blocks, sensitive, facts,
 *   authorization, token, secret, parameters, params, detail, …);
 * - errors become plain objects (type, code, message, stack, cause) whose message and stack are
 *   cut before the parameters a database driver appends ("params: …" — drizzle puts the whole
 *   row there) and whose driver fields (`parameters`, `detail`, `where`) are dropped;
 * - bearer tokens (`dg_…`, `xox…`, `Bearer …`) are masked inside any string.
 * Depth is bounded and cycles are cut, so a log call can never throw or hang.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

const REDACTED = '[redacted]';

/** Keys whose values are never logged, at any depth (compared lower-cased, `_`/`-` removed). */
const SECRET_KEYS = new Set([
  // draft text and what is derived from it
  'subject', 'body', 'finalsubject', 'finalbody', 'prompt', 'text', 'blocks', 'excerpt', 'highlights', 'diff',
  'note', 'reasontext', 'toname', 'toemail', 'to', 'email', 'datasources',
  // CRM values
  'sensitive', 'facts', 'custom', 'contractvalue', 'discountpct', 'renewaldate', 'dealrisknotes', 'privatenotes',
  'valueusd', 'aliases',
  // credentials
  'authorization', 'cookie', 'setcookie', 'token', 'secret', 'password', 'apikey', 'bearer', 'signature',
  'clientsecret', 'signingsecret', 'bottoken', 'xslacksignature', 'secrethash', 'smtpurl', 'databaseurl', 'redisurl',
  // driver payloads: query parameters carry the row
  'parameters', 'params', 'detail', 'where', 'args', 'input', 'payload', 'data',
]);

const TOKEN_RE = /\b(?:dg_[A-Za-z0-9_-]{8,}|xox[abposr]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,})|(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g;
/** drizzle: "Failed query: <sql>\nparams: <every value>"; postgres.js detail lines: "Key (x)=(value)". */
const PARAMS_RE = /\n?\s*params:[\s\S]*$|Key \([^)]*\)=\([\s\S]*?\)/g;

export function scrubString(s: string): string {
  return s.replace(PARAMS_RE, ' params: [redacted]').replace(TOKEN_RE, (_m, bearer?: string) => `${bearer ?? ''}${REDACTED}`);
}

const normKey = (k: string) => k.toLowerCase().replace(/[_-]/g, '');

function redactError(e: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.name, message: scrubString(e.message) };
  if (e.stack) {
    // The stack's first line repeats the message (with its params); keep only the frames.
    const frames = e.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 15);
    out.stack = [`${e.name}: ${out.message as string}`, ...frames].join('\n');
  }
  for (const [k, v] of Object.entries(e)) {
    if (k === 'message' || k === 'stack' || k === 'cause') continue;
    out[k] = SECRET_KEYS.has(normKey(k)) || k === 'query' ? REDACTED : redactValue(v, depth + 1, seen);
  }
  const cause = (e as { cause?: unknown }).cause;
  if (cause !== undefined) out.cause = redactValue(cause, depth + 1, seen);
  return out;
}

function redactValue(v: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof v === 'string') return scrubString(v);
  if (v === null || typeof v !== 'object') return v;
  if (depth > 8) return '[depth]';
  if (seen.has(v)) return '[circular]';
  seen.add(v);
  if (v instanceof Error) return redactError(v, depth, seen);
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => redactValue(x, depth + 1, seen));
  if (v instanceof Date) return v;
  if (Buffer.isBuffer(v) || ArrayBuffer.isView(v)) return `[${v.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = SECRET_KEYS.has(normKey(k)) ? REDACTED : redactValue(x, depth + 1, seen);
  return out;
}

/** The object a log call carries, with draft text, CRM values and credentials removed. */
export function redactLogObject(obj: Record<string, unknown>): Record<string, unknown> {
  return redactValue(obj, 0, new WeakSet()) as Record<string, unknown>;
}

export function createLogger(
  level: string,
  base: Record<string, unknown> = {},
  destination?: pino.DestinationStream,
): Logger {
  const opts: pino.LoggerOptions = {
    level,
    base: { service: 'draftgate', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { log: (obj) => redactLogObject(obj) },
    // Errors are already plain, redacted objects (redactError): pino must not re-serialize them.
    serializers: { err: (e: unknown) => e, error: (e: unknown) => e },
    hooks: {
      // The message string of a log call is scrubbed too (a token pasted into a message).
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        // log.error(err) would take err.message (with a driver's params) as the message.
        if (first instanceof Error) {
          const msg = typeof rest[0] === 'string' ? rest[0] : first.message;
          return method.apply(this, [{ err: first }, scrubString(msg), ...rest.slice(typeof rest[0] === 'string' ? 1 : 0)] as unknown as typeof args);
        }
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubString(a) : a)) as typeof args;
        return method.apply(this, scrubbed);
      },
    },
  };
  return destination === undefined ? pino(opts) : pino(opts, destination);
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
