// IDEAL (issue 17): the bench's reference, a minimal extension kept as plain files in scripts/bench/ideal/ and
// loaded unpacked exactly like Briefings' build. Chromium takes the directory as it is (manifest.json, MV3);
// Firefox gets a staged copy whose manifest.json is manifest.firefox.json (MV2, as Briefings ships there).
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../tests/e2e/harness/paths.ts';

export const IDEAL_DIR = path.join(ROOT, 'scripts/bench/ideal');

/** Marks IDEAL's content script sets: before its walk and after its highlights are registered. */
export const IDEAL_MARKS = { start: 'ideal:content-start', done: 'ideal:done' } as const;

/**
 * Chromium's id for an extension whose manifest has a `key`: the SHA-256 of the public key (DER), first 32 hex
 * digits written with the letters a–p. IDEAL has no background page to read its id from, so the key fixes it.
 */
export function chromiumExtensionId(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export function idealChromiumId(): string {
  const manifest = JSON.parse(readFileSync(path.join(IDEAL_DIR, 'manifest.json'), 'utf8')) as { key: string };
  return chromiumExtensionId(manifest.key);
}

/** IDEAL's add-on id in Firefox (manifest.firefox.json) and the moz-extension:// UUID the bench pins for it. */
export const IDEAL_GECKO_ID = 'ideal@briefings-bench.invalid';
export const IDEAL_FIREFOX_UUID = '0d1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
export const IDEAL_FIREFOX_ORIGIN = `moz-extension://${IDEAL_FIREFOX_UUID}/`;

/** A temporary copy of IDEAL laid out for Firefox (MV2 manifest); the caller may delete it after the run. */
export function stageIdealForFirefox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefings-bench-ideal-'));
  for (const file of ['content.js', 'highlights.css']) copyFileSync(path.join(IDEAL_DIR, file), path.join(dir, file));
  copyFileSync(path.join(IDEAL_DIR, 'manifest.firefox.json'), path.join(dir, 'manifest.json'));
  return dir;
}
