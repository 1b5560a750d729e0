// Command line of `npm run bench`.
export interface BenchOptions {
  /** Page loads per case per browser (interleaved). */
  runs: number;
  /** Up to this many runs for a page whose headline ratios have not settled after `runs` (see rows.ts `settled`). */
  maxRuns: number;
  /** Traced loads per page (for the longest task), apart from the timed ones. */
  traceRuns: number;
  firefoxRuns: number;
  /** Runs with mark.js on the 5 MB page too (0.6 s a load, no target depends on it: for scale only). */
  mark5mbRuns: number;
  firefox: boolean;
  build: boolean;
  /** Profile even when every target is met. */
  profile: boolean;
  throughputMB: number;
  /** Only these pages (keys: news1mb, clean5mb, spa, typical); null = all. */
  pages: string[] | null;
}

export const PAGE_KEYS = ['news1mb', 'clean5mb', 'spa', 'typical'] as const;

export const USAGE = `npm run bench -- [--runs N] [--max-runs N] [--quick] [--no-firefox] [--no-build] [--profile] [--pages a,b]
  --runs N      page loads per case (default 7)
  --max-runs N  keep loading a page, up to N runs, until its Briefings ÷ IDEAL ratios settle (default 3× --runs;
                --quick: no extra runs)
  --quick       smoke run: 2 runs, 1 trace, no mark.js on 5 MB, 1 Firefox run
  (default: 7 runs in Chromium, 3 in Firefox, 2 traced loads per page, mark.js on 5 MB once)
  --no-firefox  Chromium only
  --no-build    reuse the build in BRIEFINGS_OUT_DIR (default .output-bench)
  --profile     CPU-profile the extension even when all targets are met
  --pages a,b   only these pages: news1mb, clean5mb, spa, typical (default: all)`;

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 2 : 7;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer\n${USAGE}`);
  const maxAt = argv.indexOf('--max-runs');
  const maxRuns = maxAt >= 0 ? Number(argv[maxAt + 1]) : quick ? runs : 3 * runs;
  if (!Number.isInteger(maxRuns) || maxRuns < runs) throw new Error(`--max-runs needs an integer ≥ --runs\n${USAGE}`);
  const known = new Set(['--runs', '--max-runs', '--quick', '--no-firefox', '--no-build', '--profile', '--help', '--pages']);
  const valued = new Set(['--runs', '--max-runs', '--pages']);
  const unknown = argv.filter((a, i) => a.startsWith('--') && !known.has(a) && !valued.has(argv[i - 1] ?? ''));
  const pagesAt = argv.indexOf('--pages');
  const pages = pagesAt >= 0 ? (argv[pagesAt + 1] ?? '').split(',').filter(Boolean) : null;
  const badPages = (pages ?? []).filter((p) => !(PAGE_KEYS as readonly string[]).includes(p));
  if (pages && (!pages.length || badPages.length)) throw new Error(`--pages takes ${PAGE_KEYS.join(',')}${badPages.length ? `, not ${badPages.join(',')}` : ''}\n${USAGE}`);
  if (unknown.length || argv.includes('--help')) throw new Error(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}`);
  return {
    runs,
    maxRuns,
    traceRuns: quick ? 1 : Math.min(runs, 2),
    firefoxRuns: quick ? 1 : Math.min(runs, 3),
    mark5mbRuns: quick ? 0 : 1,
    firefox: !argv.includes('--no-firefox'),
    build: !argv.includes('--no-build'),
    profile: argv.includes('--profile'),
    throughputMB: quick ? 1 : 4,
    pages,
  };
}
