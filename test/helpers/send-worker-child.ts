/** A send worker in its own process (the SIGKILL test kills it mid-send). Env → config as in production. */
import { parseConfig, readEnv } from '../../src/config-schema.js';
import { createDeps } from '../../src/deps.js';
import { silentLogger } from '../../src/lib/logger.js';
import { startSendWorker } from '../../src/send/worker.js';

const deps = createDeps(parseConfig(readEnv()), { log: silentLogger(), appName: 'send-child' });
startSendWorker(deps, { limits: { org: { limit: 10_000, windowMs: 60_000 }, mailboxPerDay: 10_000, domainPerDay: 10_000, unreviewedPerTemplatePerHour: 10_000 } });
process.stdout.write('ready\n');
