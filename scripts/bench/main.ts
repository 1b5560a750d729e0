// The bench, start to end: build, generate and serve pages, measure in Chromium and Firefox and in Node, print the
// table, write .bench/latest.json (and a timestamped copy) and .bench/latest.md, profile what misses a target.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { BUILD_DIRS, ROOT } from '../../tests/e2e/harness/paths.ts';
import { startStaticServer } from '../../tests/e2e/harness/server.ts';
import { buildExtension, composition, contentScriptSize, laterStageSize, popupSize } from './build.ts';
import { profileChromium, runChromium, type BenchPage, type ChromiumResult } from './chromium-run.ts';
import { runFirefox, type FirefoxResult } from './firefox-run.ts';
import { naiveRegex } from './naive.ts';
import { parseOptions } from './options.ts';
import { generateArticles } from './news-articles.ts';
import { generateSpaPage, generateStaticPage, PAGE_SPECS } from './pages.ts';
import { generateTypicalPage, TYPICAL_SPEC } from './typical-page.ts';
import type { ProfileReport } from './profile.ts';
import { markdownTable, summaryTable, textTable } from './report.ts';
import { buildRows, settled, type PageInfo } from './rows.ts';
import { matcherThroughput } from './throughput.ts';

const OUT_DIR = path.join(ROOT, '.bench');
const started = Date.now();
const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

function naiveCount(html: string): number {
  return naiveRegex()[Symbol.match](html.replace(/<[^>]+>/g, ''))?.length ?? 0;
}

function versionOf(pkg: string): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Writes the generated pages into a temp directory; the bench serves it and deletes it at the end. */
function writePages(dir: string): { infos: PageInfo[]; files: Record<string, string> } {
  const news = generateStaticPage(PAGE_SPECS.news1mb);
  const clean = generateStaticPage(PAGE_SPECS.clean5mb);
  const spa = generateSpaPage(PAGE_SPECS.spa);
  const typical = generateTypicalPage(TYPICAL_SPEC);
  const files = { news1mb: 'news-1mb.html', clean5mb: 'clean-5mb.html', spa: 'spa-feed.html', typical: 'typical.html' };
  writeFileSync(path.join(dir, files.news1mb), news.html);
  writeFileSync(path.join(dir, files.clean5mb), clean.html);
  writeFileSync(path.join(dir, files.spa), spa.html);
  writeFileSync(path.join(dir, files.typical), typical.html);
  const infos: PageInfo[] = [
    { key: 'news1mb', label: '1 MB news', bytes: news.bytes, mentions: news.mentions, naiveMatches: naiveCount(news.html) },
    { key: 'clean5mb', label: '5 MB, no mentions', bytes: clean.bytes, mentions: 0, naiveMatches: naiveCount(clean.html) },
    {
      key: 'spa',
      label: `feed, ${spa.articles} appends`,
      bytes: spa.bytes,
      mentions: spa.mentions,
      naiveMatches: naiveCount(generateArticles(PAGE_SPECS.spa).articles.join('\n')),
    },
    { key: 'typical', label: `typical ${Math.round(typical.bytes / 1024)} KB, no mentions`, bytes: typical.bytes, mentions: 0, naiveMatches: naiveCount(typical.html) },
  ];
  return { infos, files };
}

type Options = ReturnType<typeof parseOptions>;
type Rows = ReturnType<typeof buildRows>;
type Composition = { file: string; modules: ReturnType<typeof composition> }[];

/**
 * Where a Chromium timing target is missed (or `all`), profiles one load of that page (or one hover, for the card)
 * and says which modules take the time.
 */
async function profileMisses(infos: PageInfo[], pages: BenchPage[], rows: Rows, all: boolean): Promise<Record<string, ProfileReport>> {
  const profiles: Record<string, ProfileReport> = {};
  const missed = rows.filter((r) => r.browser === 'chromium' && r.met === false);
  for (const p of infos) {
    const page = pages.find((x) => x.key === p.key)!;
    if (all || missed.some((r) => r.page === p.label && !r.figure.startsWith('hover'))) {
      log(`profiling ${p.label}`);
      profiles[p.label] = await profileChromium(page.url, page.spa ? 'feed' : 'load');
    }
    if (p.key === 'news1mb' && (all || missed.some((r) => r.figure.startsWith('hover')))) {
      log('profiling hover → card');
      profiles['hover → card'] = await profileChromium(page.url, 'card');
    }
  }
  return profiles;
}

