/**
 * Demo scene "explain": the RevOps owner's two questions about one sentence, answered by
 * `draftgate rules explain` (the command itself, in this process): which rules fired where and
 * why, and, when nothing fired, what the sentence model read over its bar and let through, with
 * its reason ("sourced to the prospect").
 */
import { Writable } from 'node:stream';
import { runRulesExplain } from '../commands/rules.js';

/** One sentence that fires several tone rules, one whose claim the model reads and lets through. */
export const EXPLAIN_SENTENCES = [
  'Only two onboarding slots are left this quarter, so I need your answer by Friday.',
  'As you shared, you just closed a Series B, so hiring is the priority.',
] as const;

export async function explainScene(out: (line: string) => void): Promise<void> {
  for (const sentence of EXPLAIN_SENTENCES) {
    let text = '';
    const sink = new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        text += String(chunk);
        cb();
      },
    });
    const code = await runRulesExplain({ sentence }, sink, sink);
    const lines = text.trimEnd().split('\n');
    out(`explain: npx draftgate rules explain ${JSON.stringify(sentence)}${code === 0 ? '' : ` (exit ${code})`}`);
    for (const line of lines.slice(1)) out(`explain: ${line}`);
  }
}
