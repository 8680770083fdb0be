/**
 * The shipped policy's rule automaton (automaton.ts `AutomatonTables`, as `tablesToBytes` writes
 * them) under the digest of its patterns, or null. From the sources this is null and compile.ts
 * builds the automaton at every start (~100 ms for the built-in rules). `npm run build` replaces
 * the compiled copy of this module (dist/detect/packs/parsed-automaton.js) with one that reads the
 * tables the build made from parsed-automaton.bin beside it; any other policy's patterns have
 * another digest and are built as before.
 */
export const PARSED_AUTOMATON: { readonly key: string; readonly bytes: Uint8Array } | null = null;
