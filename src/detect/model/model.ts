/**
 * The learned sentence model: one-vs-rest logistic regression over the features of features.ts,
 * classes `tone` and `internal_marker`. Weights are data (weights.json, written by
 * `npm run train-model`, bench/eval/train-model.ts) and are checked when loaded: a missing or
 * malformed file is an error at start, never a silent "no findings".
 *
 * Scoring is a sum of the weights of the features present (each counted once) plus a bias,
 * through the logistic function; a sentence passes when its probability reaches the class's
 * threshold (chosen by cross-validation so that almost no clean sentence passes).
 */
import { z } from 'zod';
import { SHAPE_LABELS, sentenceFeatures, type FeatureSink } from './features.js';
import type { FoldedText } from '../normalize.js';
import { STOPWORDS } from '../words.js';

export const MODEL_CLASSES = ['tone', 'internal_marker', 'unverified_claim'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/** The detector of each class's rule (core pack: tone.model, internal.model, claim.model), in MODEL_CLASSES order. */
export const MODEL_DETECTORS = ['tone-model', 'internal-model', 'claim-model'] as const;

const finite = z.number().finite();
const perClass = z.array(finite).length(MODEL_CLASSES.length);

export const ModelWeights = z.strictObject({
  version: z.literal(1),
  classes: z.tuple([z.literal('tone'), z.literal('internal_marker'), z.literal('unverified_claim')]),
  bias: perClass,
  threshold: z.array(z.number().gt(0).lt(1)).length(MODEL_CLASSES.length),
  /**
   * Feature key (features.ts) → weight per class, in `classes` order. Checked by a loop rather
   * than a zod schema per entry (zod copied and checked 19,500 entries in ~60 ms at every start;
   * the loop takes a few).
   */
  features: z.custom<Record<string, number[]>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object').superRefine((f, ctx) => {
    let n = 0;
    for (const key in f) {
      n++;
      const v = f[key];
      if (key === '' || !Array.isArray(v) || v.length !== MODEL_CLASSES.length || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        ctx.addIssue({ code: 'custom', path: [key], message: `expected ${MODEL_CLASSES.length} finite weights` });
        return;
      }
    }
    if (n === 0) ctx.addIssue({ code: 'custom', message: 'no features' });
  }),
  /**
   * Word clusters the model was trained with (bench/eval/word-clusters.ts): stem → cluster number.
   * A word's cluster is a feature (`@12`, and `@12 @40` for two words in a row), so a word the
   * training data never held still weighs what the words of its cluster taught. Absent: no
   * cluster features.
   */
  clusters: z.record(z.string(), z.number().int().nonnegative()).optional(),
  /** How the weights were made: sizes, date, data hash, cross-validated figures. */
  meta: z.record(z.string(), z.unknown()),
});
export type ModelWeights = z.infer<typeof ModelWeights>;

export interface Model {
  classes: readonly ModelClass[];
  bias: Float64Array;
  threshold: Float64Array;
  /** Feature key → row in `weights` (every feature). */
  index: Map<string, number>;
  /**
   * The same rows by kind of feature, so scoring builds no key strings: every stem of a word,
   * pair or opener feature has an id; rows by stem id (-1 none) and by pair of ids.
   */
  stemIds: Map<string, number>;
  wordRow: Int32Array;
  openerRow: Int32Array;
  /** Cluster of each stem id (-1: none); rows by cluster and by pair of clusters (key a * clusters + b). */
  stemCluster: Int32Array;
  clusterRow: Int32Array;
  clusterPairRow: Map<number, number>;
  /** `clusterPairRow` as an open-addressing table (as `pairTable`). */
  clusterPairTable: Int32Array | null;
  clusterPairMask: number;
  pairRow: Map<number, number>;
  /**
   * `pairRow` as an open-addressing table for the scorer (no Map lookup per word pair): slot i
   * holds a key at 2i (-1: empty) and its row at 2i + 1; `pairMask` is the slot count - 1. Null
   * when a key does not fit 31 bits (over ~46,000 stems): the scorer reads `pairRow` then.
   */
  pairTable: Int32Array | null;
  pairMask: number;
  /** Row-major: weights[row * classes + c]. */
  weights: Float64Array;
  /** Scratch for scoring: the stamp of the last sentence each row was counted in (once per sentence). */
  seen: Int32Array;
  meta: Record<string, unknown>;
}

