// Child for test/integration/postgres-fix.test.ts: a transaction whose connection is terminated by
// the server while it runs (as when Postgres stops). argv: <url> <fixed|raw>. Prints what happened.
import { register } from 'node:module';

const [url, mode] = process.argv.slice(2);
if (mode === 'fixed') register('../../src/db/postgres-fix-hook.mjs', import.meta.url);
const { default: postgres } = await import('postgres');
const sql = postgres(url, { max: 2, onnotice: () => {}, backoff: () => 0.05 });
const admin = postgres(url, { max: 1, onnotice: () => {} });
for (let i = 0; i < 3; i++) {
  try {
    await sql.begin(async (tx) => {
      const [{ pid }] = await tx`select pg_backend_pid() as pid`;
      await admin`select pg_terminate_backend(${pid})`;
      await new Promise((r) => setTimeout(r, 50));
      await tx`select 1`;
    });
    process.stdout.write('committed\n');
  } catch (e) {
    process.stdout.write(`transaction failed: ${e.code ?? e.name}\n`);
  }
}
await new Promise((r) => setTimeout(r, 300));
const [row] = await Promise.race([sql`select 42 as x`, new Promise((_, rej) => setTimeout(() => rej(new Error('pool hung')), 5000))]);
process.stdout.write(`pool answers ${row.x}\n`);
await Promise.all([sql.end({ timeout: 1 }), admin.end({ timeout: 1 })]);
