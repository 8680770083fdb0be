/** Every CLI command's --help ends with an example; status lists binding caps first. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { commandPath, leafCommands } from '../../src/cli/examples.js';
import { formatStatus } from '../../src/cli/commands/send.js';
import type { Status } from '../../src/reports/status.js';

function helpOf(cmd: ReturnType<typeof buildProgram>): string {
  let out = '';
  cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  cmd.outputHelp();
  return out;
}

describe('CLI help', () => {
  it('every command has a description and an example that runs the command itself', () => {
    const program = buildProgram();
    const leaves = leafCommands(program);
    expect(leaves.length).toBeGreaterThan(25);
    const missing: string[] = [];
    for (const cmd of leaves) {
      const path = commandPath(cmd);
      const help = helpOf(cmd);
      const ok = /\nExamples?:\n/.test(help) && (help.includes(`draftgate ${path}`) || help.includes('npm run'));
      if (!ok) missing.push(path);
    }
    expect(missing).toEqual([]);
  });
});

const status = (caps: Status['caps']): Status => ({
  at: '2026-11-30T10:00:00.000Z',
  queue: { waiting: 0, active: 0, delayed: 1873, failed: 0, completed: 0 },
  drafts: { queued: 1873 },
  pauses: [],
  tiersToday: { blocked: 0, high: 0, low: 0, sampled: 0 },
  limits: { org_per_minute: 120, mailbox_per_day: 150, domain_per_day: 20, unreviewed_per_template_per_hour: 50 },
  caps,
  delayed: [],
  held: [],
  rejectionByTemplate: [],
  alerts: { count: 0, oldest: [], slackConfigured: false },
});

describe('status output', () => {
  it('shows the caps that bind first, however many there are and whatever their names', () => {
    const caps: Status['caps'] = [{ name: 'org', limit: 120, windowMs: 60_000, used: 3 }];
    for (let i = 0; i < 40; i++) caps.push({ name: `domain:a${String(i).padStart(2, '0')}.example`, limit: 20, windowMs: 86_400_000, used: 1 });
    caps.push({ name: 'mailbox:zz@seller.example', limit: 150, windowMs: 86_400_000, used: 150 });
    caps.push({ name: 'template:zz-tpl', limit: 50, windowMs: 3_600_000, used: 50 });
    const lines = formatStatus(status(caps));
    const capLines = lines.filter((l) => l.startsWith('  cap '));
    expect(lines).toContain('caps: 2 of 43 at their limit (sends under them wait)');
    expect(capLines[0]).toMatch(/cap (mailbox:zz@seller\.example: 150\/150|template:zz-tpl: 50\/50).*FULL/);
    expect(capLines[1]).toMatch(/FULL/);
    expect(lines.some((l) => /… \d+ more cap\(s\)/.test(l))).toBe(true);
  });

  it('calls held drafts what `held list` calls them', () => {
    expect(formatStatus(status([])).some((l) => l.startsWith('held (send outcome unknown'))).toBe(true);
  });
});
