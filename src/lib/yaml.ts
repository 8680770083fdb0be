/**
 * The `yaml` package, loaded on first use. Modules on `draftgate scan`'s path (the policy, rule
 * and mapping schemas) only need a YAML parser when they are given YAML to read; the compiled CLI
 * reads the shipped policy and packs already parsed (build.mjs), so loading the parser at import
 * (about 30 ms) would be wasted there. `yaml` is CommonJS: `require` returns the same module an
 * `import` would.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

export function yaml(): Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as Yaml);
}
