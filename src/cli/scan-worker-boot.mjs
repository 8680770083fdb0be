// A scan-pool worker started from the TypeScript sources (tests, the bin's fallback when dist/ is
// stale): tsx's loader first, then the worker (scan-worker.ts). The compiled build starts
// dist/cli/scan-worker.js directly. Plain JS: it runs before any TypeScript can load.
import { register } from 'tsx/esm/api';

register();
await import('./scan-worker.ts');
