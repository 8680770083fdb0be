import { describe, expect, it } from 'vitest';
import {
  cusumStep,
  driftAt,
  initialCusum,
  llr,
  naiveStep,
  runSprt,
  seededRandom,
  thresholds,
  validateParams,
  waldAsn,
  waldOc,
  type SprtParams,
} from '../../../../src/policy/anomaly/sprt.js';

const P: SprtParams = { p0: 0.05, p1: 0.25, alpha: 0.001, beta: 0.05 };

function* bernoulli(rate: number, r: () => number) {
  for (;;) yield r() < rate ? 1 : 0;
}

describe('SPRT thresholds and steps', () => {
  it('matches Wald’s formulas', () => {
    const t = thresholds(P);
    expect(t.upper).toBeCloseTo(Math.log(0.95 / 0.001), 12);
    expect(t.lower).toBeCloseTo(Math.log(0.05 / 0.999), 12);
    expect(t.rejectStep).toBeCloseTo(Math.log(5), 12);
    expect(t.approveStep).toBeCloseTo(Math.log(0.75 / 0.95), 12);
  });

  it('weights an edit between an approval and a rejection, linearly', () => {
    const t = thresholds(P);
    expect(llr(P, 1)).toBeCloseTo(t.rejectStep, 12);
    expect(llr(P, 0)).toBeCloseTo(t.approveStep, 12);
    expect(llr(P, 0.5)).toBeCloseTo((t.rejectStep + t.approveStep) / 2, 12);
    expect(llr(P, 7)).toBeCloseTo(t.rejectStep, 12); // clamped
  });

  it('refuses parameters that make no test', () => {
    expect(validateParams(P)).toBeNull();
    expect(validateParams({ ...P, p1: 0.05 })).toMatch(/p1/);
    expect(validateParams({ ...P, alpha: 0 })).toMatch(/alpha/);
    expect(validateParams({ ...P, alpha: 0.6, beta: 0.5 })).toMatch(/alpha \+ beta/);
  });
});

describe('Wald OC and ASN', () => {
  it('L(p0) = 1 − α and L(p1) = β (Wald’s approximations, exact at the hypotheses)', () => {
    expect(waldOc(P, P.p0)).toBeCloseTo(1 - P.alpha, 3);
    expect(waldOc(P, P.p1)).toBeCloseTo(P.beta, 3);
    // Monotone decreasing in p.
    expect(waldOc(P, 0.1)).toBeGreaterThan(waldOc(P, 0.2));
  });

  it('ASN at p1 equals ((1−β)A + βB)/E1[z]', () => {
    const t = thresholds(P);
    const expected = ((1 - P.beta) * t.upper + P.beta * t.lower) / driftAt(P, P.p1);
    expect(waldAsn(P, P.p1)).toBeCloseTo(expected, 2);
  });
});

describe('SPRT error rates by simulation (seeded)', () => {
  // α = 0.01 keeps the run short while the bound stays checkable.
  const Q: SprtParams = { p0: 0.05, p1: 0.25, alpha: 0.01, beta: 0.05 };
  const N = 20_000;

  it('false alarms at p0 stay within α/(1−β); misses at p1 within β/(1−α)', () => {
    const r = seededRandom(1);
    let falseAlarms = 0;
    let misses = 0;
    let n1 = 0;
    for (let i = 0; i < N; i++) {
      if (runSprt(Q, bernoulli(Q.p0, r)).decision === 'h1') falseAlarms++;
      const res = runSprt(Q, bernoulli(Q.p1, r));
      if (res.decision === 'h0') misses++;
      n1 += res.n;
    }
    // 3 standard errors of slack on a binomial estimate.
    const se = (p: number) => 3 * Math.sqrt((p * (1 - p)) / N);
    expect(falseAlarms / N).toBeLessThanOrEqual(Q.alpha / (1 - Q.beta) + se(Q.alpha));
    expect(misses / N).toBeLessThanOrEqual(Q.beta / (1 - Q.alpha) + se(Q.beta));
    // Mean sample number at p1 within 1.2× of Wald's ASN (overshoot makes it a little longer).
    const asn = waldAsn(Q, Q.p1);
    expect(n1 / N).toBeGreaterThan(0.8 * asn);
    expect(n1 / N).toBeLessThan(1.2 * asn);
  });
});

describe('CUSUM monitor', () => {
  it('never goes below zero and does not trip before min_reviews', () => {
    let s = initialCusum();
    for (let i = 0; i < 10; i++) s = cusumStep(P, s, 0).state;
    expect(s.s).toBe(0);
    // Five straight rejections: S = 5·ln5 ≈ 8.05 ≥ A ≈ 6.86, but min_reviews 6 holds the trip.
    let st = initialCusum();
    const trips: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const r = cusumStep(P, st, 1, 6);
      st = r.state;
      trips.push(r.tripped);
    }
    expect(trips).toEqual([false, false, false, false, false, true]);
    expect(st.rejected).toBe(6);
    expect(st.peak).toBeCloseTo(6 * Math.log(5), 10);
  });

  it('mean run length between false trips at p0 is at least Lorden’s bound e^A', () => {
    const Q: SprtParams = { p0: 0.05, p1: 0.25, alpha: 0.02, beta: 0.05 }; // e^A = 47.5
    const r = seededRandom(2);
    let s = initialCusum();
    let trips = 0;
    const reviews = 400_000;
    for (let i = 0; i < reviews; i++) {
      const step = cusumStep(Q, s, r() < Q.p0 ? 1 : 0);
      s = step.state;
      if (step.tripped) {
        trips++;
        s = initialCusum();
      }
    }
    expect(reviews / trips).toBeGreaterThanOrEqual(Math.exp(thresholds(Q).upper));
  });

  it('detects p = 0.3 within 1.2× of Wald’s expected sample number', () => {
    const r = seededRandom(3);
    let total = 0;
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      let s = initialCusum();
      let n = 0;
      for (;;) {
        n++;
        const step = cusumStep(P, s, r() < 0.3 ? 1 : 0, 5);
        s = step.state;
        if (step.tripped) break;
      }
      total += n;
    }
    expect(total / runs).toBeLessThan(1.2 * waldAsn(P, 0.3));
  });

  it('naive baseline trips on more than 20% of the last 20', () => {
    let s = { recent: [] as number[] };
    let tripped = false;
    for (const x of [...Array(15).fill(0), 1, 1, 1, 1]) ({ state: s, tripped } = naiveStep(s, x));
    expect(tripped).toBe(false); // 4/19 — window not full yet
    ({ state: s, tripped } = naiveStep(s, 1));
    expect(tripped).toBe(true); // 5/20 = 25%
  });
});
