/**
 * Rule regexes: JavaScript syntax with the `u` flag, plus inline case-insensitive groups
 * `(?i:…)` (gitleaks and Vale rules use them) on engines that lack regex modifiers (Node 20):
 * such a group is rewritten with both cases of every ASCII letter, `(?i:key)` → `(?:[kK][eE][yY])`.
 */

function caseFold(s: string): string {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
        i++;
        continue;
      }
      const next = s[i + 2];
      if (/[a-zA-Z]/.test(c) && s[i + 1] === '-' && next !== undefined && /[a-zA-Z]/.test(next)) {
        out += `${c.toLowerCase()}-${next.toLowerCase()}${c.toUpperCase()}-${next.toUpperCase()}`;
        i += 3;
        continue;
      }
      out += /[a-zA-Z]/.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      if (s[i] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '(' && s[i + 1] === '?') {
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_][A-Za-z0-9_]*>)/.exec(s.slice(i));
      if (m !== null) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    if (c === '{') {
      const close = s.indexOf('}', i);
      if (close > i && /^\{\d+(?:,\d*)?\}$/.test(s.slice(i, close + 1))) {
        out += s.slice(i, close + 1);
        i = close + 1;
        continue;
      }
    }
    out += /[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    i++;
  }
  return out;
}

let modifiersSupported: boolean | undefined;

/** Rewrites `(?i:…)` groups when the engine cannot compile them itself. */
export function expandInlineCase(src: string): string {
  if (!src.includes('(?i:')) return src;
  if (modifiersSupported === undefined) {
    try {
      new RegExp('(?i:a)', 'u');
      modifiersSupported = true;
    } catch {
      modifiersSupported = false;
    }
  }
  if (modifiersSupported) return src;
  let p = src;
  for (;;) {
    const k = p.indexOf('(?i:');
    if (k < 0) return p;
    let depth = 0;
    let j = k;
    for (; j < p.length; j++) {
      const ch = p[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '[') {
        j++;
        while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    p = `${p.slice(0, k)}(?:${caseFold(p.slice(k + 4, j))})${p.slice(j + 1)}`;
  }
}

/** Compiles a rule regex (global, Unicode). Throws the engine's SyntaxError when invalid. */
export function compileRuleRegex(src: string, flags = 'gu'): RegExp {
  return new RegExp(expandInlineCase(src), flags);
}
