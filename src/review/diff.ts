/** A small line diff (pure): `-`/`+`/` ` prefixed lines, stored in reviews.diff for edits. */
export function lineDiff(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // LCS table; drafts are short (a few hundred lines at most), so O(n·m) is fine.
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(` ${a[i]}`);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push(`-${a[i++]}`);
    else out.push(`+${b[j++]}`);
  }
  while (i < n) out.push(`-${a[i++]}`);
  while (j < m) out.push(`+${b[j++]}`);
  return out.join('\n');
}

/** "subject" diff line plus body diff, the form stored per edit. */
export function draftDiff(before: { subject: string; body: string }, after: { subject: string; body: string }): string {
  const subj = before.subject === after.subject ? ` Subject: ${after.subject}` : `-Subject: ${before.subject}\n+Subject: ${after.subject}`;
  return `${subj}\n\n${lineDiff(before.body, after.body)}`;
}
