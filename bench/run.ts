/**
 * `npm run bench`: imports every bench/*.bench.ts, runs its `run()` and writes bench/results.json.
 * Each benchmark reports its figure beside a baseline measured in the same run; nothing here
 * asserts a time (the machines are shared and noisy).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { cpus } from 'node:os';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(DIR, 'results.json');

/** Every key path of a JSON value ("capped.utilization"). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [prefix + k, ...keyPaths(v, `${prefix}${k}.`)]);
}

export async function runBenchmarks(only?: string[]): Promise<void> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const prev = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { benchmarks?: Record<string, unknown> }) : {};
  const results: Record<string, unknown> = { ...(prev.benchmarks ?? {}) };
  for (const f of files) {
    const name = f.replace(/\.bench\.ts$/, '');
    if (only && !only.includes(name)) continue;
    process.stdout.write(`bench ${name}…\n`);
    const mod = (await import(pathToFileURL(join(DIR, f)).href)) as { run: () => Promise<Record<string, unknown>> };
    const t0 = Date.now();
    try {
      results[name] = { ...(await mod.run()), measured_at: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 };
    } catch (e) {
      results[name] = { error: (e as Error).message, measured_at: new Date().toISOString() };
    }
    process.stdout.write(`${JSON.stringify(results[name], null, 2)}\n`);
    // Keys stay stable run to run: say which ones of the last results this run no longer has.
    const lost = keyPaths(prev.benchmarks?.[name]).filter((k) => !keyPaths(results[name]).includes(k));
    if (lost.length > 0) process.stdout.write(`warning: ${name} no longer reports ${lost.join(', ')}\n`);
  }
  const out = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    benchmarks: results,
  };
  writeFileSync(RESULTS, JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(`wrote ${RESULTS}\n`);
}
