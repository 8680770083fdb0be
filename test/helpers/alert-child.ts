/** Records one alert in a transaction (as a trip does), says so, then waits to be killed before posting. */
import { parseConfig, readEnv } from '../../src/config-schema.js';
import { createDeps } from '../../src/deps.js';
import { silentLogger } from '../../src/lib/logger.js';
import { recordAlert } from '../../src/guard/alerts.js';

const deps = createDeps(parseConfig(readEnv()), { log: silentLogger(), appName: 'alert-child' });
const id = await deps.db.transaction((tx) =>
  recordAlert(tx, { kind: 'anomaly.rejection', dedupeKey: 'killed-before-post', scope: 'template:tpl-k', text: 'template tpl-k paused: 6 of 8 reviews rejected', to: { alertChannel: true, users: ['U0OWNER01'] } }),
);
process.stdout.write(`recorded ${id}\n`);
setInterval(() => {}, 1000); // never posts: the parent kills this process here
