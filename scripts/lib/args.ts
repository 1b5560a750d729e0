// Command-line arguments of `npm run scan`. Problems are collected, not thrown: the scanner reports each one and
// still scans every file it can.
import { TOPIC_IDS } from '../../briefings/index.ts';
import type { TopicId } from '../../briefings/types.ts';

export interface ScanArgs {
  json: boolean;
  topics: TopicId[] | undefined;
  files: string[];
  help: boolean;
  errors: string[];
}

export const USAGE = `usage: npm run scan -- [--json] [--topics ${TOPIC_IDS.join(',')}] FILE... (- for stdin)`;

function parseTopics(value: string | undefined, errors: string[]): TopicId[] {
  if (!value) {
    errors.push('--topics needs a comma-separated list of topics');
    return [];
  }
  const topics: TopicId[] = [];
  for (const name of value.split(',').map((t) => t.trim()).filter(Boolean)) {
    if ((TOPIC_IDS as readonly string[]).includes(name)) topics.push(name as TopicId);
    else errors.push(`unknown topic "${name}" (known: ${TOPIC_IDS.join(', ')})`);
  }
  return topics;
}

/** Parses `argv` (without node and the script). `--` ends the options; `-` alone is standard input. */
export function parseArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { json: false, topics: undefined, files: [], help: false, errors: [] };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (options && arg === '--') options = false;
    else if (options && arg === '--json') args.json = true;
    else if (options && (arg === '--help' || arg === '-h')) args.help = true;
    else if (options && arg === '--topics') args.topics = [...(args.topics ?? []), ...parseTopics(argv[++i], args.errors)];
    else if (options && arg.startsWith('--topics=')) args.topics = [...(args.topics ?? []), ...parseTopics(arg.slice(9), args.errors)];
    else if (options && arg.startsWith('-') && arg !== '-') args.errors.push(`unknown option "${arg}"`);
    else args.files.push(arg);
  }
  if (args.files.length === 0 && !args.help) args.errors.push('no input files (use - for standard input)');
  return args;
}
