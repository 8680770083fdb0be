/**
 * The Postgres settings "nothing is sent twice" rests on. The send claim must be durable before
 * the transport call: with `synchronous_commit = off` a Postgres crash forgets claims the worker
 * was told had committed, the reconciler re-queues the draft, and it is delivered a second time.
 * With `fsync = off` the same happens when the machine (not only Postgres) goes down.
 * `serve`, `worker` and `dev` read these once at start and log a warning for each that is off.
 */
import type postgres from 'postgres';

export interface DurabilityReport {
  synchronousCommit: string;
  fsync: string;
  /** One sentence per setting that weakens exactly-once sending; empty when durable. */
  problems: string[];
}

export async function readDurability(sql: postgres.Sql): Promise<DurabilityReport> {
  const [row] = await sql<Array<{ sc: string; fsync: string }>>`
    select current_setting('synchronous_commit') as sc, current_setting('fsync') as fsync`;
  const synchronousCommit = row!.sc;
  const fsync = row!.fsync;
  const problems: string[] = [];
  if (synchronousCommit === 'off') {
    problems.push('synchronous_commit is off: a Postgres crash can forget a send claim and the draft can be delivered twice; set synchronous_commit = on (docs/operations.md)');
  }
  if (fsync === 'off') {
    problems.push('fsync is off: a machine crash can forget a send claim and the draft can be delivered twice; set fsync = on (docs/operations.md)');
  }
  return { synchronousCommit, fsync, problems };
}
