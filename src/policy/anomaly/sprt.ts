/**
 * Sequential tests on a stream of review outcomes (PURE: no I/O, no clock, no randomness).
 *
 * Hypotheses: H0 "the rejection rate is p0 (acceptable)" against H1 "it is p1 (broken)", p1 > p0.
 * Each review contributes an observation x in [0, 1]: reject = 1, approve = 0, edit = the policy's
 * edit_weight. Its log-likelihood ratio is the soft-Bernoulli interpolation
 *   z(x) = x·ln(p1/p0) + (1 − x)·ln((1 − p1)/(1 − p0)),
 * which is exact for x ∈ {0, 1} and linear in between (an edit is "part of a rejection").
 *
 * Wald's SPRT (one test): sum z until it crosses A = ln((1 − β)/α) (decide H1: trip) or
 * B = ln(β/(1 − α)) (decide H0). Wald's inequalities bound the error rates:
 *   P(trip | p0)  ≤ α/(1 − β)   (false alarm),   P(no trip | p1) ≤ β/(1 − α)   (miss).
 *
 * The guard monitors forever, so it runs the SPRT restarted at every H0 decision with the lower
 * boundary moved to 0: Page's CUSUM S ← max(0, S + z), trip when S ≥ A. This is the SPRT's
 * optimal change detector (Lorden 1971, Moustakides 1986). What stays true:
 *   - mean reviews between false trips at p0 (ARL0) ≥ e^A = (1 − β)/α (Lorden's bound);
 *     with the defaults (α = 0.001, β = 0.05) that is ≥ 950 reviews per scope;
 *   - the detection delay after a change to p ≥ p1 is about Wald's expected sample number A/E_p[z]
 *     plus the overshoot of the last step (the bench measures both in one run).
 * No trip is declared before `minReviews` observations, so a scope's first couple of rejections
 * cannot pause it on their own.
 */

export interface SprtParams {
  p0: number;
  p1: number;
  /** False-alarm rate of one test (trip although the rate is p0). */
  alpha: number;
  /** Miss rate of one test (no trip although the rate is p1). */
  beta: number;
}

export interface Thresholds {
  /** ln((1 − β)/α): trip at or above. */
  upper: number;
  /** ln(β/(1 − α)): Wald's accept-H0 boundary (the CUSUM uses 0 instead). */
  lower: number;
  /** z(1): what one rejection adds. */
  rejectStep: number;
  /** z(0): what one clean approval adds (negative). */
  approveStep: number;
}

export function validateParams(p: SprtParams): string | null {
  if (!(p.p0 > 0 && p.p0 < 1)) return 'p0 must be strictly between 0 and 1';
  if (!(p.p1 > p.p0 && p.p1 < 1)) return 'p1 must be above p0 and below 1';
  if (!(p.alpha > 0 && p.alpha < 1)) return 'alpha must be strictly between 0 and 1';
  if (!(p.beta > 0 && p.beta < 1)) return 'beta must be strictly between 0 and 1';
  if (p.alpha + p.beta >= 1) return 'alpha + beta must be below 1';
  return null;
}

export function thresholds(p: SprtParams): Thresholds {
  return {
    upper: Math.log((1 - p.beta) / p.alpha),
    lower: Math.log(p.beta / (1 - p.alpha)),
    rejectStep: Math.log(p.p1 / p.p0),
    approveStep: Math.log((1 - p.p1) / (1 - p.p0)),
  };
}

/** Log-likelihood ratio of one (possibly weighted) observation x ∈ [0, 1]. */
export function llr(p: SprtParams, x: number): number {
  const w = Math.min(1, Math.max(0, x));
  return w * Math.log(p.p1 / p.p0) + (1 - w) * Math.log((1 - p.p1) / (1 - p.p0));
}

/** Mean of z per review when the true rejection rate is p (binary outcomes). */
export function driftAt(p: SprtParams, rate: number): number {
  return rate * Math.log(p.p1 / p.p0) + (1 - rate) * Math.log((1 - p.p1) / (1 - p.p0));
}

/**
 * Wald's operating characteristic L(p) = P(accept H0 | p): with h ≠ 0 solving
 * p·(p1/p0)^h + (1 − p)·((1 − p1)/(1 − p0))^h = 1, L = (e^{hA} − 1)/(e^{hA} − e^{hB}).
 */
