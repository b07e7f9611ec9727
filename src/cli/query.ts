/**
 * `npm run query -- <command> …`: the domain's queries from the command line.
 *   plan <item…> [--known a,b]   unlocks <item>   prerequisites <item>   path <from> <to>
 *   equivalents <service> [--from p]   translate <service…> --to aws|azure|gcp [--from p]   search <text>
 * Names are ids, labels or aliases, any case. `--json` prints machine-readable output.
 */
import { parseArgs } from 'node:util';
import { createAtlas } from '../domain/atlas.ts';
import { loadGraph } from '../domain/load-graph.ts';
import { formatProblem } from './format-problems.ts';
import { AmbiguousNameError, createCommands, UnknownNameError, UsageError, type Output } from './query-commands.ts';
import { readGraphData } from './read-graph-data.ts';

const USAGE = `usage: npm run query -- <command> [--json]
  plan <item…> [--known <item,…>]   ordered plan, prerequisites first
  prerequisites <item>              everything it builds on
  unlocks <item>                    everything downstream of it
  path <from> <to>                  shortest connection
  equivalents <service> [--from aws|azure|gcp]   counterparts on the other clouds
  translate <service…> --to aws|azure|gcp [--from aws|azure|gcp]
                                    --from: the cloud the names come from (default: inferred)
  search <text>`;

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      known: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const loaded = loadGraph(readGraphData());
  if (!loaded.ok) {
    loaded.problems.forEach((p) => console.error(formatProblem(p)));
    console.error('graph-data is invalid; run npm run validate');
    return 1;
  }
  const commands = createCommands(createAtlas(loaded.graph));
  const need = (n: number) => {
    if (rest.length < n) throw new UsageError(`${command} needs ${n} argument(s)`);
  };
  let output: Output;
  try {
    switch (command) {
      case 'plan':
        output = commands.plan(rest, values.known ? [values.known] : []);
        break;
      case 'prerequisites':
        need(1);
        output = commands.prerequisites(rest.join(' '));
        break;
      case 'unlocks':
        need(1);
        output = commands.unlocks(rest.join(' '));
        break;
      case 'path':
        need(2);
        output = commands.path(rest[0]!, rest[1]!);
        break;
      case 'equivalents':
        need(1);
        output = commands.equivalents(rest.join(' '), values.from);
        break;
      case 'translate':
        need(1);
        output = commands.translate(rest, values.to, values.from);
        break;
      case 'search':
        need(1);
        output = commands.search(rest.join(' '));
        break;
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UnknownNameError || error instanceof AmbiguousNameError || error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  console.log(values.json ? JSON.stringify(output.data, null, 2) : output.text);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
