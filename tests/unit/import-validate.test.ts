// Every validation rule of the seed loader, each with its message. No database: the database's
// answers (known ids and types) are passed in, as the loader does after its one lookup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSeed } from '../../server/import/validate/prepare';
import { formatError } from '../../server/import/report';
import { checkAgainstDatabase, type KnownIds } from '../../server/import/validate/seed-checks';
import type { SeedFile } from '../../server/import/types';

const base = (): SeedFile => ({
  version: 1,
  sources: [{ id: 'src-2024-01-01-a', title: 'A source' }],
  entities: [
    { id: 'alpha', type: 'Person', name: 'Alpha', aliases: ['A.'], properties: { wikidata: 'Q1' } },
    { id: 'beta', type: 'Country', name: 'Beta' },
  ],
  relations: [
    {
      type: 'LEADS',
      from: 'alpha',
      to: 'beta',
      properties: { status: 'stated' },
      evidence: [{ source: 'src-2024-01-01-a', quote: 'Alpha leads Beta.' }],
    },
  ],
});

const noneKnown: KnownIds = { entities: new Map(), sources: new Set() };

function errorsOf(input: unknown, known: KnownIds = noneKnown): string[] {
  const result = prepareSeed(input);
  if (!result.ok) return result.errors.map(formatError);
  const { seed, references } = result.prepared;
  return checkAgainstDatabase(seed, references, known).map(formatError);
}

function edit(change: (seed: SeedFile & Record<string, unknown>) => void): SeedFile {
  const seed = base() as SeedFile & Record<string, unknown>;
  change(seed);
  return seed;
}

const e0 = (s: SeedFile) => s.entities![0]!;
const r0 = (s: SeedFile) => s.relations![0]!;

