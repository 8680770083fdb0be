/**
 * Node module hook (registered by src/cli/bin.mjs with module.register) that applies
 * postgres-fix.mjs to postgres.js's connection module as it loads. Other modules pass through.
 */
import { isPostgresConnectionModule, patchPostgresConnection } from './postgres-fix.mjs';

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!isPostgresConnectionModule(url) || loaded.source == null) return loaded;
  const text = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source).toString('utf8');
  const { source, applied } = patchPostgresConnection(text);
  return applied ? { ...loaded, source, shortCircuit: true } : loaded;
}
