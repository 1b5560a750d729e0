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
  /** Directory holding the briefing files and their index.ts; defaults to this one. */
  dir?: string;
  /** Briefing files from elsewhere added to the set, listed by being named here (the test build's fixture topics). */
  extraFiles?: readonly string[];
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
export async function findBriefingFileProblems({
  dir = HERE,
  extraFiles = [],
  articlePath = join(HERE, 'source', 'article.txt'),
}: BriefingFilesOptions = {}): Promise<string[]> {
  const label = (file: string) => relative(process.cwd(), file).split('\\').join('/');
  const article = parseArticle(readFileSync(articlePath, 'utf8'));
  const problems: string[] = [];
  const entries: BriefingEntry[] = [];
  const extras: BriefingEntry[] = [];
  for (const file of [...readdirSync(dir).filter(isBriefingFile).sort().map((name) => join(dir, name)), ...extraFiles]) {
    const loaded = await loadSingleExport(file);
    if ('error' in loaded) problems.push(`${label(file)}: ${loaded.error}`);
    else (extraFiles.includes(file) ? extras : entries).push({ file: label(file), value: loaded.value });
  }
  // index.ts is what the extension ships: a briefing it does not list would pass every check yet never show, so
  // the topics it lists are the known ones (plus the extra files, listed by being named).
  const listed = await listedTopics(dir, label);
  if (typeof listed === 'string') problems.push(listed);
  const topics = Array.isArray(listed) ? [...listed, ...extras.map(({ value }) => String((value as { id?: unknown } | null)?.id))] : undefined;
  problems.push(...validateBriefings([...entries, ...extras], article, label(dir), topics));
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

/** The ids index.ts lists in BRIEFINGS, undefined without an index.ts, or a problem when it cannot be loaded. */
async function listedTopics(dir: string, label: (file: string) => string): Promise<string[] | string | undefined> {
  const file = join(dir, 'index.ts');
  if (!existsSync(file)) return undefined;
  let BRIEFINGS: readonly { id?: unknown }[] | undefined;
  try {
    ({ BRIEFINGS } = (await import(pathToFileURL(file).href)) as { BRIEFINGS?: readonly { id?: unknown }[] });
  } catch (error) {
    return `${label(file)}: could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!Array.isArray(BRIEFINGS)) return `${label(file)}: BRIEFINGS: expected the list of briefings`;
  return BRIEFINGS.map((briefing) => String(briefing?.id));
}
