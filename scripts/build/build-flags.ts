import { resolve, sep } from 'node:path';

// Build-time flags (README "Privacy and permissions"): `BRIEFINGS_BUILD=test` (the end-to-end suite) or `bench` adds
// the performance marks the suite and the bench read; a production build (unset) has none, dead-code-eliminated.
export type BuildFlavour = 'production' | 'bench' | 'test';

/** `debug` undefined (the unit tests) leaves core/debug.ts reading a global, which a test can set. */
export function buildFlags(flavour: string | undefined, debug?: boolean): Record<string, string> {
  if (flavour !== undefined && flavour !== 'test' && flavour !== 'bench' && flavour !== 'production') {
    throw new Error(`BRIEFINGS_BUILD must be test, bench or production, not "${flavour}"`);
  }
  return {
    'import.meta.env.BRIEFINGS_MARKS': JSON.stringify(flavour === 'test' || flavour === 'bench'),
    // Test builds leave the card's shadow root open so the suite can read the card from the page.
    'import.meta.env.BRIEFINGS_TEST': JSON.stringify(flavour === 'test'),
    // Debug builds log the failures the extension survives (core/debug.ts); others drop that code.
    ...(debug !== undefined && { __BRIEFINGS_DEBUG__: JSON.stringify(debug) }),
  };
}

/**
 * `BRIEFINGS_FIXTURE_TOPICS`: comma-separated briefing files under tests/fixtures/ (paths from the repository root)
 * that a test build appends to BRIEFINGS, for tests/e2e/fifth-topic.test.ts. Refused in any other build, so a
 * production build cannot ship a fixture topic by accident. Returns absolute paths.
 */
export function fixtureTopicFiles(flavour: string | undefined, value: string | undefined, root: string): string[] {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (!names.length) return [];
  if (flavour !== 'test') {
    throw new Error(`BRIEFINGS_FIXTURE_TOPICS adds test topics: only a test build (BRIEFINGS_BUILD=test) takes it, not ${flavour ?? 'production'}`);
  }
  return names.map((name) => {
    const file = resolve(root, name);
    if (!file.startsWith(resolve(root, 'tests/fixtures') + sep) || !file.endsWith('.ts')) {
      throw new Error(`BRIEFINGS_FIXTURE_TOPICS: "${name}" is not a .ts file under tests/fixtures/`);
    }
    return file;
  });
}
