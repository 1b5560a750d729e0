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
