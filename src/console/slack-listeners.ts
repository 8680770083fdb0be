/**
 * The console's Slack listener, registered on the Bolt app by src/slack/app.ts:
 * - /outreach-console → createSignInLink for the Slack user who typed it; the answer is the ack
 *   itself, ephemeral (only that user sees the link). The link is single use, bound to that user
 *   id, valid 10 minutes; what the user may do once signed in comes from the policy (roles).
 * Errors map once, here: AppError → ephemeral text; anything else is logged and answered with a
 * generic failure (nothing was created).
 */
import type { App } from '@slack/bolt';
import type { Deps } from '../deps.js';
import { isAppError } from '../lib/errors.js';
import { createSignInLink } from './sessions.js';

export function registerConsoleListeners(app: App, deps: Deps): void {
  app.command('/outreach-console', async ({ command, ack }) => {
    try {
      const link = await createSignInLink(deps, command.user_id);
      await ack({
        response_type: 'ephemeral',
        text: `Your one-time sign-in link to the draftgate console (works once, for you only, until ${link.expiresAt.toISOString().slice(11, 16)} UTC): <${link.url}|open the console>`,
      });
    } catch (e) {
      if (isAppError(e)) return ack({ response_type: 'ephemeral', text: e.message });
      deps.log.error({ err: e }, 'console link failed');
      await ack({ response_type: 'ephemeral', text: 'Could not create a sign-in link; try again, or ask an owner to run `draftgate console link --as <your Slack id>`.' });
    }
  });
}
