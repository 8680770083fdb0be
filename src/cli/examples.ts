/**
 * One example per command, shown at the end of its `--help`. Keyed by the command's path
 * ("review list"). A command added without an example fails test/unit/cli-help.test.ts.
 */
import type { Command } from 'commander';

export const EXAMPLES: Record<string, string[]> = {
  migrate: ['draftgate migrate --policy policy.yaml'],
  serve: ['PORT=3000 draftgate serve'],
  worker: ['METRICS_PORT=9464 draftgate worker'],
  dev: ['draftgate dev'],
  'import accounts': ['draftgate import accounts book.csv', 'draftgate import accounts export.json --format json'],
  'import history': ['draftgate import history --limit 10'],
  'import show': ['draftgate import show 12'],
  'import rollback': ['draftgate import rollback 12'],
  'import apply': ['draftgate import apply 13 --confirm'],
  'import discard': ['draftgate import discard 13'],
  'audit verify': ['draftgate audit verify'],
  'audit export': ['draftgate audit export --since 7d --format csv --out audit.csv', 'draftgate audit export --subject 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b'],
  scan: ['draftgate scan --accounts book.csv --drafts drafts.jsonl --policy policy.yaml > results.jsonl'],
  'rules test': ['draftgate rules test my-rules.yaml'],
  'rules explain': ['draftgate rules explain "We can keep your 37% discount."', 'draftgate rules explain --drafts drafts.jsonl --accounts book.csv'],
  'rules list': ['draftgate rules list'],
  'policy validate': ['draftgate policy validate policy.yaml'],
  'policy show': ['draftgate policy show > active-policy.yaml'],
  'policy apply': ['draftgate policy apply policy.yaml --comment "raise the review threshold to $75k"'],
  'policy backtest': ['draftgate policy backtest policy.yaml --since 30d'],
  demo: ['npm run demo', 'draftgate demo --exit --accounts 500'],
  bench: ['draftgate bench --only metrics,send'],
  'review list': ['draftgate review list --as U0123ABCD --limit 20'],
  'review show': ['draftgate review show 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b'],
  'review approve': ['draftgate review approve 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b --as U0123ABCD'],
  'review edit': ['draftgate review edit 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b --as U0123ABCD --body-file fixed.txt'],
  'review reject': ['draftgate review reject 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b --as U0123ABCD --reason-category tone --reason "too pushy"'],
  'tokens create': ['draftgate tokens create --name cowork --scopes drafts:write,drafts:read,accounts:read'],
  'tokens list': ['draftgate tokens list'],
  'tokens revoke': ['draftgate tokens revoke cowork'],
  digest: ['draftgate digest --since 7d --json > digest.json'],
  recall: ['draftgate recall template:tpl-flawed --reason "wrong pricing claim"'],
  'guard run': ['draftgate guard run'],
  status: ['draftgate status', 'draftgate status --json | jq .caps'],
  pause: ['draftgate pause template:tpl-7 --reason "bad claim in the template"', 'draftgate pause --reason "incident 42"'],
  resume: ['draftgate resume template:tpl-7'],
  'held list': ['draftgate held list'],
  'held release': ['draftgate held release 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b'],
  'console link': ['draftgate console link --as U0123ABCD'],
  'held cancel': ['draftgate held cancel 3f2b8c1e-5a4d-4e7f-9b0a-1c2d3e4f5a6b'],
};

/** The command's path below the program: "review list". */
export function commandPath(cmd: Command): string {
  const parts: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) parts.unshift(c.name());
  return parts.join(' ');
}

/** Every command without subcommands, depth first. */
export function leafCommands(cmd: Command): Command[] {
  return cmd.commands.length ? cmd.commands.flatMap(leafCommands) : [cmd];
}

/** Append "Example:" to the help of every command that has one. */
export function addExamples(program: Command): void {
  for (const cmd of leafCommands(program)) {
    const ex = EXAMPLES[commandPath(cmd)];
    if (ex) cmd.addHelpText('after', `\nExample${ex.length > 1 ? 's' : ''}:\n${ex.map((e) => `  $ ${e}`).join('\n')}\n`);
  }
}
