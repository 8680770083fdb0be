import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, builtinPackTexts } from '../../../src/detect/packs/index.js';
import { loadBuiltinPack } from '../../../src/detect/rules/schema.js';

describe('pre-parsed built-in packs (npm run build writes them as JSON)', () => {
  it('a JSON round trip of the parsed packs is the parsed packs, exactly', async () => {
    const parsed = (await builtinPackTexts()).map(loadBuiltinPack);
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
    expect(BUILTIN_PACKS).toStrictEqual(parsed);
  });
});
