/**
 * The learned tone / internal-marker detector (src/detect/model/): features, training, the
 * detector's findings and offsets, the policy switches, loading the weights, and that the shipped
 * weights were trained on today's data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldText } from '../../../src/detect/normalize.js';
import { featureKeys, splitSentences } from '../../../src/detect/model/features.js';
import { loadModel, scoreSentence } from '../../../src/detect/model/model.js';
import { BUILTIN_MODEL } from '../../../src/detect/model/detect.js';
import { scanExample } from '../../../src/detect/rules/examples.js';
import { defaultPolicy, type Policy } from '../../../src/policy/schema.js';
import { featuresOf, inputsHash, predict, train } from '../../../bench/eval/train-model.js';

const TONE = 'Honestly, anyone still doing this by hand is just making life harder for their reps.';
const NOTE = 'Not sure they have budget, so keep the ask small.';

function policy(over: Partial<Policy> = {}): Policy {
  const base = defaultPolicy();
  return { ...base, sender: { ...base.sender, company: 'Ourco', own_domains: ['ourco.com'] }, ...over };
}

function draft(middle: string): string {
  return `Hi Dana,\n\n${middle}\n\nBest,\nSam`;
}

describe('model features', () => {
  it('splits sentences on line breaks and on . ! ? before a space, trimmed', () => {
    const text = ' Hi Dana,\nWe ship v2.5 today! Is acme.com yours?  Thanks.\n\n';
    const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['Hi Dana,', 'We ship v2.5 today!', 'Is acme.com yours?', 'Thanks.']);
  });

  it('are deterministic and include words, pairs, the opener and shape', () => {
    const t = foldText('Sam — PLEASE CHECK THIS before it goes out!!');
    const a = featureKeys(t, 0, t.folded.length);
    expect(featureKeys(foldText('Sam — PLEASE CHECK THIS before it goes out!!'), 0, t.folded.length)).toEqual(a);
    expect(a).toEqual([...a].sort());
    for (const k of ['pleas', 'check thi', '^sam', '~addr', '~caps-some', '~caps-words', '~!!']) expect(a).toContain(k);
  });

  it('the scorer reads every feature of the training keys that the shipped model holds, and no other', () => {
    const model = BUILTIN_MODEL;
    const clusters = new Map(Object.entries((JSON.parse(readFileSync(new URL('../../../src/detect/model/weights.json', import.meta.url), 'utf8')) as { clusters: Record<string, number> }).clusters));
    for (const text of [TONE, NOTE, 'The discount will quietly lapse on Friday unless you sign.', 'Dana — remember to swap the logo before this goes out!!']) {
      const t = foldText(text);
      const want = featureKeys(t, 0, t.folded.length, false, clusters).filter((k) => model.index.has(k)).sort();
      const s = scoreSentence(model, t, 0, t.folded.length);
      const keys = [...model.index.keys()];
      const got = s.rows.map((row) => keys[row] as string).sort();
      expect(got).toEqual(want);
    }
  });

  it('read capitals from the original text', () => {
    const t = foldText('ＡＣＴ ＮＯＷ before the price goes up');
    expect(featureKeys(t, 0, t.folded.length)).toContain('~caps-words');
  });
});

describe('model training', () => {
  it('a tiny run separates a toy set', () => {
    const pos = ['only until friday, decide now', 'last chance, decide today', 'offer ends tonight, decide now'];
    const neg = ['thanks for the call today', 'see the attached deck', 'happy to help with the rollout'];
    const feats = [...pos, ...neg].map((x) => featuresOf(x));
    const ys = [...pos.map(() => [1, 0]), ...neg.map(() => [0, 0])];
    const m = train(feats, ys, { epochs: 200, minDocFreq: 1 });
    const p = predict(m, [featuresOf('decide now, last chance'), featuresOf('thanks for the deck')]);
    expect(p[0]?.[0]).toBeGreaterThan(0.8);
    expect(p[1]?.[0]).toBeLessThan(0.2);
  });

  it('the shipped weights are the output of the training script on today\'s inputs', () => {
    const w = JSON.parse(readFileSync(new URL('../../../src/detect/model/weights.json', import.meta.url), 'utf8')) as { meta: { inputs_hash: string } };
    expect(w.meta.inputs_hash, 'weights.json is stale: run npm run train-model and commit src/detect/model/weights.json').toBe(inputsHash());
  });
});

describe('model weights', () => {
  it('missing or malformed weights fail at load with a clear error', () => {
    expect(() => loadModel(undefined, 'w.json')).toThrow(/w\.json missing.*train-model/);
    expect(() => loadModel({ version: 1 }, 'w.json')).toThrow(/w\.json invalid/);
    const good = JSON.parse(readFileSync(new URL('../../../src/detect/model/weights.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(() => loadModel({ ...good, threshold: [0.9, 1.5] }, 'w.json')).toThrow(/threshold/);
    expect(() => loadModel({ ...good, features: { hello: [1] } }, 'w.json')).toThrow(/features/);
    expect(() => loadModel(good)).not.toThrow();
  });

  it('a word the training never saw weighs what its cluster learned; one outside every cluster weighs nothing', () => {
    // A toy model: one cluster feature (`@7`) and no word features; "lapses" and "expires" share it.
    const toy = loadModel({
      version: 1, classes: ['tone', 'internal_marker', 'unverified_claim'], bias: [-2, -2, -2], threshold: [0.5, 0.5, 0.5],
      features: { '@7': [3, 0, 0], '@7 @9': [1, 0, 0], '~len1': [0, 0, 0] }, clusters: { laps: 7, expir: 7, offer: 9 }, meta: {},
    });
    const p = (text: string): number => {
      const t = foldText(text);
      return scoreSentence(toy, t, 0, t.folded.length).p[0] as number;
    };
    expect(p('lapses')).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(p('expires')).toBeCloseTo(p('lapses'), 9);
    expect(p('lapses offer')).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(p('zzyzx')).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
    // The features training sees are the ones scoring reads.
    const t = foldText('lapses offer');
    expect(featureKeys(t, 0, t.folded.length, false, new Map([['laps', 7], ['offer', 9]]))).toEqual(expect.arrayContaining(['@7', '@9', '@7 @9']));
    // The shipped model carries its clusters.
    expect(BUILTIN_MODEL.stemCluster.some((c) => c >= 0)).toBe(true);
  });

  it('scores a sentence the same way every time', () => {
    const t = foldText(TONE);
    const a = scoreSentence(BUILTIN_MODEL, t, 0, t.folded.length);
    const b = scoreSentence(BUILTIN_MODEL, t, 0, t.folded.length);
    expect(a.p).toEqual(b.p);
    expect(a.p[0]).toBeGreaterThan(BUILTIN_MODEL.threshold[0] as number);
  });
});

describe('model detector', () => {
  it('reports the sentence with its score and reasons, offsets into the original text', () => {
    // Accents, an emoji (two UTF-16 units) and a ligature the fold expands ("ﬁ" → "fi") before it.
    const body = draft(`🙂 Café crème at the ﬁrst meetup was on us. ${TONE}`);
    const found = scanExample(body, policy()).filter((f) => f.rule === 'tone.model');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(body.slice(f.start, f.end)).toBe(TONE);
    expect(f.excerpt).toBe(TONE);
    expect(f.kind).toBe('tone');
    expect(f.severity).toBe('warn');
    expect(f.message).toMatch(/^reads as pressure \(0\.\d\d|1\.00\): "[^"]+", "[^"]+", "[^"]+"$/);
  });

  it('reads an AI assistant\'s help told to the reader, with a person\'s check, as no note', () => {
    // Twenty-first session, read clean emails ED: disclosures that the model read as traces.
    for (const line of [
      "I'm writing on behalf of Kelly Moore. (Transparency note: this email was drafted by Ourco's AI sales assistant and reviewed by Kelly before it went out.)",
      "It's been four weeks since you went live. (A note: I used our AI assistant to pull the usage figures below from your account dashboard, and I've reviewed them.)",
    ]) expect(scanExample(draft(line), policy()).filter((f) => f.kind === 'internal_marker'), line).toEqual([]);
    // The same help without a person's check is a trace left in.
    const trace = scanExample(draft('I used the AI assistant to pull her LinkedIn history into the opener.'), policy());
    expect(trace.some((f) => f.rule === 'internal.model')).toBe(true);
  });

  it('reports internal notes as internal_marker', () => {
    const body = draft(`Thanks for the call. ${NOTE}`);
    const f = scanExample(body, policy()).find((x) => x.rule === 'internal.model');
    expect(f?.kind).toBe('internal_marker');
    expect(body.slice(f!.start, f!.end)).toBe(NOTE);
  });

  it('adds nothing where a rule already reported the sentence', () => {
    const found = scanExample(draft('This offer expires tonight, so act now before it is too late!'), policy());
    expect(found.some((f) => f.kind === 'tone' && f.rule !== 'tone.model')).toBe(true);
    expect(found.some((f) => f.rule === 'tone.model')).toBe(false);
  });

  it('adds its reading where a rule of the same kind only noted the sentence (info)', () => {
    // "Sign this month" is an info note of tone.push-to-sign; the guarantee is the model's to report.
    const found = scanExample(draft("Sign this month and I'll personally guarantee your shrink comes down by double digits before Christmas."), policy());
    expect(found.some((f) => f.rule === 'tone.push-to-sign' && f.severity === 'info')).toBe(true);
    expect(found.some((f) => f.rule === 'tone.model' && f.severity !== 'info')).toBe(true);
  });

  it('reads a condition on the reader as no news, and what it presents as under way as news', () => {
    const claims = (line: string): boolean => scanExample(draft(line), policy()).some((f) => f.rule === 'claim.model');
    expect(claims('Once you hire the new CFO, we can walk them through the model.')).toBe(false);
    expect(claims("If you're expanding into Germany, our VAT module handles the filings.")).toBe(false);
    expect(claims('As you prepare for the Health Canada inspection next quarter, I thought this checklist might help.')).toBe(true);
    expect(claims("If the rumours are true, you're about to be acquired.")).toBe(true);
  });

  it('reads a note in brackets inside a sentence to the reader, and not a clean aside', () => {
    const aside = "(Kenji said they're likely to slip on the security review anyway, worth offering proactively)";
    const body = draft(`I'll ask our CS lead to check if we can extend your POC by a week ${aside} so your team has time to test the backfill scenario.`);
    const f = scanExample(body, policy()).find((x) => x.rule === 'internal.model');
    expect(body.slice(f!.start, f!.end)).toBe(aside);
    const clean = draft('We sized the plan for your peak (order volume roughly 8x a normal day, peaking around 9am ET) and kept headroom.');
    expect(scanExample(clean, policy()).some((x) => x.rule === 'internal.model')).toBe(false);
  });

  it('adds a reading another kind of finding missed, but not over data left in the text', () => {
    // An agent's phrase to one rule, pressure to the model: both are shown.
    const line = 'Happy to wait, though I should mention the carriers who signed up last month are already getting priority lanes.';
    const found = scanExample(draft(line), policy());
    expect(found.some((f) => f.rule === 'internal.agent-trace')).toBe(true);
    expect(found.some((f) => f.rule === 'tone.model')).toBe(true);
    // A placeholder is data left in the text: the model's note reading of it is not added.
    const slot = scanExample(draft('Thanks again.\n\n[Insert relevant case study here]'), policy());
    expect(slot.some((f) => f.kind === 'placeholder')).toBe(true);
    expect(slot.some((f) => f.rule === 'internal.model')).toBe(false);
  });

  it('leaves quoted replies alone', () => {
    const found = scanExample(draft(`Happy to help.\n\n> ${NOTE}`), policy());
    expect(found.some((f) => f.rule === 'internal.model')).toBe(false);
  });

  it('is turned off by disable: and re-tiered by severity: like any rule', () => {
    expect(scanExample(draft(TONE), policy({ disable: ['tone.model'] })).some((f) => f.rule === 'tone.model')).toBe(false);
    expect(scanExample(draft(NOTE), policy({ disable: ['tone.model'] })).some((f) => f.rule === 'internal.model')).toBe(true);
    const f = scanExample(draft(NOTE), policy({ severity: { 'internal.model': 'critical' } })).find((x) => x.rule === 'internal.model');
    expect(f?.severity).toBe('critical');
  });
});
