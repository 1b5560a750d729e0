// `npm run lint:firefox`: builds the Firefox add-on and runs Mozilla's linter (`web-ext lint`, the same checks
// addons.mozilla.org runs on upload) over it. Fails on any error, and on any warning or notice not in ALLOWED below.
// Each allowed finding is matched by code, file and the built code around it, so a new finding of the same kind
// in our own code still fails. docs/firefox.md ("web-ext lint") lists the allowlist with its reasons.
//
//   BRIEFINGS_OUT_DIR=.output-x   build into another directory (as everywhere in this repo)
//   --no-build                    lint the existing build
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = path.join(path.resolve(ROOT, process.env.BRIEFINGS_OUT_DIR ?? '.output'), 'firefox-mv2');

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Allowed {
  code: string;
  /** The built file, relative to the build directory. */
  file: RegExp;
  /** Must match the built code around the reported line/column (±200 characters), so the finding is the one meant. */
  near: RegExp;
  reason: string;
}

export const ALLOWED: Allowed[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /\.js$/,
    // Preact's diff: `dom.innerHTML = newProps.dangerouslySetInnerHTML.__html` (minified: `n.innerHTML=f.__html`).
    near: /\binnerHTML\s*=\s*[\w$]+\.__html\b/,
    reason:
      "Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop; our code never passes that prop " +
      '(this script fails if any source file mentions it), so the path is unreachable with our components.',
  },
];

/** Our own source: nothing here may use dangerouslySetInnerHTML, which is what would make Preact's path live. */
const SOURCE_DIRS = ['entrypoints', 'content', 'card', 'ui', 'dom', 'extension', 'core', 'briefings'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(name) ? [full] : [];
  });
}

function codeAround(file: string, line = 1, column = 0): string {
  const full = path.join(BUILD_DIR, file);
  if (!existsSync(full)) return '';
  const text = readFileSync(full, 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 200), column + 200);
}

function describe(m: LintMessage): string {
  const where = m.file ? ` ${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '';
  return `${m._type.toUpperCase()} ${m.code}${where} — ${m.message}`;
}

function main(): number {
  if (!process.argv.includes('--no-build')) {
    try {
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      console.error(`lint:firefox: the Firefox build failed\n${stdout ?? ''}${stderr ?? ''}`);
      return 1;
    }
  }
  if (!existsSync(path.join(BUILD_DIR, 'manifest.json'))) {
    console.error(`lint:firefox: no Firefox build at ${BUILD_DIR} (run without --no-build)`);
    return 1;
  }

  const problems: string[] = [];
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    if (readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML')) {
      problems.push(`SOURCE ${path.relative(ROOT, file)} uses dangerouslySetInnerHTML (the allowlist relies on it not)`);
    }
  }

  const run = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', BUILD_DIR, '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    report = JSON.parse(json);
  } catch {
    console.error(`lint:firefox: web-ext lint gave no JSON report (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
    return 1;
  }

  const used = new Set<Allowed>();
  const allowed: string[] = [];
  for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
    const entry =
      message._type === 'error'
        ? undefined
        : ALLOWED.find(
            (a) =>
              a.code === message.code &&
              a.file.test(message.file ?? '') &&
              a.near.test(codeAround(message.file ?? '', message.line, message.column)),
          );
    if (entry) {
      used.add(entry);
      allowed.push(`${describe(message)}\n    allowed: ${entry.reason}`);
    } else {
      problems.push(describe(message));
    }
  }

  console.log(
    `web-ext lint ${path.relative(ROOT, BUILD_DIR)}: ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
      `${report.notices.length} notices; ${allowed.length} allowed`,
  );
  for (const line of allowed) console.log(`  ${line}`);
  for (const entry of ALLOWED.filter((a) => !used.has(a))) {
    console.log(`  note: allowlist entry ${entry.code} ${entry.file} matched nothing; remove it if it is gone for good`);
  }
  if (problems.length) {
    console.error(`lint:firefox failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
