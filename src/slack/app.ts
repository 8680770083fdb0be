/**
 * The Slack adapter: the Bolt app on our Hono receiver, mounted at POST /slack/events. It knows no
 * feature: each feature registers its own listeners (review/slack-listeners.ts: review buttons,
 * modals, App Home; guard/slack-listeners.ts: slash commands and alert buttons; console/slack-listeners.ts:
 * /outreach-console).
 */
import { App } from '@slack/bolt';
import type { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { HonoSlackReceiver } from './receiver.js';
import { registerReviewListeners } from '../review/slack-listeners.js';
import { registerGuardListeners } from '../guard/slack-listeners.js';
import { registerConsoleListeners } from '../console/slack-listeners.js';

export interface SlackApp {
  app: App;
  receiver: HonoSlackReceiver;
}

/** Every feature's listeners, in registration order (add new ones here, explicitly). */
const LISTENERS: ReadonlyArray<(app: App, deps: Deps) => void> = [registerReviewListeners, registerGuardListeners, registerConsoleListeners];

export function createSlackApp(deps: Deps): SlackApp | null {
  if (!deps.config.SLACK_SIGNING_SECRET || !deps.config.SLACK_BOT_TOKEN) return null;
  const receiver = new HonoSlackReceiver(deps);
  const app = new App({
    token: deps.config.SLACK_BOT_TOKEN,
    receiver,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: deps.config.SLACK_API_URL, retryConfig: { retries: 0 } },
    // We ack ourselves and never want Bolt to wait past Slack's 3 s.
    processBeforeResponse: false,
  });
  app.error(async (err) => {
    deps.log.error({ err }, 'slack app error');
  });
  for (const register of LISTENERS) register(app, deps);
  return { app, receiver };
}

/** Mount POST /slack/events on the Hono app (503 without Slack credentials). */
export function registerSlackRoutes(http: Hono<any>, deps: Deps): void {
  const slack = createSlackApp(deps);
  http.post('/slack/events', (c) => (slack ? slack.receiver.handle(c) : c.json({ error: 'slack is not configured (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN)' }, 503)));
}
