/**
 * The text of a file as CRMs and spreadsheets write it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with its mark (Excel's "Unicode Text"), a charset the sender declares, or — when the
 * bytes are not UTF-8 and nothing says otherwise — Windows-1252, the code page Excel on Windows
 * saves "CSV" in. Read as UTF-8, such a file turns every accented name into U+FFFD ("Soci�t�"),
 * which no draft's "Société" then matches.
 */
export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; error: string };

export function decodeText(bytes: Uint8Array, declared?: string | undefined): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (declared !== undefined && declared.trim() !== '') {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(declared.trim(), { fatal: true });
    } catch {
      return { ok: false, error: `unknown charset "${declared}"` };
    }
    // The WHATWG labels latin1 and iso-8859-1 name Windows-1252 too.
    if (decoder.encoding === 'windows-1252') return { ok: true, text: windows1252(bytes), encoding: 'windows-1252' };
    try {
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      return { ok: false, error: `the body is not valid ${decoder.encoding}` };
    }
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder reads the label as ISO-8859-1, which turns € and
 * curly quotes (0x80–0x9F) into control characters. The five bytes the code page leaves undefined
 * stay as those control characters, as the WHATWG decoder does.
 */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/** The `charset` parameter of a Content-Type header, if any (`text/csv; charset="ISO-8859-1"` → `ISO-8859-1`). */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}
