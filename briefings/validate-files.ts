// Loads every briefing file from a directory and validates the set against the source article, for the build hook
// (wxt.config.ts) and the tests. Node only. A briefing file is any .ts file in the directory other than the
// support modules listed in SUPPORT_FILES, so a new topic file cannot be silently skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticle } from './source/paragraphs.ts';
import { validateBriefings, type BriefingEntry } from './validate.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Files in briefings/ that are not briefings. */
export const SUPPORT_FILES = ['index.ts', 'types.ts', 'speakers.ts'];

const isBriefingFile = (name: string): boolean =>
  name.endsWith('.ts') &&
  !name.endsWith('.d.ts') &&
  !name.endsWith('.test.ts') &&
  !name.startsWith('validate') &&
  !SUPPORT_FILES.includes(name);

export interface BriefingFilesOptions {
  /** Directory holding the briefing files; defaults to this one. */
  dir?: string;
  /** The article text file; defaults to briefings/source/article.txt. */
  articlePath?: string;
}

export class BriefingValidationError extends Error {
  override name = 'BriefingValidationError';
  constructor(readonly problems: string[]) {
    super(
      `Briefings failed validation (${problems.length} problem${problems.length === 1 ? '' : 's'}; ` +
        `see README "Where briefings come from"):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Every problem with the briefing files in `dir`, as "<file>: <field>: <message>" lines; empty when all is well. */
export async function findBriefingFileProblems({ dir = HERE, articlePath = join(HERE, 'source', 'article.txt') }: BriefingFilesOptions = {}): Promise<string[]> {
  const label = (file: string) => relative(process.cwd(), file).split('\\').join('/');
  const article = parseArticle(readFileSync(articlePath, 'utf8'));
  const problems: string[] = [];
  const entries: BriefingEntry[] = [];
  for (const name of readdirSync(dir).filter(isBriefingFile).sort()) {
    const file = join(dir, name);
    const loaded = await loadSingleExport(file);
    if ('error' in loaded) problems.push(`${label(file)}: ${loaded.error}`);
    else entries.push({ file: label(file), value: loaded.value });
  }
  problems.push(...validateBriefings(entries, article, label(dir)));
  problems.push(...(await checkIndex(dir, entries, label)));
  return problems;
}

/** Throws a BriefingValidationError listing every problem, so the build stops with a readable message. */
export async function assertBriefingFilesValid(options: BriefingFilesOptions = {}): Promise<void> {
  const problems = await findBriefingFileProblems(options);
  if (problems.length) throw new BriefingValidationError(problems);
}

async function loadSingleExport(file: string): Promise<{ value: unknown } | { error: string }> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    return { error: `could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  const names = Object.keys(module);
  const [only] = names;
  if (names.length !== 1 || only === undefined) {
    return { error: `expected exactly one export (the briefing), found ${names.length ? names.join(', ') : 'none'}` };
  }
  return { value: module[only] };
}

// index.ts is what the extension ships; a briefing missing from BRIEFINGS would pass every check yet never show.
async function checkIndex(dir: string, entries: BriefingEntry[], label: (file: string) => string): Promise<string[]> {
  const file = join(dir, 'index.ts');
  if (!existsSync(file)) return [];
  let BRIEFINGS: readonly { id: string }[] | undefined;
  try {
    ({ BRIEFINGS } = (await import(pathToFileURL(file).href)) as { BRIEFINGS?: readonly { id: string }[] });
  } catch (error) {
    return [`${label(file)}: could not be loaded: ${error instanceof Error ? error.message : String(error)}`];
  }
  const listed = new Set((BRIEFINGS ?? []).map((briefing) => briefing.id));
  return entries
    .map(({ file: entryFile, value }) => ({ entryFile, id: (value as { id?: unknown } | null)?.id }))
    .filter(({ id }) => typeof id === 'string' && !listed.has(id))
    .map(({ entryFile, id }) => `${label(file)}: BRIEFINGS: does not include "${String(id)}" from ${entryFile}`);
}
