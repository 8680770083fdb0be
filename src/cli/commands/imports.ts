/**
 * `draftgate import history | show N | rollback N | apply N --confirm | discard N`: the book's
 * imports, their diffs, undoing one, and confirming (or dropping) a staged one. Each calls one verb
 * of src/accounts/snapshots.ts; `import accounts FILE` itself lives in core.ts.
 */
import type { Command } from 'commander';
import { cliActor, fail, printAppError, withDeps } from '../context.js';

const importId = (raw: string): number => {
  if (!/^\d+$/.test(raw.trim())) fail(`"${raw}" is not an import number (see \`draftgate import history\`)`);
  return Number(raw);
};

const who = (actor: unknown) => {
  const a = actor as { type?: string; user?: string; name?: string; component?: string };
  return a.type === 'cli' ? `cli:${a.user}` : a.type === 'token' ? `token:${a.name}` : a.type === 'system' ? `system:${a.component}` : (a.type ?? '?');
};

export function registerImportCommands(program: Command): void {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('import data');
  imp
    .command('history')
    .description('the latest imports: who, when, status, accounts added / changed, do-not-contact and strategic flips')
    .option('--limit <n>', 'at most n', '20')
    .action(async (o: { limit: string }) => {
      const { listImports } = await import('../../accounts/snapshots.js');
      await withDeps(async (deps) => {
        const rows = await listImports(deps.db, { limit: Math.min(Math.max(1, Number(o.limit) || 20), 500) });
        if (!rows.length) process.stdout.write('no imports yet\n');
        for (const r of rows) {
          const s = r.summary;
          const flips = [s.doNotContactLifted.length ? `DO-NOT-CONTACT LIFTED ×${s.doNotContactLifted.length}` : '', s.doNotContactSet.length ? `do-not-contact set ×${s.doNotContactSet.length}` : '', s.strategicOn.length || s.strategicOff.length ? `strategic +${s.strategicOn.length}/-${s.strategicOff.length}` : ''].filter(Boolean).join(', ');
          process.stdout.write(`#${r.id}  ${r.status.padEnd(11)}  ${r.createdAt.slice(0, 19)}Z  ${who(r.actor)}  ${s.total} rows: ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged, ${s.removed} removed${flips ? `  [${flips}]` : ''}${r.stagedReason ? `\n      staged: ${r.stagedReason}` : ''}\n`);
        }
      }).catch(printAppError);
    });
  imp
    .command('show <n>')
    .description("one import's diff: every account added or changed, field by field (sensitive values hidden)")
    .option('--json', 'print JSON')
    .action(async (n: string, o: { json?: boolean }) => {
      const id = importId(n);
      const { showImport } = await import('../../accounts/snapshots.js');
      await withDeps(async (deps) => {
        const d = await showImport(deps.db, id);
        if (o.json) return void process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
        const s = d.summary;
        process.stdout.write(`import #${d.id}  ${d.status}  by ${who(d.actor)} at ${d.createdAt}\n`);
        process.stdout.write(`${s.added} added, ${s.changed} changed (${(s.shareChanged * 100).toFixed(1)}% of ${s.bookSizeBefore}), ${s.unchanged} unchanged, ${s.removed} removed\n`);
        if (d.stagedReason) process.stdout.write(`staged because ${d.stagedReason}\n`);
        if (s.doNotContactLifted.length) process.stdout.write(`DO-NOT-CONTACT LIFTED: ${s.doNotContactLifted.join(', ')}\n`);
        if (s.doNotContactSet.length) process.stdout.write(`do-not-contact set: ${s.doNotContactSet.join(', ')}\n`);
        if (s.strategicOn.length) process.stdout.write(`strategic on: ${s.strategicOn.join(', ')}\n`);
        if (s.strategicOff.length) process.stdout.write(`strategic off: ${s.strategicOff.join(', ')}\n`);
        for (const c of d.changes.slice(0, 200)) {
          process.stdout.write(c.kind === 'added' ? `+ ${c.id}\n` : `~ ${c.id}: ${c.fields.map((f) => `${f.field} ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`).join('; ')}\n`);
        }
        if (d.changes.length > 200) process.stdout.write(`… ${d.changes.length - 200} more (--json lists all)\n`);
      }).catch(printAppError);
    });
  imp
    .command('rollback <n>')
    .description('restore the accounts an applied import changed, as they were before it (one audited transaction)')
    .action(async (n: string) => {
      const id = importId(n);
      const { rollbackImport } = await import('../../accounts/snapshots.js');
      await withDeps(async (deps) => {
        const r = await rollbackImport(deps.db, { id, actor: cliActor() });
        process.stdout.write(`rolled back import #${r.importId}: ${r.restored} account(s) restored, ${r.deleted} added account(s) removed\n`);
      }).catch(printAppError);
    });
  imp
    .command('apply <n>')
    .description('apply a staged import (an owner confirms it); without --confirm, say what it would do')
    .option('--confirm', 'apply it now')
    .action(async (n: string, o: { confirm?: boolean }) => {
      const id = importId(n);
      const { confirmImport, showImport } = await import('../../accounts/snapshots.js');
      await withDeps(async (deps) => {
        if (!o.confirm) {
          const d = await showImport(deps.db, id);
          process.stdout.write(`import #${d.id} is ${d.status}${d.stagedReason ? ` (${d.stagedReason})` : ''}: ${d.summary.added} to add, ${d.changes.filter((c) => c.kind === 'changed').length} to change. Run again with --confirm to apply it.\n`);
          return;
        }
        const r = await confirmImport(deps.db, { id, actor: cliActor() });
        process.stdout.write(`applied import #${r.importId}: ${r.inserted} inserted, ${r.updated} updated (roll back with \`draftgate import rollback ${r.importId}\`)\n`);
      }).catch(printAppError);
    });
  imp
    .command('discard <n>')
    .description('drop a staged import; nothing is applied')
    .action(async (n: string) => {
      const id = importId(n);
      const { discardImport } = await import('../../accounts/snapshots.js');
      await withDeps(async (deps) => {
        await discardImport(deps.db, { id, actor: cliActor() });
        process.stdout.write(`discarded import #${id}\n`);
      }).catch(printAppError);
    });
}
