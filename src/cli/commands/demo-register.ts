/**
 * `draftgate demo` and `draftgate bench`, registered without loading them: the demo (throwaway
 * servers, web, worker, scenes) and the benchmarks are imported when the command runs.
 */
import type { Command } from 'commander';
import type { DemoOptions } from './demo.js';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('the whole loop on local defaults: throwaway Postgres + Redis, a 4,000-account sample book, web + worker')
    .option('--exit', 'run the scripted loop, print the results and stop')
    .option('--port <port>', 'HTTP port', '3000')
    .option('--accounts <n>', 'size of the generated book', '4000')
    .action(async (o: DemoOptions) => {
      const { runDemo } = await import('./demo.js');
      await runDemo(o);
    });
  program
    .command('bench')
    .description('run every benchmark in bench/ and write bench/results.json')
    .option('--only <names>', 'comma-separated benchmark names')
    .action(async (o: { only?: string }) => {
      // bench/ is TypeScript outside the build (dist/ holds src/ only): compiled code loads it through tsx.
      if (import.meta.url.endsWith('.js')) (await import('tsx/esm/api')).register();
      const runner = '../../../bench/run.js';
      const { runBenchmarks } = (await import(runner)) as { runBenchmarks: (only?: string[]) => Promise<void> };
      await runBenchmarks(o.only?.split(','));
    });
}
