/** tokens create|list|revoke: API tokens for REST and the MCP connector. The secret is printed once. */
import type { Command } from 'commander';
import type { Scope } from '../../tokens/tokens.js';
import { SCOPES } from '../../tokens/scopes.js';
import { cliActor, printAppError, withDeps } from '../context.js';

export function registerTokenCommands(program: Command): void {
  const tokens = program.command('tokens').description('API tokens for the REST API and the MCP connector');
  tokens
    .command('create')
    .description(`create a token and print its secret once (scopes: ${SCOPES.join(', ')})`)
    .requiredOption('--name <name>', 'a name to recognise the token by, e.g. cowork')
    .requiredOption('--scopes <list>', 'comma-separated scopes, e.g. drafts:write,drafts:read,accounts:read')
    .option('--workflows <list>', 'comma-separated workflows this token may act for (default: any)')
    .option('--rate <perMinute>', 'requests per minute before 429 (default: TOKEN_RATE_PER_MINUTE)')
    .option('--rotate', 'a new token for a client that already has one (same name = same client: retries stay idempotent); revoke the old one after')
    .action(async (o: { name: string; scopes: string; workflows?: string; rate?: string; rotate?: boolean }) => {
      const { createToken } = await import('../../tokens/tokens.js');
      await withDeps(async (deps) => {
        const { token, secret } = await createToken(
          deps.db,
          {
            name: o.name,
            scopes: o.scopes.split(',').map((s) => s.trim()).filter(Boolean) as Scope[],
            workflows: o.workflows?.split(',').map((s) => s.trim()).filter(Boolean) ?? [],
            ...(o.rate ? { ratePerMinute: Number(o.rate) } : {}),
            rotate: o.rotate === true,
          },
          cliActor(),
        );
        process.stdout.write(`created token ${token.name} (${token.id}) scopes ${token.scopes.join(',')}\n`);
        process.stdout.write(`secret (shown once, store it now): ${secret}\n`);
      }).catch(printAppError);
    });
  tokens
    .command('list')
    .description('list tokens (never their secrets)')
    .action(async () => {
      const { listTokens } = await import('../../tokens/tokens.js');
      await withDeps(async (deps) => {
        for (const t of await listTokens(deps.db)) {
          const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active';
          process.stdout.write(`${t.id}  ${t.name.padEnd(16)} ${t.prefix}…  ${t.scopes.join(',')}  ${state}  last used ${t.lastUsedAt?.toISOString() ?? 'never'}\n`);
        }
      }).catch(printAppError);
    });
  tokens
    .command('revoke <idOrName>')
    .description('revoke a token by id or name (takes effect within seconds)')
    .action(async (idOrName: string) => {
      const { revokeToken } = await import('../../tokens/tokens.js');
      await withDeps(async (deps) => {
        for (const t of await revokeToken(deps.db, idOrName, cliActor())) process.stdout.write(`revoked ${t.name} (${t.id})\n`);
      }).catch(printAppError);
    });
}
