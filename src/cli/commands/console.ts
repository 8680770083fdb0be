/** console link --as U…: a one-time sign-in link to the RevOps console (the terminal's /outreach-console). */
import type { Command } from 'commander';
import { printAppError, withDeps } from '../context.js';

export function registerConsoleCommands(program: Command): void {
  const con = program.command('console').description('the RevOps console at /console');
  con
    .command('link')
    .description('print a one-time sign-in link for a Slack user (single use, expires in 10 minutes; PUBLIC_URL is its base)')
    .requiredOption('--as <slackUserId>', 'the Slack user id to sign in as, e.g. U012ABCDEF (their role comes from the policy)')
    .action(async (o: { as: string }) => {
      const { createSignInLink } = await import('../../console/sessions.js');
      await withDeps(async (deps) => {
        const link = await createSignInLink(deps, o.as.trim());
        process.stdout.write(`${link.url}\n`);
        process.stderr.write(`one-time link for ${o.as.trim()}, valid until ${link.expiresAt.toISOString()}\n`);
      }).catch(printAppError);
    });
}
