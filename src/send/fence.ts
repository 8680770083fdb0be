/**
 * Transitional re-export for work in flight when the fence moved to src/send/fence/ (the console's
 * browser test imports sendKeys from here). New code imports src/send/fence/fence.ts; delete this
 * file once nothing imports it.
 */
export { sendKeys } from './fence/fence.js';
