/**
 * The Slack Web API seam: the one place a WebClient is made (the composition root calls
 * createSlackClient) and the one place Slack's error codes are read. Features that talk to Slack
 * (the slack-post worker, alerts) use the client from deps and these classifiers; nothing else.
 * Base URL from SLACK_API_URL so tests and proxies point it elsewhere. Rate-limited calls are
 * rejected, not slept on inside the client: the slack-post worker turns a 429 into
 * `worker.rateLimit(retryAfter)` so other channels keep flowing. No automatic retries either: a
 * retried chat.postMessage whose first response was lost would post twice; BullMQ retries the job,
 * which checks the stored ts first.
 */
import { LogLevel, WebClient, ErrorCode, type WebAPICallResult } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';

export function createSlackClient(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>, log?: Logger): WebClient | null {
  if (!config.SLACK_BOT_TOKEN) return null;
  return new WebClient(config.SLACK_BOT_TOKEN, {
    slackApiUrl: config.SLACK_API_URL,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
    logLevel: LogLevel.ERROR,
    ...(log ? { logger: slackLogger(log) } : {}),
  });
}

function slackLogger(log: Logger) {
  let level = LogLevel.ERROR;
  return {
    debug: (...m: unknown[]) => log.debug({ slack: m }, 'slack'),
    info: (...m: unknown[]) => log.info({ slack: m }, 'slack'),
    warn: (...m: unknown[]) => log.warn({ slack: m }, 'slack'),
    error: (...m: unknown[]) => log.error({ slack: m }, 'slack'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Seconds to wait when `e` is Slack's rate-limit rejection (HTTP 429), else null. Classified by code, never by message. */
export function rateLimitedSeconds(e: unknown): number | null {
  const err = e as { code?: string; retryAfter?: number };
  return err?.code === ErrorCode.RateLimitedError ? Math.max(1, Number(err.retryAfter ?? 1)) : null;
}

/** The Slack platform error string (`channel_not_found`, …) of a failed call, else null. */
export function platformError(e: unknown): string | null {
  const err = e as { code?: string; data?: WebAPICallResult & { error?: string } };
  return err?.code === ErrorCode.PlatformError ? String(err.data?.error ?? 'unknown') : null;
}
