import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_MODEL } from '../../../src/detect/model/detect.js';
import { loadModel, modelFromPrepared, prepareModel } from '../../../src/detect/model/model.js';
// @ts-expect-error plain JS without types
import { distIsCurrent } from '../../../src/cli/dist-state.mjs';

const weightsJson = (): unknown => JSON.parse(readFileSync(new URL('../../../src/detect/model/weights.json', import.meta.url), 'utf8'));

describe('prepared model (npm run build writes it as JSON into the compiled build)', () => {
  it('the prepared form, through JSON, gives back the checked model exactly', () => {
    const model = loadModel(weightsJson());
    const viaJson = modelFromPrepared(JSON.parse(JSON.stringify(prepareModel(model))));
    expect(viaJson).toStrictEqual(model);
    // Maps compare by entries, not order; the pair table and feature rows depend on order too.
    expect([...viaJson.index]).toStrictEqual([...model.index]);
    expect([...viaJson.stemIds]).toStrictEqual([...model.stemIds]);
    expect([...viaJson.pairRow]).toStrictEqual([...model.pairRow]);
    expect(BUILTIN_MODEL).toStrictEqual(model);
  });

  // What the compiled CLI runs, when a current build is there to check (dist-state.mjs).
  it.runIf((distIsCurrent as () => boolean)())('the compiled build holds the prepared form of the weights in src/', async () => {
    const dist = new URL('../../../dist/detect/model/prepared.js', import.meta.url).href;
    const { PREPARED_MODEL } = (await import(dist)) as { PREPARED_MODEL: unknown };
    expect(PREPARED_MODEL).toStrictEqual(JSON.parse(JSON.stringify(prepareModel(loadModel(weightsJson())))));
  });
});