/** Checks and indexes raw weights; throws an Error naming what is wrong. */
export function loadModel(raw: unknown, source = 'weights'): Model {
  if (raw === undefined || raw === null) throw new Error(`detection model: ${source} missing (run npm run train-model)`);
  const parsed = ModelWeights.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`detection model: ${source} invalid (${issues}); regenerate with npm run train-model`);
  }
  const w = parsed.data;
  const keys = Object.keys(w.features);
  const k = MODEL_CLASSES.length;
  const weights = new Float64Array(keys.length * k);
  const index = new Map<string, number>();
  const stemIds = new Map<string, number>();
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    return id;
  };
  const words: Array<[number, number]> = [];
  const openers: Array<[number, number]> = [];
  const pairs: Array<[number, number, number]> = [];
  const clusterRows: Array<[number, number]> = [];
  const clusterPairs: Array<[number, number, number]> = [];
  keys.forEach((key, row) => {
    index.set(key, row);
    const v = w.features[key] as number[];
    for (let c = 0; c < k; c++) weights[row * k + c] = v[c] as number;
    if (key.startsWith('~')) return;
    if (key.startsWith('@')) {
      const [a = '', b] = key.split(' ');
      if (b === undefined) clusterRows.push([Number(a.slice(1)), row]);
      else clusterPairs.push([Number(a.slice(1)), Number(b.slice(1)), row]);
    } else if (key.startsWith('^')) openers.push([idOf(key.slice(1)), row]);
    else if (key.includes(' ')) {
      const [a = '', b = ''] = key.split(' ');
      pairs.push([idOf(a), idOf(b), row]);
    } else words.push([idOf(key), row]);
  });
  // Stems known only by their cluster get ids after the model's own.
  const clusterOf = new Map<number, number>();
  for (const [stem, cl] of Object.entries(w.clusters ?? {})) clusterOf.set(idOf(stem), cl);
  const n = stemIds.size;
  const wordRow = new Int32Array(n).fill(-1);
  const openerRow = new Int32Array(n).fill(-1);
  for (const [id, row] of words) wordRow[id] = row;
  for (const [id, row] of openers) openerRow[id] = row;
  const stemCluster = new Int32Array(n).fill(-1);
  let clusters = 0;
  for (const [id, cl] of clusterOf) {
    stemCluster[id] = cl;
    clusters = Math.max(clusters, cl + 1);
  }
  const clusterRow = new Int32Array(clusters).fill(-1);
  for (const [cl, row] of clusterRows) if (cl < clusters) clusterRow[cl] = row;
  const clusterPairRow = new Map<number, number>(clusterPairs.filter(([a, b]) => a < clusters && b < clusters).map(([a, b, row]) => [a * clusters + b, row]));
  const { table: clusterPairTable, mask: clusterPairMask } = pairTableOf(clusterPairRow);
  const pairRow = new Map<number, number>(pairs.map(([a, b, row]) => [a * n + b, row]));
  const { table: pairTable, mask: pairMask } = pairTableOf(pairRow);
  return {
    classes: MODEL_CLASSES, bias: Float64Array.from(w.bias), threshold: Float64Array.from(w.threshold), index, stemIds,
    wordRow, openerRow, stemCluster, clusterRow, clusterPairRow, clusterPairTable, clusterPairMask, pairRow, pairTable, pairMask,
    weights, seen: new Int32Array(keys.length), meta: w.meta,
  };
}

/**
 * A checked model as plain JSON data: what `npm run build` writes into the compiled build
 * (prepared.ts) so the compiled CLI skips the weights' JSON module, their check and the string
 * work of indexing 19,500 features at every start. `modelFromPrepared(prepareModel(m))` is `m`
 * (a unit test holds it to that).
 */
export interface PreparedModel {
  /** Feature keys in row order. */
  keys: string[];
  /** Stems in id order. */
  stems: string[];
  weights: number[];
  bias: number[];
  threshold: number[];
  wordRow: number[];
  openerRow: number[];
  stemCluster: number[];
  clusterRow: number[];
  /** clusterPairRow's entries in its order, flat: key, row, … */
  clusterPairs: number[];
  /** pairRow's entries in its order, flat: key, row, key, row, … */
  pairs: number[];
  meta: Record<string, unknown>;
}

