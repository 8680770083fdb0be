/**
 * `draftgate rules test|explain|list`, registered without loading the rule packs: the commands
 * (./rules.ts) are imported when one runs, so `draftgate --help` and other commands never parse them.
 */
import type { Command } from 'commander';

const loadRules = () => import('./rules.js');

export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('detection rules: run their examples, explain what fired, list them');
  rules
    .command('test [file]')
    .description("run every rule's examples (built-ins plus FILE's rules, or the policy's); prints failures, exits 1 on any")
    .option('--policy <file>', 'policy whose rules: to test when FILE is not given (default: the shipped policy)')
    .action(async (file: string | undefined, o: { policy?: string }) => {
      process.exitCode = await (await loadRules()).runRulesTest({ ...(file === undefined ? {} : { file }), ...o }, process.stdout, process.stderr);
    });
  rules
    .command('explain [sentence]')
    .description('which rule fired where and why, for a sentence or every draft of a JSONL file')
    .option('--drafts <file>', 'drafts, one JSON object per line (DESIGN §5 Draft in)')
    .option('--accounts <file>', 'accounts book for --drafts (.csv or .json); without it each draft gets a stand-in account')
    .option('--policy <file>', 'policy YAML (default: the shipped policy)')
    .action(async (sentence: string | undefined, o: { drafts?: string; accounts?: string; policy?: string }) => {
      process.exitCode = await (await loadRules()).runRulesExplain({ ...(sentence === undefined ? {} : { sentence }), ...o }, process.stdout, process.stderr);
    });
  rules
    .command('list')
    .description('every rule id with its pack, kind and severity under the policy')
    .option('--policy <file>', 'policy YAML (default: the shipped policy)')
    .option('--markdown', 'one Markdown table per pack, with what each rule catches (as in docs/rules.md)')
    .action(async (o: { policy?: string; markdown?: boolean }) => {
      process.exitCode = await (await loadRules()).runRulesList(o, process.stdout, process.stderr);
    });
}
