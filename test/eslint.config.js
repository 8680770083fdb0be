// ESLint flat config. It holds the floor plan (DESIGN §3, CONTRIBUTING.md "Floor plan"): which
// folder may import which. `npm run lint` runs it; test/unit/architecture.test.ts runs it in the
// test suite. Rules are `no-restricted-imports` regexes over the import path, so they hold at any
// folder depth ('../send/x.js', '../../send/x.js').
//
// ESLint keeps only the LAST config's options for a rule, so every folder gets exactly one
// no-restricted-imports entry, assembled below from the rules that apply to it.
import tseslint from 'typescript-eslint';

const IO_MODULES = ['postgres', 'ioredis', 'bullmq', 'hono', 'hono/*', '@hono/*', '@slack/*', 'drizzle-orm', 'drizzle-orm/*', 'nodemailer', '@modelcontextprotocol/*', 'pino', 'prom-client', 'playwright-core'];
const NODE_IO = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:https', 'node:child_process', 'node:dgram', 'node:worker_threads', 'fs', 'net', 'http', 'https', 'child_process'];

/** An import of folder `name` under src/, from any depth (not a same-named subfolder of the importer). */
const folder = (...names) => `^(\\.\\./)+(${names.join('|')})/`;

// Adapters translate a protocol and call verbs/reports. src/slack/client.ts (the Web API seam) and
// src/slack/mrkdwn.ts (pure text helpers) are the two slack/ modules features may use.
const ADAPTERS = { regex: `${folder('http', 'mcp', 'console', 'cli')}|^(\\.\\./)+slack/(?!client\\.js$|mrkdwn\\.js$)`, message: 'features never import an adapter (http, mcp, slack, console, cli): move the thing down, not the import up.' };
const ROOTS = { regex: '^(\\.\\./)+(deps|worker)\\.js$', allowTypeImports: true, message: 'deps.ts and worker.ts are composition roots: import types only; take clients from the deps you are given.' };
// Slack listeners (review/, guard/ *slack-listeners.ts) are adapter code kept with their feature; they run afterCommit.
// Slack listeners (review/ and guard/ slack-listeners.ts) are adapter code kept with their feature:
// they, like the adapters, run afterCommit; drafts/ never does.
const EFFECTS = { regex: '^(\\.\\./)+effects\\.js$', message: 'verbs return effects; the adapter runs them (src/effects.ts sits above the features).' };
const NO_REVIEW = { regex: folder('review'), message: 'guard/ and send/ never import review/.' };
const DRAFTS_ONLY_DOWN = { regex: folder('send', 'review', 'guard', 'reports', 'slack', 'http', 'mcp', 'console', 'cli'), message: 'drafts/ imports nothing above itself (send, review, guard, reports, slack, http, mcp, console, cli).' };
// reports/ (read models for the CLI, /v1/status, metrics, console) sits above the features: a
// feature never imports it. Only the Slack listeners (adapter code kept with their feature) may,
// e.g. guard/slack-listeners.ts answers /outreach-status with reports/status.ts.
const NO_REPORTS = { regex: folder('reports'), message: 'features never import reports/ (it sits above them); only adapters and the Slack listeners do.' };
const NO_HTTP = { regex: folder('http'), message: 'mcp/ never imports http/: shared pieces live below both (tokens/auth.ts, the verbs).' };
const PURE = [
  { group: [...IO_MODULES, ...NODE_IO], message: 'src/detect and src/policy are pure: no I/O imports (DESIGN §3).' },
  { regex: `${folder('db', 'http', 'send', 'review', 'guard', 'mcp', 'cli', 'slack', 'console', 'reports', 'accounts', 'drafts', 'tokens', 'audit', 'policy-store')}|^(\\.\\./)+(deps|config|worker|effects)\\.js$`, message: 'the pure core may not import the I/O shell.' },
];

const restrict = (files, patterns, extra = {}) => ({
  files,
  languageOptions: { parser: tseslint.parser },
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'bench/results.json'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {},
  },
  // Features.
  restrict(['src/drafts/**/*.ts'], [DRAFTS_ONLY_DOWN, ROOTS, EFFECTS]),
  restrict(['src/guard/**/*.ts', 'src/send/**/*.ts'], [NO_REVIEW, NO_REPORTS, ADAPTERS, ROOTS]),
  restrict(['src/review/**/*.ts', 'src/accounts/**/*.ts', 'src/tokens/**/*.ts', 'src/audit/**/*.ts', 'src/policy-store/**/*.ts', 'src/db/**/*.ts', 'src/lib/**/*.ts'], [NO_REPORTS, ADAPTERS, ROOTS]),
  restrict(['src/reports/**/*.ts'], [ADAPTERS, ROOTS]),
  // The Slack listeners are adapter code kept with their feature: they may use reports/.
  restrict(['src/guard/slack-listeners.ts'], [NO_REVIEW, ADAPTERS, ROOTS]),
  restrict(['src/review/slack-listeners.ts'], [ADAPTERS, ROOTS]),
  // Adapters.
  restrict(['src/mcp/**/*.ts'], [NO_HTTP]),
  // The pure core.
  restrict(['src/detect/**/*.ts', 'src/policy/**/*.ts'], PURE, {
    'no-restricted-globals': ['error', { name: 'process', message: 'the pure core reads no environment.' }, { name: 'fetch', message: 'the pure core does no I/O.' }],
  }),
);