export function prepareModel(m: Model): PreparedModel {
  return {
    keys: [...m.index.keys()],
    stems: [...m.stemIds.keys()],
    weights: [...m.weights],
    bias: [...m.bias],
    threshold: [...m.threshold],
    wordRow: [...m.wordRow],
    openerRow: [...m.openerRow],
    stemCluster: [...m.stemCluster],
    clusterRow: [...m.clusterRow],
    clusterPairs: [...m.clusterPairRow].flat(),
    pairs: [...m.pairRow].flat(),
    meta: m.meta,
  };
}

/** The model a PreparedModel was made from; no check (it was checked when prepared). */
export function modelFromPrepared(p: PreparedModel): Model {
  const index = new Map<string, number>();
  p.keys.forEach((key, row) => index.set(key, row));
  const stemIds = new Map<string, number>();
  p.stems.forEach((stem, id) => stemIds.set(stem, id));
  const pairRow = new Map<number, number>();
  for (let i = 0; i < p.pairs.length; i += 2) pairRow.set(p.pairs[i] as number, p.pairs[i + 1] as number);
  const clusterPairRow = new Map<number, number>();
  for (let i = 0; i < p.clusterPairs.length; i += 2) clusterPairRow.set(p.clusterPairs[i] as number, p.clusterPairs[i + 1] as number);
  const { table: clusterPairTable, mask: clusterPairMask } = pairTableOf(clusterPairRow);
  const { table: pairTable, mask: pairMask } = pairTableOf(pairRow);
  return {
    classes: MODEL_CLASSES, bias: Float64Array.from(p.bias), threshold: Float64Array.from(p.threshold), index, stemIds,
    wordRow: Int32Array.from(p.wordRow), openerRow: Int32Array.from(p.openerRow), stemCluster: Int32Array.from(p.stemCluster),
    clusterRow: Int32Array.from(p.clusterRow), clusterPairRow, clusterPairTable, clusterPairMask, pairRow, pairTable, pairMask,
    weights: Float64Array.from(p.weights), seen: new Int32Array(p.keys.length), meta: p.meta,
  };
}

function pairSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/** The pair rows as an open-addressing table at most a quarter full, or null when a key does not fit an Int32. */
function pairTableOf(rows: ReadonlyMap<number, number>): { table: Int32Array | null; mask: number } {
  let slots = 16;
  while (slots < rows.size * 4) slots *= 2;
  const mask = slots - 1;
  const table = new Int32Array(slots * 2).fill(-1);
  for (const [key, row] of rows) {
    if (key > 0x7fffffff) return { table: null, mask: 0 };
    let i = pairSlot(key, mask);
    while (table[2 * i] !== -1) i = (i + 1) & mask;
    table[2 * i] = key;
    table[2 * i + 1] = row;
  }
  return { table, mask };
}

/** Row of the pair with key `key` in an open-addressing table (`rows` when there is none), or -1. */
function tableRowOf(table: Int32Array | null, mask: number, rows: ReadonlyMap<number, number>, key: number): number {
  if (table === null) return rows.get(key) ?? -1;
  for (let i = pairSlot(key, mask); ; i = (i + 1) & mask) {
    const k = table[2 * i] as number;
    if (k === key) return table[2 * i + 1] as number;
    if (k === -1) return -1;
  }
}

export interface SentenceScore {
  /** Probability per class, in `model.classes` order. */
  p: number[];
  /** Rows of the features present (each once) and the folded span each was read from (-1: a shape feature). */
  rows: number[];
  spans: number[];
  keys: string[];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const STEM_IDS_MAX = 50_000;

/**
 * Feature sink that adds a sentence's weights; one per model, reused sentence after sentence
 * (no closures per sentence: the scan calls it for every word of every draft).
 */
class Scorer implements FeatureSink {
  readonly z: Float64Array;
  rows: number[] = [];
  spans: number[] = [];
  keys: string[] = [];
  /** Record the rows and spans present (for explanations); off for the first, scoring-only pass. */
  record = false;
  private stamp = 0;
  /** Stem ids of the word before and of this word: word() comes before pair() and opener(). */
  private prev = -1;
  private last = -1;
  /** Clusters of the word before and of this word (-1: none). */
  private prevCluster = -1;
  private lastCluster = -1;
  private readonly ids = new Map<string, number>();

  constructor(private readonly m: Model) {
    this.z = new Float64Array(m.bias.length);
  }

