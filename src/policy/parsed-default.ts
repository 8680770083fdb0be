/**
 * The shipped policy (default-policy.yaml) already parsed, or null. From the sources this is null
 * and `parsePolicy` reads the YAML. `npm run build` replaces the compiled copy of this module
 * (dist/policy/parsed-default.js) with the file's text and `parsePolicy`'s result for it, as JSON:
 * `parsePolicy` given exactly that text returns a copy of that result, without loading a YAML
 * parser. Any other text (an edited or owner's policy) is parsed as before. A unit test checks the
 * result survives the JSON round trip, and that the compiled copy matches the sources.
 */
export const PARSED_DEFAULT_POLICY: { readonly text: string; readonly policy: string } | null = null;
