// `npm run build`: compile src/ to dist/ (tsconfig.build.json), copy the files that are not
// TypeScript (policy YAML, presets, console static files, the postgres.js hook), then stamp the
// build with the time it started (dist-state.mjs). Plain JS, run by node.
//   node src/cli/build.mjs            errors printed, exit 1 on type errors (CI, the Dockerfile)
//   node src/cli/build.mjs --quiet    for ensure-deps: silent; type errors do not fail it (the
//                                     emitted JavaScript is what tsx would run from the sources);
//                                     one line naming a log file if the build could not run at all
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, STAMP } from './dist-state.mjs';

const quiet = process.argv.includes('--quiet');

/**
 * Replaces a compiled placeholder module (its exports null in the sources) with the values the
 * build computed, so the compiled CLI and services start without computing them. The values go
 * to a JSON file beside the module, which loads it with `require` (Node's JSON.parse): V8 parsed
 * the same data written as JSON string literals inside the module (8 MB for the packs) about
 * 2.5 times slower than that, at every start. Placeholders (every value null) stay plain modules.
 */
function writePrepared(path, source, values) {
  const file = join(DIST, ...path);
  const json = file.replace(/\.js$/, '.json');
  const header = `// Written by npm run build from ${source}.`;
  if (Object.values(values).every((v) => v === null)) {
    rmSync(json, { force: true });
    writeFileSync(file, [header, ...Object.keys(values).map((name) => `export const ${name} = null;`), ''].join('\n'));
    return;
  }
  writeFileSync(json, JSON.stringify(values));
  writeFileSync(file, [
    header,
    "import { createRequire } from 'node:module';",
    `const prepared = createRequire(import.meta.url)('./${json.split(/[\\/]/).pop()}');`,
    ...Object.keys(values).map((name) => `export const ${name} = prepared.${name};`),
    '',
  ].join('\n'));
}
/**
 * The same for the rule automaton's tables (src/detect/packs/parsed-automaton.ts): the bytes go to
 * a .bin file beside the module, read whole at start and used in place as typed arrays.
 */
