/** Run a CLI command body against two in-memory streams and return its exit code with what it wrote. */
import { PassThrough } from 'node:stream';

export async function capture(fn: (out: PassThrough, err: PassThrough) => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += String(c)));
  err.on('data', (c) => (stderr += String(c)));
  const code = await fn(out, err);
  return { code, stdout, stderr };
}