describe('seed validation', () => {
  it('accepts the base seed and the pinned article seed', () => {
    expect(errorsOf(base())).toEqual([]);
    const article = JSON.parse(readFileSync('seed/konteks-2024-06-18-putin-pyongyang.json', 'utf8')) as unknown;
    expect(errorsOf(article)).toEqual([]);
  });

  const cases: [string, SeedFile | unknown, string[]][] = [
    ['not an object', [], ['(root): must be an object']],
    ['wrong version', edit((s) => void ((s as { version: unknown }).version = 2)), ['version: must be 1']],
    ['missing version', edit((s) => void delete (s as Partial<SeedFile>).version), ['version: is required']],
    ['unknown top-level key', edit((s) => void (s.extra = true)), ['extra: unknown key']],
    ['unknown entity key', edit((s) => void Object.assign(e0(s), { label: 'x' })), ['entities[0].label: unknown key']],
    [
      'bad source id',
      edit((s) => void (s.sources![0]!.id = 'Src A')),
      ['sources[0].id: "Src A" is not a kebab-case id (lower-case letters and digits, words joined by single hyphens, e.g. "north-korea")'],
    ],
    ['empty title', edit((s) => void (s.sources![0]!.title = '')), ['sources[0].title: must not be empty']],
    [
      'bad date',
      edit((s) => void (s.sources![0]!.publishedAt = '2024-13-01')),
      ['sources[0].publishedAt: "2024-13-01" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ],
    [
      'bad language',
      edit((s) => void (s.sources![0]!.language = 'Indonesian')),
      ['sources[0].language: "Indonesian" is not a language tag (e.g. "id", "en", "en-GB")'],
    ],
    ['missing name', edit((s) => void delete (e0(s) as { name?: string }).name), ['entities[0].name: is required']],
    [
      'bad entity type',
      edit((s) => void (e0(s).type = 'person')),
      ['entities[0].type: "person" is not a PascalCase type (e.g. "Person"; letters and digits, at most 40)'],
    ],
    [
      'reserved entity type',
      edit((s) => void (e0(s).type = 'Source')),
      ['entities[0].type: "Source" is reserved for the loader\'s own nodes; choose another type'],
    ],
    ['duplicate alias', edit((s) => void (e0(s).aliases = ['A.', 'A.'])), ['entities[0].aliases[1]: duplicate of item 0 ("A.")']],
    ['empty alias', edit((s) => void (e0(s).aliases = [''])), ['entities[0].aliases[0]: must not be empty']],
    [
      'bad wikidata id',
      edit((s) => void (e0(s).properties = { wikidata: 'q1' })),
      ['entities[0].properties.wikidata: "q1" is not a Wikidata item id (e.g. "Q159")'],
    ],
    [
      'property key with leading _',
      edit((s) => void (e0(s).properties = { _norm: 'x' })),
      ['entities[0].properties._norm: "_norm" is not a valid property key (a letter, then letters, digits or _, at most 64)'],
    ],
    [
      'reserved property key',
      edit((s) => void (e0(s).properties = { aliases: 'x' })),
      ['entities[0].properties.aliases: "aliases" is a reserved key and cannot be a property'],
    ],
    [
      'reserved relation property key',
      edit((s) => void (r0(s).properties = { evidenceQuotes: ['x'] })),
      ['relations[0].properties.evidenceQuotes: "evidenceQuotes" is a reserved key and cannot be a property'],
    ],
    [
      'null property value',
      edit((s) => void (e0(s).properties = { x: null as never })),
      [
        'entities[0].properties.x: null is not a valid property value: use a string, a number, a boolean, or an array of only strings, only numbers or only booleans',
      ],
    ],
    [
      'mixed array value',
      edit((s) => void (e0(s).properties = { x: [1, 'a'] as never })),
      [
        'entities[0].properties.x: [1,"a"] is not a valid property value: use a string, a number, a boolean, or an array of only strings, only numbers or only booleans',
      ],
    ],
    [
      'nested object value',
      edit((s) => void (e0(s).properties = { x: {} as never })),
      [
        'entities[0].properties.x: {} is not a valid property value: use a string, a number, a boolean, or an array of only strings, only numbers or only booleans',
      ],
    ],
    [
      'bad relation type',
      edit((s) => void (r0(s).type = 'leads')),
      ['relations[0].type: "leads" is not an UPPER_SNAKE relation type (e.g. "LOCATED_IN"; at most 50)'],
    ],
    [
      'reserved relation type',
      edit((s) => void (r0(s).type = 'MENTIONS')),
      ['relations[0].type: "MENTIONS" is reserved for provenance; choose another type'],
    ],
    [
      'unknown status',
      edit((s) => void (r0(s).properties = { status: 'rumoured' })),
      ['relations[0].properties.status: "rumoured" is not one of "stated", "expected", "claimed", "assessed"'],
    ],
    [
      'claimed without claimedBy',
      edit((s) => void (r0(s).properties = { status: 'claimed' })),
      ['relations[0].properties.claimedBy: is required'],
    ],
    [
      'empty quote',
      edit((s) => void (r0(s).evidence = [{ source: 'src-2024-01-01-a', quote: '' }])),
      ['relations[0].evidence[0].quote: must not be empty'],
    ],
    [
      'too long quote',
      edit((s) => void (r0(s).evidence = [{ source: 'src-2024-01-01-a', quote: 'x'.repeat(2001) }])),
      ['relations[0].evidence[0].quote: is too long (at most 2000 characters)'],
    ],
    [
      'unknown evidence key',
      edit((s) => void (r0(s).evidence = [{ source: 'src-2024-01-01-a', page: 3 } as never])),
      ['relations[0].evidence[0].page: unknown key'],
    ],
    [
      'duplicate source id',
      edit((s) => void s.sources!.push({ id: 'src-2024-01-01-a', title: 'Again' })),
      ['sources[1].id: duplicate source id "src-2024-01-01-a" (first at sources[0])'],
    ],
    [
      'duplicate entity id',
      edit((s) => void s.entities!.push({ id: 'beta', type: 'Country', name: 'Beta 2' })),
      ['entities[2].id: duplicate entity id "beta" (first at entities[1])'],
    ],
    [
      'duplicate relation',
      edit((s) => void s.relations!.push({ ...r0(s) })),
      ['relations[1]: duplicate relation alpha -[LEADS]-> beta (first at relations[0]); put all its evidence in one relation'],
    ],
    ['unknown from', edit((s) => void (r0(s).from = 'gamma')), ['relations[0].from: unknown entity "gamma"']],
    ['unknown to', edit((s) => void (r0(s).to = 'kim-jong-uh')), ['relations[0].to: unknown entity "kim-jong-uh"']],
    [
      'unknown claimedBy',
      edit((s) => void (r0(s).properties = { status: 'assessed', claimedBy: 'delta' })),
      ['relations[0].properties.claimedBy: unknown entity "delta"'],
    ],
    [
      'unknown evidence source',
      edit((s) => void (r0(s).evidence = [{ source: 'src-2024-02-02-b' }])),
      ['relations[0].evidence[0].source: unknown source "src-2024-02-02-b"'],
    ],
  ];

  it.each(cases)('rejects %s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('accepts references to entities and sources that are already in the database', () => {
    const seed = edit((s) => {
      r0(s).to = 'gamma';
      r0(s).evidence = [{ source: 'src-2024-02-02-b' }];
    });
    expect(errorsOf(seed, { entities: new Map([['gamma', 'Country']]), sources: new Set(['src-2024-02-02-b']) })).toEqual([]);
  });

  it('rejects an entity whose id exists in the database with another type', () => {
    expect(errorsOf(base(), { entities: new Map([['beta', 'Organization']]), sources: new Set() })).toEqual([
      'entities[1].type: entity "beta" already exists with type Organization, not Country',
    ]);
  });

  it('reports every error at once, one line each', () => {
    const seed = edit((s) => {
      s.sources![0]!.id = 'Bad';
      e0(s).type = 'x';
      r0(s).type = 'y';
    });
    expect(errorsOf(seed)).toHaveLength(3);
    const unknown = edit((s) => {
      s.relations!.push({ type: 'MEETS', from: 'nobody', to: 'no-one', evidence: [{ source: 'nowhere' }] });
    });
    expect(errorsOf(unknown)).toEqual([
      'relations[1].evidence[0].source: unknown source "nowhere"',
      'relations[1].from: unknown entity "nobody"',
      'relations[1].to: unknown entity "no-one"',
    ]);
  });
});
