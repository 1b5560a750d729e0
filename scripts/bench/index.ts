// `npm run bench`: the extension's cost on generated pages, as ratios to baselines measured in the same run.
// See docs/performance.md. This file only fixes the build directory
// before anything reads it (tests/e2e/harness/paths.ts resolves BRIEFINGS_OUT_DIR when imported), then starts
// the bench.
process.env.BRIEFINGS_OUT_DIR ??= '.output-bench';
const { main } = await import('./main.ts');
await main(process.argv.slice(2));
export {};
