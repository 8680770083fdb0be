/** The draftgate CLI. Each command group lives in commands/<group>.ts and calls verbs, nothing more. */
import { Command } from 'commander';
import { registerCoreCommands } from './commands/core.js';
import { registerPolicyCommands } from './commands/policy.js';
import { registerDemoCommands } from './commands/demo.js';
import { registerReviewCommands } from './commands/review.js';
import { registerTokenCommands } from './commands/tokens.js';
import { registerGuardCommands } from './commands/guard.js';
import { registerSendCommands } from './commands/send.js';

const program = new Command('draftgate')
  .description('Governs what an AI sales agent sends: scan, tier, review in Slack, rate-limited send, kill switch, audit trail.')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

registerCoreCommands(program);
registerPolicyCommands(program);
registerDemoCommands(program);
registerReviewCommands(program);
registerTokenCommands(program);
registerGuardCommands(program);
registerSendCommands(program);

await program.parseAsync(process.argv);
