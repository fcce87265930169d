// `npm run draft` without a database: a child process, checked by exit code and output; and the
// argument parser and article reader it relies on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDraftArgs } from '../../server/draft/cli-args';
import { ArticleError, decodeArticle } from '../../server/draft/read-article';
import type { Draft } from '../../server/draft/types';
import { checkSchema } from '../../server/import';
import { runCommand, type CommandResult } from '../helpers/run-command';

const ARTICLE = '../shared/seed-article.txt';
const dir = mkdtempSync(join(tmpdir(), 'jejaring-draft-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CommandResult> {
  return runCommand('npx', ['tsx', 'server/draft/cli.ts', ...args], env);
}

describe('npm run draft (no database)', () => {
  it('drafts with --no-graph to --out: a valid seed with the given source', async () => {
    const out = join(dir, 'draft.json');
    const run = await runCli([
      ARTICLE,
      '--no-graph',
      '--title',
      'Putin Kunjungi Pyongyang',
      '--url',
      'https://konteks.co.id/',
      '--publisher',
      'Konteks.co.id',
      '--published',
      '2024-06-18',
      '--source-id',
      'konteks-2024-06-18-putin-pyongyang',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^draft: \d+ candidates, \d+ mentions/);
    const draft = JSON.parse(readFileSync(out, 'utf8')) as Draft;
    expect(checkSchema(draft.seed)).toEqual([]);
    expect(draft.seed.sources).toEqual([
      {
        id: 'konteks-2024-06-18-putin-pyongyang',
        title: 'Putin Kunjungi Pyongyang',
        url: 'https://konteks.co.id/',
        publisher: 'Konteks.co.id',
        publishedAt: '2024-06-18',
        language: 'id',
      },
    ]);
    expect(draft.candidates.map((c) => c.name)).toContain('Leif-Eric Easley');
  }, 60_000);

  it('takes known names from --known seed files, and writes JSON to stdout without --out', async () => {
    const run = await runCli([ARTICLE, '--known', 'seed/konteks-2024-06-18-putin-pyongyang.json']);
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as Draft;
    expect(draft.mentions.some((m) => m.entityId === 'leif-eric-easley')).toBe(true);
    expect(draft.candidates.map((c) => c.name)).not.toContain('Leif-Eric Easley');
  }, 60_000);

  it('refuses bad input with a clear message and exit 2', async () => {
    const latin1 = join(dir, 'latin1.txt');
    const latin1Bytes = Buffer.from('Presiden Jokowi tiba di Bogor pada Senin caf\xe9.', 'latin1');
    writeFileSync(latin1, latin1Bytes);
    const badSeed = join(dir, 'bad-seed.json');
    writeFileSync(badSeed, JSON.stringify({ version: 1, entities: [{ id: 'Bad Id', type: 'Person', name: 'X' }] }));
    const cases: [string[], RegExp][] = [
      [['missing.txt', '--no-graph'], /^draft: missing\.txt: no such file$/m],
      [[latin1, '--no-graph'], new RegExp(`not UTF-8 text: invalid byte 0xe9 at byte offset ${latin1Bytes.indexOf(0xe9)};`)],
      [[ARTICLE, '--language', 'fr'], /--language: unknown language "fr" \(use id or en\)/],
      [[ARTICLE, '--published', '18-06-2024'], /--published: "18-06-2024" is not an ISO date/],
      [[ARTICLE, '--known', badSeed], /entities\[0\]\.id: "Bad Id" is not a kebab-case id/],
      [[ARTICLE, '--known', join(dir, 'nothing.json')], /nothing\.json: no such file or folder/],
      [[ARTICLE], /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(NEO4J_URI\)/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  }, 120_000);
});

describe('parseDraftArgs', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(parseDraftArgs(['a.txt', '--language=en', '--title', 'T', '--known', 'x.json', '--known=y'])).toMatchObject({
      article: 'a.txt',
      language: 'en',
      title: 'T',
      known: ['x.json', 'y'],
      noGraph: false,
    });
  });

  it('says what is wrong', () => {
    expect(parseDraftArgs([])).toEqual({ error: 'give an article file' });
    expect(parseDraftArgs(['a', 'b'])).toEqual({ error: 'give one article file, not 2' });
    expect(parseDraftArgs(['a', '--out'])).toEqual({ error: '--out needs a value' });
    expect(parseDraftArgs(['a', '--bogus'])).toEqual({ error: 'unknown option --bogus' });
    expect(parseDraftArgs(['a', '--source-id', 'Not An Id'])).toMatchObject({ error: expect.stringContaining('not a kebab-case id') });
    expect(parseDraftArgs(['a', '--no-graph', '--known', 's.json'])).toEqual({ error: '--no-graph and --known exclude each other' });
  });
});

describe('decodeArticle', () => {
  it('gives the byte offset of the first invalid byte, past a valid U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('ok \uFFFD é '), Buffer.from([0xc3, 0x28])]);
    expect(() => decodeArticle(bytes, 'a.txt')).toThrow(
      new ArticleError(`a.txt: not UTF-8 text: invalid byte 0xc3 at byte offset ${bytes.length - 2}; save the article as UTF-8`),
    );
  });

  it('drops a byte order mark, and refuses an empty article', () => {
    expect(decodeArticle(Buffer.from('\uFEFFTeks.'), 'a.txt')).toBe('Teks.');
    expect(() => decodeArticle(Buffer.from(' \n '), 'a.txt')).toThrow('a.txt: the article is empty');
  });
});
