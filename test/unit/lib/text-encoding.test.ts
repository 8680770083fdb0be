import { describe, expect, it } from 'vitest';
import { charsetOf, decodeText } from '../../../src/lib/text-encoding.js';

const NAME = 'Société Générale';

describe('decodeText: files as spreadsheets save them', () => {
  it.each([
    ['UTF-8', Buffer.from(`id,name\n1,${NAME}\n`, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`id,name\n1,${NAME}\n`, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with its mark (Excel "Unicode Text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`id\tname\n1\t${NAME}\n`, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with its mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`id\tname\n1\t${NAME}\n`, 'utf16le').swap16()]), 'utf-16be'],
    ['Windows-1252 (Excel "CSV" on Windows)', Buffer.from(`id,name\n1,${NAME}\n`, 'latin1'), 'windows-1252'],
  ])('%s', (_label, bytes, encoding) => {
    const d = decodeText(bytes);
    expect(d).toMatchObject({ ok: true, encoding });
    if (d.ok) expect(d.text).toContain(NAME);
    if (d.ok) expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('Windows-1252 bytes beyond Latin-1 (€, curly quotes) read as Windows-1252 writes them', () => {
    const d = decodeText(Buffer.from([0x80, 0x20, 0x93, 0x41, 0x94]));
    expect(d).toEqual({ ok: true, text: '€ “A”', encoding: 'windows-1252' });
  });

  it('a declared charset is honoured; an unknown one, or bytes that are not what it declares, is an error', () => {
    expect(decodeText(Buffer.from(NAME, 'latin1'), 'ISO-8859-1')).toMatchObject({ ok: true, text: NAME });
    expect(decodeText(Buffer.from([0x80, 0x41]), 'cp1252')).toEqual({ ok: true, text: '€A', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from(NAME, 'utf8'), 'utf-8')).toMatchObject({ ok: true, text: NAME, encoding: 'utf-8' });
    expect(decodeText(Buffer.from('x'), 'klingon-8')).toEqual({ ok: false, error: 'unknown charset "klingon-8"' });
    expect(decodeText(Buffer.from([0xe9]), 'utf-8')).toEqual({ ok: false, error: 'the body is not valid utf-8' });
  });

  it('charsetOf reads the Content-Type parameter, quoted or not', () => {
    expect(charsetOf('text/csv; charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/csv;Charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetOf('text/csv')).toBeUndefined();
    expect(charsetOf(undefined)).toBeUndefined();
  });
});
