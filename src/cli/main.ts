/** The draftgate CLI. Each command group lives in commands/<group>.ts and calls verbs, nothing more. */
import { buildProgram } from './program.js';
import { printAppError } from './context.js';

// Anything a command did not handle still ends as one line (context.ts), never a stack trace.
await buildProgram().parseAsync(process.argv).catch(printAppError);
