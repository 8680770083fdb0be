/**
 * Words that place a line in an incident or a ticket ("P1", "Sev 2", "ticket #58214", "outage",
 * "burst pipe", "line down", "security advisory", "recall", a CVE or a vulnerability being exploited): an "urgent" there is the incident's
 * priority, not pressure on the reader. A regex source without anchors or flags, for lower-cased
 * or case-insensitive text; its users add their own words around it (text-detectors.ts: an URGENT
 * or CRITICAL in capitals; the tone pack: tone.deadline-pressure's "urgent").
 */
export const INCIDENT_WORDS = String.raw`p[0-4]|sev(?:erity)?[ -]?[0-4]|ticket|incident|outage|burst|leak|line[- ]down|recall|security (?:alert|advisory|patch)|cve-\d{4}-\d{3,}|vulnerabilit(?:y|ies)|zero-?day|actively exploited`;
