/**
 * Slack id formats, defined once: a user id (U… or W… for Enterprise Grid) and a channel id
 * (C…, G… private, D… direct message). Used by the policy schema, the book's owner column, the
 * review and resume verbs and the console sign-in. Pure.
 */
import { z } from 'zod';

export const SLACK_USER_RE = /^[UW][A-Z0-9]{2,}$/;
export const SLACK_USER_MESSAGE = 'expected a Slack user id like U012ABCDEF';
/** A Slack user id, e.g. U012ABCDEF. */
export const SlackUserId = z.string().regex(SLACK_USER_RE, SLACK_USER_MESSAGE);

export const SLACK_CHANNEL_RE = /^[CGD][A-Z0-9]{2,}$/;
/** A Slack channel id, e.g. C012ABCDEF. */
export const SlackChannelId = z.string().regex(SLACK_CHANNEL_RE, 'expected a Slack channel id like C012ABCDEF');
