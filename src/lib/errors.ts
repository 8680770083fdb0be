/**
 * One error class for verbs, with a code from one union. Each edge maps it exactly once
 * (HTTP → problem+json, MCP → isError result, Slack → ephemeral, worker → retry/unrecoverable).
 * Never classify an error by its message text: switch on `code`.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** JSON-pointer-ish path: "to.email", "drafts[3].body", "line 12" */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number; [k: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/**
 * A verb found, in its own statement, that the token the request came with was revoked; nothing
 * was read for it or written. The adapter answers 401 as for any refused token (and audits it).
 */
export class TokenRevokedError extends AppError {
  constructor(readonly tokenId: string) {
    super('UNAUTHORIZED', 'missing or invalid bearer token');
    this.name = 'TokenRevokedError';
  }
}

/** zod issues → field errors with dotted paths. */
export function zodFieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, prefix = ''): FieldError[] {
  return issues.map((i) => ({
    path: (prefix ? [prefix] : [])
      .concat(i.path.map((p, idx) => (typeof p === 'number' ? `[${p}]` : `${idx || prefix ? '.' : ''}${String(p)}`)).join('').split('\u0000'))
      .join('')
      .replace(/^\./, '') || '(body)',
    message: i.message,
  }));
}

/**
 * Parse a verb's input: the data, or AppError UNPROCESSABLE naming every failing field. The one
 * code for bad input, whichever adapter it came through (REST, MCP, Slack, CLI).
 */
export function parseInput<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } }, input: unknown, what = 'input'): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new AppError('UNPROCESSABLE', `invalid ${what}`, { errors: zodFieldErrors(r.error.issues) });
  return r.data;
}
