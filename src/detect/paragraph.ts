/**
 * Paragraphs of a field: the text between blank lines, and a per-paragraph answer kept for the
 * text being scanned. A draft's hits and the model's sentences ask about the same few paragraphs
 * again and again (ui-steps.ts, workflow.ts): each answer is computed once per paragraph.
 */
import { paragraphOf } from './text-index.js';

/** The paragraph around [start, end) of `text`: between the blank lines before and after it. */
export function paragraphAround(text: string, start: number, end: number): [number, number] {
  return paragraphOf(text, start, end);
}

/**
 * `compute(text, from, to)` for the paragraph around [start, end), remembered for the last text
 * asked about (one text at a time: a new text forgets the old one's answers).
 */
export function perParagraph<T>(compute: (text: string, from: number, to: number) => T): (text: string, start: number, end: number) => { value: T; from: number; to: number } {
  let memoText = '';
  const memo = new Map<string, T>();
  return (text, start, end) => {
    const [from, to] = paragraphAround(text, start, end);
    if (text !== memoText) {
      memoText = text;
      memo.clear();
    }
    const key = `${from}:${to}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(text, from, to);
      memo.set(key, value);
    }
    return { value, from, to };
  };
}
