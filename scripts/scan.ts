// `npm run scan -- [--json] [--topics a,b] FILE...`: the content script's matcher over .txt and .html files.
// Exit 0 when everything ran (mentions or not); 2 when any argument or file was bad (the rest still ran).
import { BRIEFINGS } from '../briefings/index.ts';
import { createMatcher, scanPage, type FoundMention } from '../core/scan.ts';
import { parseArgs, USAGE } from './lib/args.ts';
import { lineColumn, lineStarts } from './lib/line-column.ts';
import { readInput } from './lib/read-input.ts';

function grepLines(file: string, text: string, mentions: readonly FoundMention[]): string[] {
  const starts = lineStarts(text);
  return mentions.map((m) => {
    const [line, column] = lineColumn(text, m.start, starts);
    return `${file}:${line}:${column}  ${m.topic}  ${JSON.stringify(m.surface)}`;
  });
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  let status = 0;
  const fail = (message: string) => {
    process.stderr.write(`scan: ${message}\n`);
    status = 2;
  };
  args.errors.forEach(fail);
  if (args.help) process.stdout.write(`${USAGE}\n`);
  if (args.errors.length > 0 && args.files.length === 0) process.stderr.write(`${USAGE}\n`);
  const matcher = createMatcher(BRIEFINGS, { topics: args.topics });
  for (const file of args.files) {
    const input = readInput(file);
    if (!input.ok) {
      fail(`${file}: ${input.error}`);
      continue;
    }
    const mentions = scanPage(matcher, input.text);
    const lines = args.json ? [JSON.stringify({ file, mentions })] : grepLines(file, input.text, mentions);
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
