// Name normalisation, entity resolution and the write plan, without a database.
import { describe, expect, it } from 'vitest';
import { mergeIncoming } from '../../server/import/resolve/merge-incoming';
import { normalizeName, normalizedForms } from '../../server/domain/text';
import { planWrites } from '../../server/import/plan/plan';
import { resolveEntities } from '../../server/import/resolve/resolve';
import type { Entity, EntityState } from '../../server/domain/entity';
import { normalizeSeed } from '../../server/import/validate/seed-checks';
import { entityProps } from '../../server/domain/stored-shape';

const existing = (id: string, type: string, name: string, aliases: string[] = [], wikidata?: string): EntityState => ({
  id,
  type,
  props: entityProps({ id, type, name, aliases, properties: wikidata ? { wikidata } : {} }),
  mentions: ['article'],
});

const incoming = (id: string, type: string, name: string, aliases: string[] = [], wikidata?: string): Entity => ({
  id,
  type,
  name,
  aliases,
  properties: wikidata ? { wikidata } : {},
});

describe('normalizeName', () => {
  it.each([
    ['Kim Jong Un', 'kim jong un'],
    ['  KIM   Jong-un ', 'kim jong un'],
    ['Kim Jong Ün', 'kim jong un'],
    ['Tô Lâm', 'to lam'],
    ["Democratic People's Republic of Korea", 'democratic peoples republic of korea'],
    ['Putin–Kim meeting (June 2024)', 'putin kim meeting june 2024'],
    ['ＰＢＢ', 'pbb'],
    ['...', ''],
  ])('%s → %s', (text, expected) => expect(normalizeName(text)).toBe(expected));

  it('lists distinct non-empty forms of the name and aliases', () => {
    expect(normalizedForms('Russia', ['RUSSIA', 'Rusia', '—'])).toEqual(['russia', 'rusia']);
  });
});

describe('resolveEntities', () => {
  const russia = existing('russia', 'Country', 'Russia', ['Rusia', 'Russian Federation'], 'Q159');
  const northKorea = existing('north-korea', 'Country', 'North Korea', ['Korea Utara'], 'Q423');
  const kimIlSung = existing('kim-il-sung', 'Person', 'Kim Il Sung', ['Kim']);
  const kimJongIl = existing('kim-jong-il', 'Person', 'Kim Jong Il', ['Kim']);
  const candidates = [russia, northKorea, kimIlSung, kimJongIl];
  const resolve = (entity: Entity, fileIds: string[] = [entity.id]) => resolveEntities([entity], new Set(fileIds), candidates);

  it('resolves by an alias that matches exactly one entity of the same type', () => {
    expect(resolve(incoming('russian-federation', 'Country', 'Federasi Rusia', ['Russia']))).toEqual([
      { from: 'russian-federation', to: 'russia', reason: 'alias "Russia"' },
    ]);
  });

  it('resolves by name, diacritics and case folded', () => {
    expect(resolve(incoming('n-korea', 'Country', 'KOREA UTARA'))).toEqual([
      { from: 'n-korea', to: 'north-korea', reason: 'name "KOREA UTARA"' },
    ]);
  });

  it('resolves by Wikidata id alone, whatever the name', () => {
    expect(resolve(incoming('chosun', 'Country', 'Chosŏn', [], 'Q423'))).toEqual([
      { from: 'chosun', to: 'north-korea', reason: 'wikidata Q423' },
    ]);
  });

  it('does not resolve an ambiguous alias', () => {
    expect(resolve(incoming('kim', 'Person', 'Kim'))).toEqual([]);
  });

  it('does not resolve across types or against a different Wikidata item', () => {
    expect(resolve(incoming('russia-org', 'Organization', 'Russia'))).toEqual([]);
    expect(resolve(incoming('other', 'Country', 'Russia', [], 'Q1'))).toEqual([]);
  });

  it('never resolves into an entity that the file itself defines', () => {
    expect(resolve(incoming('russian-federation', 'Country', 'Russia'), ['russian-federation', 'russia'])).toEqual([]);
  });
});

