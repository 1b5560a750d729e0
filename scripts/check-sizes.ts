// The code's shape, checked (the team's guide): no source file over 300 lines and no function over 90 (tests and
// scripts included), nothing imports an entrypoint, and no import circle among the imports the build keeps (a
// type-only import is erased: briefings/types.ts reads the topic ids from briefings/index.ts's list). A test's
// describe callback is not counted as a function: it holds its tests, each counted on its own.
// `npx tsx scripts/check-sizes.ts` prints what breaks a rule; tests/unit/check-sizes.test.ts fails on it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 90;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = /\.(?:ts|tsx|mts)$/;
/** Build output, dependencies and tool state (every dot directory), and the corpus's passages (text, not code). */
const LEFT_OUT = new Set(['node_modules', 'tests/corpus']);

/** Every source file under `root`, relative to it, with `/` separators. */
export function sourceFiles(root = ROOT, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.') || LEFT_OUT.has(relative)) return [];
    if (entry.isDirectory()) return sourceFiles(root, relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

/** A describe (describe.each, describe.skip…) callback: a group of tests, not one function. */
function isDescribeBody(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return false;
  let callee: ts.Expression = call.expression;
  while (ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && callee.text === 'describe';
}

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

/** The functions in one file longer than MAX_FUNCTION_LINES, as "file:line name (n lines)". */
function longFunctions(file: string, source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isDescribeBody(node)) {
      const first = lineOf(source, node.getStart(source));
      const lines = lineOf(source, node.end) - first + 1;
      const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
      if (lines > MAX_FUNCTION_LINES) found.push(`${file}:${first} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** An import or export of types only, which the build erases (`import type`, or every name imported as a type). */
function typesOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** The files one file imports, relative to the root: relative specifiers only; `values`: without type-only imports. */
function importsOf(file: string, source: ts.SourceFile, values: boolean): string[] {
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
      if (!values || !typesOnly(statement)) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

/** One import circle, as the files around it, if the import graph has any. */
function importCircle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = graph.has(next) ? visit(next) : null;
      if (circle) return circle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return null;
}

/** Everything in the repository that breaks one of the rules, one line each; empty when all hold. */
export function sizeProblems(root = ROOT): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) problems.push(`${file}: ${lines} lines (at most ${MAX_FILE_LINES})`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    problems.push(...longFunctions(file, source).map((f) => `${f}: a function of at most ${MAX_FUNCTION_LINES} lines`));
    graph.set(file, importsOf(file, source, true));
    for (const imported of importsOf(file, source, false)) if (imported.startsWith('entrypoints/')) problems.push(`${file}: imports the entrypoint ${imported}`);
  }
  const circle = importCircle(graph);
  if (circle) problems.push(`import circle: ${circle.join(' → ')}`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = sizeProblems();
  for (const problem of problems) console.log(problem);
  process.exitCode = problems.length ? 1 : 0;
}
