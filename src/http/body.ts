/**
 * Request bodies: every rejection happens before any write.
 *   415 wrong Content-Type · 413 over MAX_BODY_BYTES (a declared Content-Length is checked before
 *   reading and bounds the read; a chunked body is counted while streaming and cut off) · 400 malformed JSON ·
 *   422 every failing field path (when a schema is given).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, zodFieldErrors } from '../lib/errors.js';
import { charsetOf, decodeText } from '../lib/text-encoding.js';

/** @hono/node-server passes the Node request as `env.incoming`. */
function fromNodeServer(c: Context): boolean {
  const env: unknown = c.env;
  return typeof env === 'object' && env !== null && 'incoming' in env;
}

async function readLimited(c: Context, maxBytes: number): Promise<string>;
async function readLimited(c: Context, maxBytes: number, bytes: true): Promise<Uint8Array>;
async function readLimited(c: Context, maxBytes: number, bytes = false): Promise<string | Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${maxBytes} bytes`);
  }
  // Behind Node's HTTP server a declared length bounds the body (the parser reads exactly that many
  // bytes), so the adapter's direct read, without a web stream in between, is safe and cheaper.
  // A chunked body, or a Request built in process (app.request), is counted while it streams.
  if (declared !== undefined && fromNodeServer(c)) return bytes ? new Uint8Array(await c.req.arrayBuffer()) : c.req.text();
  const body = c.req.raw.body;
  if (!body) return bytes ? new Uint8Array(0) : '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = Buffer.concat(chunks);
  return bytes ? all : all.toString('utf8');
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

const isJson = (t: string) => t === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(t);

/** Parse a JSON body; with a schema, validate it (422 listing every failing path). */
export async function readJson(c: Context, maxBytes: number): Promise<unknown>;
export async function readJson<S extends z.ZodType>(c: Context, maxBytes: number, schema: S): Promise<z.output<S>>;
export async function readJson(c: Context, maxBytes: number, schema?: z.ZodType): Promise<unknown> {
  if (!isJson(mediaType(c))) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
  const text = await readLimited(c, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'request body is not valid JSON');
  }
  if (!schema) return value;
  const res = schema.safeParse(value);
  if (!res.success) throw new AppError('UNPROCESSABLE', 'request body failed validation', { errors: zodFieldErrors(res.error.issues) });
  return res.data;
}

/**
 * A CSV or JSON document body (account import), decoded as its Content-Type's charset says, else
 * as UTF-8 or UTF-16 by its bytes, else as Windows-1252 (lib/text-encoding.ts): `encoding` says which.
 */
export async function readDocument(c: Context, maxBytes: number): Promise<{ format: 'csv' | 'json'; text: string; encoding: string }> {
  const t = mediaType(c);
  const format = isJson(t) ? 'json' : t === 'text/csv' || t === 'application/csv' ? 'csv' : null;
  if (!format) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be text/csv or application/json');
  const decoded = decodeText(await readLimited(c, maxBytes, true), charsetOf(c.req.header('content-type')));
  if (!decoded.ok) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Content-Type: ${decoded.error}`);
  const { text, encoding } = decoded;
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch {
      throw new AppError('BAD_REQUEST', 'request body is not valid JSON');
    }
  }
  return { format, text, encoding };
}
