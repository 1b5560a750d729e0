// Reads one `npm run scan` input as text: a file (UTF-8, .txt or .html) or "-" for standard input.
import { readFileSync } from 'node:fs';
import { htmlToText } from './html-text.ts';

export type Input = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function describe(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message ?? String(err);
}

/** Bytes → text, refusing binary data: a NUL byte, or bytes that are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): Input {
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, error: 'binary file (not valid UTF-8)' };
  }
}

/** Reads `path` ("-" = stdin). HTML (.html/.htm) becomes the text a browser shows; anything else is plain text. */
export function readInput(path: string): Input {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (err) {
    return { ok: false, error: describe(err) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok || !/\.html?$/i.test(path)) return decoded;
  return { ok: true, text: htmlToText(decoded.text) };
}