export function waldOc(p: SprtParams, rate: number): number {
  const { upper: A, lower: B } = thresholds(p);
  const r1 = p.p1 / p.p0;
  const r0 = (1 - p.p1) / (1 - p.p0);
  const f = (h: number) => rate * r1 ** h + (1 - rate) * r0 ** h - 1;
  const mu = driftAt(p, rate);
  if (Math.abs(mu) < 1e-12) return A / (A - B); // h → 0 limit
  // f(0) = 0, f'(0) = mu; the other root has the opposite sign of mu. Bracket it, then bisect.
  let lo = mu > 0 ? -1 : 1e-9;
  let hi = mu > 0 ? -1e-9 : 1;
  if (mu > 0) while (f(lo) < 0) lo *= 2;
  else while (f(hi) < 0) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    // mu > 0: f < 0 on (h*, 0) and > 0 below h*; mu < 0: f < 0 on (0, h*), > 0 above.
    if ((mu > 0 && fm < 0) || (mu < 0 && fm > 0)) hi = mid;
    else lo = mid;
  }
  const h = (lo + hi) / 2;
  const eA = Math.exp(h * A);
  const eB = Math.exp(h * B);
  return (eA - 1) / (eA - eB);
}

/** Wald's expected sample number E_p[N] = (L·B + (1 − L)·A)/E_p[z] (overshoot ignored). */
export function waldAsn(p: SprtParams, rate: number): number {
  const { upper: A, lower: B } = thresholds(p);
  const mu = driftAt(p, rate);
  if (Math.abs(mu) < 1e-12) return (-A * B) / (Math.log(p.p1 / p.p0) * -Math.log((1 - p.p1) / (1 - p.p0)));
  const L = waldOc(p, rate);
  return (L * B + (1 - L) * A) / mu;
}

// ---- the monitor's state machine -------------------------------------------------------------

/** Plain JSON, stored in monitor_state.state. */
export interface CusumState {
  /** CUSUM statistic S ≥ 0. */
  s: number;
  /** Observations since the last reset (trip or resume). */
  n: number;
  /** Weighted rejections since the last reset (evidence). */
  rejected: number;
  /** Highest S seen since the last reset (evidence: how close it came). */
  peak: number;
}

export const initialCusum = (): CusumState => ({ s: 0, n: 0, rejected: 0, peak: 0 });

export interface StepResult {
  state: CusumState;
  tripped: boolean;
}

/**
 * One observation. Trips when S ≥ A and at least minReviews observations were seen; the caller
 * pauses the scope and resets the state (so one trip raises one alert, not one per review).
 */
export function cusumStep(p: SprtParams, state: CusumState, x: number, minReviews = 0): StepResult {
  const { upper } = thresholds(p);
  const s = Math.max(0, state.s + llr(p, x));
  const next: CusumState = { s, n: state.n + 1, rejected: state.rejected + Math.min(1, Math.max(0, x)), peak: Math.max(state.peak, s) };
  return { state: next, tripped: s >= upper && next.n >= minReviews };
}

/** One Wald SPRT run on a stream: the decision and how many observations it took. */
export function runSprt(p: SprtParams, xs: Iterable<number>): { decision: 'h0' | 'h1' | 'undecided'; n: number } {
  const { upper, lower } = thresholds(p);
  let s = 0;
  let n = 0;
  for (const x of xs) {
    s += llr(p, x);
    n++;
    if (s >= upper) return { decision: 'h1', n };
    if (s <= lower) return { decision: 'h0', n };
  }
  return { decision: 'undecided', n };
}

/** Naive baseline used by the bench: rejection share over the last `window` reviews above `share`. */
export interface NaiveState {
  recent: number[];
}
export function naiveStep(state: NaiveState, x: number, window = 20, share = 0.2): { state: NaiveState; tripped: boolean } {
  const recent = [...state.recent, x].slice(-window);
  const sum = recent.reduce((a, b) => a + b, 0);
  return { state: { recent }, tripped: recent.length >= window && sum / window > share };
}

/** Deterministic PRNG for simulations; tests and the bench pass the seed. */
export { seededRandom } from '../../lib/random.js';
