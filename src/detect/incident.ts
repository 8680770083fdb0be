/**
 * Words that place a line in an incident or a ticket ("P1", "Sev 2", "ticket #58214", "outage",
 * "burst pipe", "line down", "security advisory", "recall", a CVE or a vulnerability being exploited): an "urgent" there is the incident's
 * priority, not pressure on the reader. A regex source without anchors or flags, for lower-cased
 * or case-insensitive text; its users add their own words around it (text-detectors.ts: an URGENT
 * or CRITICAL in capitals; the tone pack: tone.deadline-pressure's "urgent").
 */
export const INCIDENT_WORDS = String.raw`p[0-4]|sev(?:erity)?[ -]?[0-4]|ticket|incident|outage|burst|leak|line[- ]down|recall|security (?:alert|advisory|patch)|cve-\d{4}-\d{3,}|vulnerabilit(?:y|ies)|zero-?day|actively exploited`;

/**
 * A support class defined in brackets with its contact on the next line: "URGENT (machine data
 * missing, dosing stopped)\nSupport line, 24/7: +90 850 305 22 40". The text after the class's
 * name, for lower-cased or case-insensitive text (text-detectors.ts anchors it after an URGENT
 * in capitals; the tone pack's "urgent" does not fire before it).
 */
export const PRIORITY_DEFINED_WITH_CONTACT = String.raw`[ \t]*\([^()\n]{1,80}\)[ \t]*\n[^\n]*(?:\+?\d[\d \-]{6,}\d|@|24/7|within)`;