describe('planWrites', () => {
  const seed = normalizeSeed({
    version: 1,
    sources: [{ id: 'second', title: 'Second' }],
    entities: [
      { id: 'russian-federation', type: 'Country', name: 'Federasi Rusia', aliases: ['Russia'] },
      { id: 'lavrov', type: 'Person', name: 'Lavrov' },
    ],
    relations: [{ type: 'AFFILIATED_WITH', from: 'lavrov', to: 'russian-federation', evidence: [{ source: 'second', quote: 'q' }] }],
  });
  const russia = existing('russia', 'Country', 'Russia', ['Rusia'], 'Q159');
  const resolutions = [{ from: 'russian-federation', to: 'russia', reason: 'alias "Russia"' }];

  it('folds a resolved entity into its target: names become aliases, relations follow', () => {
    const merged = mergeIncoming(seed, resolutions);
    expect([...merged.relations.keys()]).toEqual(['lavrov|AFFILIATED_WITH|russia']);
    const { plan, counts } = planWrites({
      incoming: merged,
      sources: seed.sources,
      existing: { entities: new Map([['russia', russia]]), sources: new Map(), relations: new Map() },
      replaceSources: new Set(),
      scope: { entities: [], relations: [] },
    });
    expect(counts).toMatchObject({
      entitiesCreated: 1,
      entitiesUpdated: 1,
      relationsCreated: 1,
      sourcesCreated: 1,
      createdEntityIds: ['lavrov'],
    });
    expect(plan.entityUpdates).toEqual([
      {
        id: 'russia',
        set: { aliases: ['Rusia', 'Federasi Rusia'], _aliasText: 'Rusia | Federasi Rusia', _norm: ['russia', 'rusia', 'federasi rusia'] },
      },
    ]);
    expect(plan.mentionAdds).toEqual(
      expect.arrayContaining([
        { source: 'second', entity: 'russia' },
        { source: 'second', entity: 'lavrov' },
      ]),
    );
    expect(plan.relationCreates[0]?.props).toEqual({
      id: 'lavrov|AFFILIATED_WITH|russia',
      sources: ['second'],
      evidenceSources: ['second'],
      evidenceQuotes: ['q'],
    });
  });

  it('plans nothing when the database already holds exactly the file', () => {
    const merged = mergeIncoming(seed, []);
    const first = planWrites({
      incoming: merged,
      sources: seed.sources,
      existing: { entities: new Map(), sources: new Map(), relations: new Map() },
      replaceSources: new Set(),
      scope: { entities: [], relations: [] },
    });
    const stored = (props: Record<string, unknown>, type: string): EntityState => ({
      id: String(props.id),
      type,
      props: props as EntityState['props'],
      mentions: ['second'],
    });
    const relation = first.plan.relationCreates[0]!;
    const again = planWrites({
      incoming: merged,
      sources: seed.sources,
      existing: {
        entities: new Map(first.plan.entityCreates.map((e) => [String(e.props.id), stored(e.props, e.type)])),
        sources: new Map([['second', { id: 'second', props: { id: 'second', title: 'Second' } }]]),
        relations: new Map([
          [relation.props.id as string, { from: relation.from, type: relation.type, to: relation.to, props: relation.props }],
        ]),
      },
      replaceSources: new Set(),
      scope: { entities: [], relations: [] },
    });
    expect(Object.values(again.plan).every((rows) => rows.length === 0)).toBe(true);
    expect(again.counts).toMatchObject({
      entitiesCreated: 0,
      entitiesUpdated: 0,
      relationsCreated: 0,
      relationsUpdated: 0,
      sourcesCreated: 0,
      sourcesUpdated: 0,
    });
  });
});

describe('mergeIncoming: which sources mention an entity', () => {
  const file = (sources?: string[]) =>
    normalizeSeed({
      version: 1,
      sources: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      entities: [{ id: 'lone', type: 'Person', name: 'Lone', ...(sources ? { sources } : {}) }],
    });

  it('credits every declared source when the file does not say and no evidence touches the entity', () => {
    expect([...(mergeIncoming(file(), []).mentions.get('lone') ?? [])]).toEqual(['a', 'b']);
  });

  it("takes the entity's own sources when the file lists them (as exports do), even none", () => {
    expect([...(mergeIncoming(file(['b']), []).mentions.get('lone') ?? [])]).toEqual(['b']);
    expect(mergeIncoming(file([]), []).mentions.get('lone')).toBeUndefined();
  });
});