  begin(record: boolean): void {
    this.z.set(this.m.bias);
    this.record = record;
    if (record) {
      this.rows = [];
      this.spans = [];
      this.keys = [];
    }
    this.stamp++;
    this.prev = -1;
    this.last = -1;
    this.prevCluster = -1;
    this.lastCluster = -1;
  }

  private hit(row: number, a: number, b: number, key: string): void {
    const m = this.m;
    if (row < 0 || m.seen[row] === this.stamp) return;
    m.seen[row] = this.stamp;
    if (this.record) {
      this.rows.push(row);
      this.spans.push(a, b);
      this.keys.push(key);
    }
    const k = m.classes.length;
    const z = this.z;
    for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (m.weights[row * k + c] as number);
  }

  word(stem: string, a: number, b: number): void {
    this.prev = this.last;
    this.prevCluster = this.lastCluster;
    this.last = this.stemId(stem);
    this.lastCluster = -1;
    if (this.last >= 0) {
      this.hit(this.m.wordRow[this.last] as number, a, b, '');
      const cl = this.m.stemCluster[this.last] as number;
      this.lastCluster = cl;
      if (cl >= 0) this.hit(this.m.clusterRow[cl] as number, a, b, '');
    }
  }

  /**
   * The stem's id (-1: not in the model). Stems come from features.ts's caches, the same string
   * object for every occurrence of a word: keyed by those objects, a lookup is settled by identity
   * instead of comparing the text with the key parsed from weights.json. Cleared when large.
   */
  private stemId(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.m.stemIds.get(stem) ?? -1;
      if (this.ids.size >= STEM_IDS_MAX) this.ids.clear();
      this.ids.set(stem, id);
    }
    return id;
  }

  pair(_x: string, _y: string, a: number, b: number): void {
    const m = this.m;
    if (this.prev >= 0 && this.last >= 0) this.hit(tableRowOf(m.pairTable, m.pairMask, m.pairRow, this.prev * m.stemIds.size + this.last), a, b, '');
    if (this.prevCluster >= 0 && this.lastCluster >= 0) {
      this.hit(tableRowOf(m.clusterPairTable, m.clusterPairMask, m.clusterPairRow, this.prevCluster * m.clusterRow.length + this.lastCluster), a, b, '');
    }
  }

  opener(_s: string, a: number, b: number): void {
    if (this.last >= 0) this.hit(this.m.openerRow[this.last] as number, a, b, '');
  }

  shape(key: string): void {
    this.hit(this.m.index.get(key) ?? -1, -1, -1, key);
  }
}

const scorers = new WeakMap<Model, Scorer>();
const NONE: number[] = [];

/**
 * Scores one sentence [start, end) of a folded field. With `explain`, also the features present
 * (for topReasons); without, `rows`/`spans`/`keys` are empty and scoring allocates nothing per
 * feature (the common case: most sentences pass no threshold and need no explanation).
 */
export function scoreSentence(model: Model, t: FoldedText, start: number, end: number, subject = false, explain = true): SentenceScore {
  let s = scorers.get(model);
  if (s === undefined) scorers.set(model, (s = new Scorer(model)));
  s.begin(explain);
  sentenceFeatures(t, start, end, s, subject);
  const p: number[] = [];
  for (let c = 0; c < s.z.length; c++) p.push(sigmoid(s.z[c] as number));
  return explain ? { p, rows: s.rows, spans: s.spans, keys: s.keys } : { p, rows: NONE, spans: NONE, keys: [] };
}

/**
 * The `n` present features that pushed class `c` up most, as a rep reads them. Function words
 * alone ("this", "by") say little to a rep: they are shown only when nothing better weighed in.
 */
export function topReasons(model: Model, t: FoldedText, s: SentenceScore, c: number, n = 3): string[] {
  const k = model.classes.length;
  const order = s.rows.map((row, i) => {
    const a = s.spans[2 * i] as number;
    const label = a < 0 ? (SHAPE_LABELS[s.keys[i] as string] ?? '') : t.lower.slice(a, s.spans[2 * i + 1]);
    return { w: model.weights[row * k + c] as number, label, weak: STOPWORDS.has(label) };
  })
    .filter((x) => x.w > 0 && x.label !== '')
    .sort((a, b) => Number(a.weak) - Number(b.weak) || b.w - a.w || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const out: string[] = [];
  for (const x of order) {
    if (out.includes(x.label)) continue;
    out.push(x.label);
    if (out.length >= n) break;
  }
  return out;
}
