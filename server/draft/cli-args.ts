// `npm run draft -- <article.txt> [options]`: argument parsing, with one clear message per mistake.
import { DRAFT_LANGUAGES, type DraftLanguage } from './types';

export interface DraftCliArgs {
  article: string;
  sourceId?: string;
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  language: DraftLanguage;
  out?: string;
  /** Seed files or folders whose entities are the known names (no database needed). */
  known: string[];
  /** Match against no known names at all (no database). */
  noGraph: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run draft -- <article.txt> [--source-id ID] [--title T] [--url U] [--publisher P]
                      [--published YYYY-MM-DD] [--language id|en] [--out draft.json]
                      [--known <seed file or folder>]... [--no-graph]

Drafts seed data from an article's text (UTF-8): sentences, mentions of the graph's entities,
new-name candidates with type guesses, and relation suggestions citing their sentence. Writes the
draft JSON (docs/drafting.md) to --out, or to standard output. Writes nothing to the database.

Known names come from the running Neo4j (NEO4J_URI, or the bundled one that \`npm start\` /
\`npm run db\` runs), or from --known seed files instead, or from nowhere with --no-graph.

  --language    the article's language: id (default) or en
  --source-id   the source's id (default <publisher>-<date>-<first title words>)
  --title       the headline (default the article's first line)

Exit codes: 0 draft written, 2 usage error, bad input or no database.`;

const VALUED = new Set(['--source-id', '--title', '--url', '--publisher', '--published', '--language', '--out', '--known']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function parseDraftArgs(argv: readonly string[]): DraftCliArgs | { error: string } {
  const paths: string[] = [];
  const values = new Map<string, string>();
  const known: string[] = [];
  let noGraph = false;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--no-graph') noGraph = true;
    else if (VALUED.has(flag)) {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) return { error: `${flag} needs a value` };
      if (flag === '--known') known.push(value);
      else values.set(flag, value);
    } else if (flag.startsWith('-')) return { error: `unknown option ${flag}` };
    else paths.push(arg);
  }
  if (help) return { article: '', language: 'id', known, noGraph, help };
  if (paths.length !== 1) return { error: paths.length ? `give one article file, not ${paths.length}` : 'give an article file' };
  const language = values.get('--language') ?? 'id';
  if (!DRAFT_LANGUAGES.includes(language as DraftLanguage))
    return { error: `--language: unknown language "${language}" (use ${DRAFT_LANGUAGES.join(' or ')})` };
  const sourceId = values.get('--source-id');
  if (sourceId !== undefined && (!ID.test(sourceId) || sourceId.length > 100))
    return { error: `--source-id: "${sourceId}" is not a kebab-case id (e.g. konteks-2024-06-18-putin-pyongyang)` };
  const published = values.get('--published');
  if (published !== undefined && !DATE.test(published))
    return { error: `--published: "${published}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  const title = values.get('--title');
  if (title !== undefined && !title.trim()) return { error: '--title must not be empty' };
  if (noGraph && known.length) return { error: '--no-graph and --known exclude each other' };
  const args: DraftCliArgs = { article: paths[0] as string, language: language as DraftLanguage, known, noGraph, help };
  const set = <K extends keyof DraftCliArgs>(key: K, value: DraftCliArgs[K] | undefined) => {
    if (value !== undefined) args[key] = value;
  };
  set('sourceId', sourceId);
  set('title', title);
  set('url', values.get('--url'));
  set('publisher', values.get('--publisher'));
  set('published', published);
  set('out', values.get('--out'));
  return args;
}
