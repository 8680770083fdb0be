/**
 * Shapes more than one pack's rules except on, written once (interpolated into the packs' YAML; no
 * quotes inside, so they sit in single-quoted YAML as they are).
 */

/** A document's status after its name: "Post-incident report - case IR-2024-0452 (final)"; a "v3 (final)" is a version label and stays out. */
export const DOCUMENT_STATUS = String.raw`\b(?:report|case|minutes|summary|statement|results|review|assessment|audit)\b(?:(?!\bv\d)[^()\n]){0,40}\((?:final|updated|revised|signed|approved|redacted)\)`;
