/**
 * RFC 9457 problem+json: the one place errors become HTTP. Detail never leaks internals:
 * 401/403 say only what is missing; 500 says nothing but a request id.
 */
import type { Context } from 'hono';
import { AppError, type FieldError } from '../lib/errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [k: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemResponse(c: Context, err: AppError): Response {
  const body: Problem = {
    type: `https://draftgate.dev/problems/${err.code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[err.status] ?? 'Error',
    status: err.status,
    detail: err.message,
    instance: c.req.path,
    code: err.code,
  };
  if (err.extra.errors) body.errors = err.extra.errors;
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (err.extra.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(err.extra.retryAfterSeconds)));
  return new Response(JSON.stringify(body), { status: err.status, headers });
}
