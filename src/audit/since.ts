// Apart from export.ts so that registering the CLI's commands does not load the CSV writer.

/** "7d", "24h", "30m" or an ISO date → Date. Returns null when it is neither. */
export function parseSince(s: string, now = new Date()): Date | null {
  const m = /^(\d+)([dhm])$/.exec(s.trim());
  if (m) {
    const n = Number(m[1]);
    const ms = m[2] === 'd' ? 86_400_000 : m[2] === 'h' ? 3_600_000 : 60_000;
    return new Date(now.getTime() - n * ms);
  }
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