function writePreparedAutomaton(prepared) {
  const file = join(DIST, 'detect', 'packs', 'parsed-automaton.js');
  const bin = file.replace(/\.js$/, '.bin');
  if (prepared === null) {
    rmSync(bin, { force: true });
    writeFileSync(file, '// Written by npm run build: nothing yet (placeholder).\nexport const PARSED_AUTOMATON = null;\n');
    return;
  }
  writeFileSync(bin, prepared.bytes);
  writeFileSync(file, [
    '// Written by npm run build from the shipped policy\'s rule automaton (src/detect/packs/parsed-automaton.ts).',
    "import { readFileSync } from 'node:fs';",
    `export const PARSED_AUTOMATON = { key: ${JSON.stringify(prepared.key)}, bytes: readFileSync(new URL('./parsed-automaton.bin', import.meta.url)) };`,
    '',
  ].join('\n'));
}
// The built-in rule packs parsed once here instead of at every start of the compiled CLI and
// services: dist/detect/packs/parsed.js loads them from parsed.json (see src/detect/packs/parsed.ts).
async function preparsePacks() {
  const { builtinPackTexts } = await import(pathToFileURL(join(DIST, 'detect', 'packs', 'index.js')).href);
  const { loadBuiltinPack } = await import(pathToFileURL(join(DIST, 'detect', 'rules', 'schema.js')).href);
  const packs = (await builtinPackTexts()).map(loadBuiltinPack);
  const { clauseMemo, prefilterMemo, readAllSpans, rulesForPolicy } = await import(pathToFileURL(join(DIST, 'detect', 'rules', 'compile.js')).href);
  const { defaultPolicy } = await import(pathToFileURL(join(DIST, 'policy', 'schema.js')).href);
  const { keywordSpanMemo, matchReachMemo, requiredLiteralsMemo } = await import(pathToFileURL(join(DIST, 'detect', 'rules', 'regex.js')).href);
  const shipped = rulesForPolicy(defaultPolicy());
  readAllSpans(shipped);
  const { tablesToBytes } = await import(pathToFileURL(join(DIST, 'detect', 'automaton.js')).href);
  writePreparedAutomaton({ key: shipped.automatonTables.key, bytes: tablesToBytes(shipped.automatonTables.tables) });
  writePrepared(['detect', 'packs', 'parsed.js'], 'the YAML packs (src/detect/packs/parsed.ts)', {
    PARSED_PACKS: packs, PARSED_LITERALS: requiredLiteralsMemo(), PARSED_REACH: matchReachMemo(), PARSED_SPANS: keywordSpanMemo(), PARSED_PREFILTERS: prefilterMemo(), PARSED_CLAUSES: clauseMemo(),
  });
}
// The shipped model checked and indexed once here (src/detect/model/prepared.ts): loaded from the
// compiled detect.js, which still reads and checks weights.json because prepared.js is null yet.
async function prepareModel() {
  const { BUILTIN_MODEL } = await import(pathToFileURL(join(DIST, 'detect', 'model', 'detect.js')).href);
  const { prepareModel: prepare } = await import(pathToFileURL(join(DIST, 'detect', 'model', 'model.js')).href);
  writePrepared(['detect', 'model', 'prepared.js'], 'src/detect/model/weights.json (src/detect/model/prepared.ts)', { PREPARED_MODEL: prepare(BUILTIN_MODEL) });
}
// The shipped policy parsed once here (src/policy/parsed-default.ts), by the compiled parsePolicy
// while parsed-default.js is still null, keyed by the exact text the compiled CLI will read.
async function preparseDefaultPolicy() {
  const text = readFileSync(join(DIST, 'policy', 'default-policy.yaml'), 'utf8');
  const { parsePolicy } = await import(pathToFileURL(join(DIST, 'policy', 'schema.js')).href);
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `line ${e.line}: ${e.path}: ${e.message}`).join('; '));
  writePrepared(['policy', 'parsed-default.js'], 'src/policy/default-policy.yaml (src/policy/parsed-default.ts)', {
    PARSED_DEFAULT_POLICY: { text, policy: JSON.stringify(parsed.policy) },
  });
}
/** Runs one preparation step; a failure is reported (not in --quiet) and fails the build. */
async function prepareStep(step, failure) {
  await step().catch((e) => {
    if (!quiet) {
      console.error(`draftgate build: ${failure}: ${e.message}`);
      process.exitCode = 1;
    }
  });
}
const started = new Date();
mkdirSync(DIST, { recursive: true });
// One build at a time (two `npm test` runs at once): the second leaves it to the first.
const lock = join(DIST, '.building');
let fd;
try {
  fd = openSync(lock, 'wx');
} catch {
  if (!quiet) console.error('draftgate build: another build is running (dist/.building); skipped');
  process.exit(0);
}
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status === null || r.error) {
    const log = join(tmpdir(), `draftgate-build-${Date.now()}.log`);
    writeFileSync(log, `${out}\n${r.error ?? ''}`);
    console.error(`draftgate: the build did not run (${r.error?.message ?? r.signal}); tsc's output is in ${log}; running from the TypeScript sources`);
    process.exitCode = quiet ? 0 : 1;
  } else {
    const copy = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) copy(p);
        else if (!e.name.endsWith('.ts')) {
          const to = join(DIST, relative(join(ROOT, 'src'), p));
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(p, to);
        }
      }
    };
    copy(join(ROOT, 'src'));
    // tsc builds incrementally and does not emit an unchanged placeholder module again: the last
    // build's prepared values would still be in place, be loaded by the steps below and be
    // prepared again (new weights or packs shipped stale). Each step starts from null.
    writePrepared(['detect', 'packs', 'parsed.js'], 'nothing yet (placeholder)', { PARSED_PACKS: null, PARSED_LITERALS: null, PARSED_REACH: null, PARSED_SPANS: null, PARSED_PREFILTERS: null, PARSED_CLAUSES: null });
    writePreparedAutomaton(null);
    writePrepared(['detect', 'model', 'prepared.js'], 'nothing yet (placeholder)', { PREPARED_MODEL: null });
    writePrepared(['policy', 'parsed-default.js'], 'nothing yet (placeholder)', { PARSED_DEFAULT_POLICY: null });
    // A step that fails leaves its module as compiled (null): the compiled code then computes the
    // value at start from the sources and fails there with the same error and line numbers.
    await prepareStep(preparsePacks, 'the built-in rule packs did not parse');
    await prepareStep(prepareModel, 'the detection model did not load');
    await prepareStep(preparseDefaultPolicy, 'the shipped policy did not parse');
    writeFileSync(STAMP, `${started.toISOString()}\n`);
    utimesSync(STAMP, started, started);
    if (r.status !== 0 && !quiet) {
      process.stderr.write(out);
      process.exitCode = 1;
    }
  }
} finally {
  closeSync(fd);
  rmSync(lock, { force: true });
}
