// ESLint flat config. The rule that matters most: the pure core (src/detect, src/policy) imports
// no I/O. `npm run lint` runs it; test/unit/architecture.test.ts runs it in the test suite.
import tseslint from 'typescript-eslint';

const IO_MODULES = ['postgres', 'ioredis', 'bullmq', 'hono', 'hono/*', '@hono/*', '@slack/*', 'drizzle-orm', 'drizzle-orm/*', 'nodemailer', '@modelcontextprotocol/*', 'pino', 'prom-client'];
const NODE_IO = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:https', 'node:child_process', 'node:dgram', 'node:worker_threads', 'fs', 'net', 'http', 'https', 'child_process'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'bench/results.json'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {},
  },
  {
    files: ['src/detect/**/*.ts', 'src/policy/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...IO_MODULES, ...NODE_IO], message: 'src/detect and src/policy are pure: no I/O imports (DESIGN §3).' },
            { group: ['../db/*', '../http/*', '../send/*', '../review/*', '../guard/*', '../mcp/*', '../cli/*', '../deps.js', '../config.js'], message: 'the pure core may not import the I/O shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'the pure core reads no environment.' }, { name: 'fetch', message: 'the pure core does no I/O.' }],
    },
  },
);
