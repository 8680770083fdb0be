/**
 * The one place a Slack Web API client is made (composition root calls createSlackClient).
 * Base URL from SLACK_API_URL so tests and proxies point it elsewhere. Rate-limited calls are
 * rejected, not slept on inside the client: the slack-post worker turns a 429 into
 * `worker.rateLimit(retryAfter)` so other channels keep flowing. No automatic retries either: a
 * retried chat.postMessage whose first response was lost would post twice; BullMQ retries the job,
 * which checks the stored ts first.
 */
import { LogLevel, WebClient, ErrorCode, type WebAPICallResult } from '@slack/web-api';
import type { Config } from '../../config.js';
import type { Deps } from '../../deps.js';
import type { Logger } from '../../lib/logger.js';
import { getActivePolicy } from '../../policy-store/store.js';

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

/**
 * Post to the policy's alert channel (guard, send and slash commands call this). Returns where it
 * landed, or null when Slack is not configured or no alert channel is set (logged, never thrown:
 * an alert must not fail the pause that caused it).
 */
export async function postAlert(
  deps: Pick<Deps, 'db' | 'slack' | 'log'>,
  input: { text: string; blocks?: Array<Record<string, unknown>>; channel?: string },
): Promise<{ channel: string; ts: string } | null> {
  const channel = input.channel ?? (await getActivePolicy(deps.db)).policy.review.alert_channel;
  if (!deps.slack || !channel) {
    deps.log.info({ alert: input.text, channel: channel ?? null }, 'alert not posted to Slack (no client or no review.alert_channel)');
    return null;
  }
  try {
    const r = await deps.slack.chat.postMessage({ channel, text: input.text, ...(input.blocks ? { blocks: input.blocks as never } : {}), unfurl_links: false, unfurl_media: false });
    return { channel: String(r.channel ?? channel), ts: String(r.ts) };
  } catch (err) {
    deps.log.warn({ err, channel }, 'alert post failed');
    return null;
  }
}
