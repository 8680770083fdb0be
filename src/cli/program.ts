/** The draftgate command tree, built without parsing (main.ts parses; tests inspect it). */
import { Command } from 'commander';
import { registerCoreCommands } from './commands/core.js';
import { registerPolicyCommands } from './commands/policy.js';
import { registerDemoCommands } from './commands/demo-register.js';
import { registerReviewCommands } from './commands/review.js';
import { registerTokenCommands } from './commands/tokens.js';
import { registerGuardCommands } from './commands/guard.js';
import { registerSendCommands } from './commands/send.js';
import { registerConsoleCommands } from './commands/console.js';
import { registerImportCommands } from './commands/imports.js';
import { registerRulesCommands } from './commands/rules-register.js';
import { addExamples } from './examples.js';

export function buildProgram(): Command {
  const program = new Command('draftgate')
    .description('Governs what an AI sales agent sends: scan, tier, review in Slack, rate-limited send, kill switch, audit trail.')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: false });
  registerCoreCommands(program);
  registerImportCommands(program);
  registerPolicyCommands(program);
  registerDemoCommands(program);
  registerReviewCommands(program);
  registerTokenCommands(program);
  registerGuardCommands(program);
  registerSendCommands(program);
  registerConsoleCommands(program);
  registerRulesCommands(program);
  addExamples(program);
  return program;
}