/** The machine, the browsers and the run's settings, for the report's header and JSON. */
function benchEnv(options: Options, chromium: ChromiumResult, firefox: FirefoxResult | null) {
  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    cpu: `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromium.version,
    firefox: firefox?.version ?? null,
    playwrightCore: versionOf('playwright-core'),
    puppeteerCore: versionOf('puppeteer-core'),
    markjs: versionOf('mark.js'),
    runs: options.runs,
    maxRuns: options.maxRuns,
    traceRuns: options.traceRuns,
    firefoxRuns: options.firefox ? options.firefoxRuns : 0,
    loadavgAtEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

function reportHeader(env: ReturnType<typeof benchEnv>): string {
  return (
    `Briefings bench — ${env.date} @ ${env.commit}\n${env.cpu}, ${env.memoryGB} GB, ${env.os}, Node ${env.node}\n` +
    `Chromium ${env.chromium} (headless, playwright-core ${env.playwrightCore}); Firefox ${env.firefox ?? 'not run'} (headless, puppeteer-core ${env.puppeteerCore}); ` +
    `mark.js ${env.markjs}\nLoad average at the end: ${env.loadavgAtEnd.join(' ')} (on ${os.cpus().length} CPUs: above that, other work shared the CPU and wall-clock figures are inflated)\n${env.runs} runs per case in Chromium (up to ${env.maxRuns} for a page until its Briefings ÷ IDEAL ratios settle: each headline row says how many), Firefox ${env.firefoxRuns}, ${env.traceRuns} traced loads per page.\nMain-thread time added: median over runs of (TaskDuration with − without, same run); every other ratio is median over median, within this run.`
  );
}

/** Prints the table, the missing marks, the profiles, and what the content script is made of when asked for. */
function printReport(header: string, rows: Rows, missingMarks: string[], profiles: Record<string, ProfileReport>, composed: Composition): void {
  console.log(`\n${header}\n\n${textTable(rows)}\n`);
  if (missingMarks.length) console.log(`Marks the extension did not set (figures that need them are "not available yet"): ${missingMarks.join(', ')}\n`);
  for (const [label, profile] of Object.entries(profiles)) {
    console.log(`Profile, ${label}: ${profile.extensionMs.toFixed(1)} ms self time in the extension's code (of ${profile.totalMs.toFixed(0)} ms sampled)`);
    for (const m of profile.modules) console.log(`  ${m.ms.toFixed(1).padStart(7)} ms  ${m.module}`);
    console.log('  top functions:');
    for (const f of profile.functions) console.log(`  ${f.ms.toFixed(1).padStart(7)} ms  ${f.fn}`);
    console.log('');
  }
  for (const { file, modules } of composed) {
    console.log(`What ${file} is made of (minified KB by source, via its source map):`);
    for (const m of modules) console.log(`  ${m.kb.toFixed(1).padStart(7)} KB  ${m.module}`);
    console.log('');
  }
  const met = rows.filter((r) => r.met === true).length;
  const notMet = rows.filter((r) => r.met === false).length;
  const na = rows.filter((r) => r.met === null).length;
  console.log(`Targets: ${met} met, ${notMet} not met, ${na} not available yet.`);
}

/** Writes .bench/latest.json, a timestamped copy and .bench/latest.md. */
function writeReport(header: string, rows: Rows, date: string, report: object): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const json = JSON.stringify(report, null, 1);
  const stamp = date.replace(/[:.]/g, '-');
  writeFileSync(path.join(OUT_DIR, `bench-${stamp}.json`), json);
  writeFileSync(path.join(OUT_DIR, 'latest.json'), json);
  // The short table first (what the README shows), then every row.
  writeFileSync(path.join(OUT_DIR, 'latest.md'), `${header.replace(/\n/g, '  \n')}\n\n${summaryTable(rows)}\n\n${markdownTable(rows)}\n`);
  log(`wrote .bench/latest.json, .bench/bench-${stamp}.json and .bench/latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Serves the pages and measures them: the report's rows, and everything the JSON keeps. */
async function measure(options: Options, infos: PageInfo[], pages: BenchPage[]) {
  log(`matcher throughput (${options.throughputMB} MB of text)`);
  const throughput = await matcherThroughput({ runs: Math.max(options.runs, 5), megabytes: options.throughputMB });
  const chromium = await runChromium({ pages, runs: options.runs, maxRuns: options.maxRuns, settled, traceRuns: options.traceRuns, log });
  let firefox: FirefoxResult | null = null;
  if (options.firefox) {
    try {
      firefox = await runFirefox({ pages, runs: options.firefoxRuns, log });
    } catch (error) {
      // Firefox "where it works": a failure here is reported, not fatal for the Chromium figures.
      log(`firefox failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const content = contentScriptSize('chromium');
  const rows = buildRows({ pages: infos, chromium, firefox, throughput, content, secondStage: laterStageSize('chromium', 'stage2.js'), card: laterStageSize('chromium', 'card.js'), popup: popupSize('chromium') });
  const contentComposition = content.files.filter((f) => f.endsWith('.js')).map((file) => ({ file, modules: composition('chromium', file) }));
  return { throughput, chromium, firefox, rows, contentComposition };
}

export async function main(argv: string[]): Promise<void> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const browsers = options.firefox ? (['chromium', 'firefox'] as const) : (['chromium'] as const);
  if (options.build) {
    log(`building ${browsers.join(' + ')} into ${path.relative(ROOT, path.dirname(BUILD_DIRS.chromium))}`);
    buildExtension(browsers);
  }
  const pagesDir = mkdtempSync(path.join(os.tmpdir(), 'briefings-bench-pages-'));
  const written = writePages(pagesDir);
  const files = written.files;
  const infos = options.pages ? written.infos.filter((p) => options.pages!.includes(p.key)) : written.infos;
  for (const p of infos) log(`page ${p.label}: ${(p.bytes / 2 ** 20).toFixed(2)} MB, ${p.mentions} mentions, naive regex ${p.naiveMatches}`);
  const server = await startStaticServer(pagesDir);
  const pages: BenchPage[] = infos.map((p) => ({
    key: p.key,
    url: `${server.origin}/${files[p.key as keyof typeof files]}`,
    spa: p.key === 'spa',
    markRuns: p.key === 'clean5mb' ? options.mark5mbRuns : Infinity,
  }));

  try {
    const { throughput, chromium, firefox, rows, contentComposition } = await measure(options, infos, pages);
    const profiles = await profileMisses(infos, pages, rows, options.profile);
    const env = benchEnv(options, chromium, firefox);
    const missingMarks = [...new Set([...chromium.missingMarks, ...(firefox?.missingMarks ?? [])])];
    const header = reportHeader(env);
    const sizeMissed = rows.some((r) => r.browser === 'build' && r.met === false);
    printReport(header, rows, missingMarks, profiles, sizeMissed || options.profile ? contentComposition : []);
    writeReport(header, rows, env.date, { env, pages: infos, rows, missingMarks, profiles, contentComposition, throughput, chromium, firefox });
  } finally {
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
