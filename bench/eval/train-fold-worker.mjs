// A cross-validation worker of `npm run train-model` (train-model.ts foldPool): tsx's loader first,
// then train-model.ts, which sees its workerData and serves folds. Plain JS: it runs before any
// TypeScript can load.
import { register } from 'tsx/esm/api';

register();
await import('./train-model.ts');
