/** House rules that a grep or a lint rule can hold (STYLE.md), checked in the suite. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('the floor plan holds: imports only point down, the pure core imports no I/O (lint rules)', async () => {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'test/eslint.config.js') });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${relative(ROOT, r.filePath)}:${m.line} ${m.message}`));
    expect(errors).toEqual([]);
  }, 120_000);

  it('the floor-plan rules bite (a known violation per rule is reported)', async () => {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'test/eslint.config.js') });
    const cases: Array<[file: string, code: string]> = [
      ['src/drafts/x.ts', "import { a } from '../send/queue.js';"],
      ['src/drafts/x.ts', "import { a } from '../effects.js';"],
      ['src/guard/x.ts', "import { a } from '../review/queue.js';"],
      ['src/send/fence/x.ts', "import { a } from '../../review/blocks.js';"],
      ['src/review/x.ts', "import { createDeps } from '../deps.js';"],
      ['src/send/x.ts', "import { startWorkerProcess } from '../worker.js';"],
      ['src/guard/x.ts', "import { createSlackApp } from '../slack/app.js';"],
      ['src/reports/x.ts', "import { a } from '../http/problem.js';"],
      ['src/mcp/x.ts', "import { a } from '../http/problem.js';"],
      ['src/policy/x.ts', "import { Redis } from 'ioredis';"],
      ['src/policy/anomaly/x.ts', "import { a } from '../../db/client.js';"],
      ['src/guard/x.ts', "import { getStatus } from '../reports/status.js';"],
      ['src/drafts/x.ts', "import { getStatus } from '../reports/status.js';"],
    ];
    for (const [file, code] of cases) {
      const [r] = await eslint.lintText(code, { filePath: join(ROOT, file) });
      expect(r!.messages.map((m) => m.ruleId), `${file}: ${code}`).toContain('no-restricted-imports');
    }
    const allowed: Array<[file: string, code: string]> = [
      ['src/review/x.ts', "import type { Deps } from '../deps.js';"],
      ['src/guard/x.ts', "import { clip } from '../slack/mrkdwn.js';"],
      ['src/review/x.ts', "import { platformError } from '../slack/client.js';"],
      ['src/send/x.ts', "import { a } from './worker.js';"],
      ['src/guard/slack-listeners.ts', "import { getStatus } from '../reports/status.js';"],
    ];
    for (const [file, code] of allowed) {
      const [r] = await eslint.lintText(code, { filePath: join(ROOT, file) });
      expect(r!.messages, `${file}: ${code}`).toEqual([]);
    }
  }, 60_000);

  it('only src/config.ts reads process.env', () => {
    const offenders = files(join(ROOT, 'src')).filter((f) => !f.endsWith('src/config.ts') && /process\.env/.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('only src/drafts/lifecycle.ts assigns a draft status', () => {
    const re = /status:\s*['"](received|blocked|pending_review|approved|rejected|expired|queued|sending|sent|failed|held|cancelled)['"]/;
    const offenders = files(join(ROOT, 'src'))
      .filter((f) => !f.endsWith('src/drafts/lifecycle.ts'))
      .filter((f) => {
        // A status literal written into the drafts table (sends.status etc. are other tables).
        const lines = readFileSync(f, 'utf8').split('\n');
        return lines.some((l, i) => re.test(l) && /(update|insert)\(drafts\b/.test(lines.slice(Math.max(0, i - 4), i + 1).join('\n')));
      });
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
