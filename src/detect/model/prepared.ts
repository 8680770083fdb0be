/**
 * The shipped model already checked and indexed, or null. From the sources this is null and
 * detect.ts loads and checks weights.json at import. `npm run build` replaces the compiled copy
 * of this module (dist/detect/model/prepared.js) with one that loads `prepareModel` of that same
 * model from dist/detect/model/prepared.json, so the compiled CLI and services start without
 * reading, checking and indexing the weights; a unit test checks the prepared form gives back the model exactly.
 */
import type { PreparedModel } from './model.js';

export const PREPARED_MODEL: PreparedModel | null = null;
