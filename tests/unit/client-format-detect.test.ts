import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRole, detectFormat } from '../../client/src/core/format-detect';

const entities = { name: 'my-entities.csv', text: '\uFEFFid,type,name,aliases\nrussia,Country,Russia,Rusia\n' };
const relations = { name: 'rels.csv', text: 'from,type,to,source,quote\nrussia,LEADS,x,s,q\n' };
const sources = { name: 'sources.csv', text: 'id,title,url\ns,Title,\n' };

describe('client seed format detection', () => {
  it('recognises a JSON seed and Cytoscape JSON by content', () => {
    const seed = detectFormat([{ name: 'seed.json', text: JSON.stringify({ version: 1, entities: [{}, {}], relations: [{}] }) }]);
    expect(seed).toMatchObject({ ok: true, format: 'JSON', summary: 'JSON seed (2 entities, 1 relations, 0 sources)' });
    const cy = detectFormat([{ name: 'graph.txt', text: JSON.stringify({ elements: { nodes: [{}], edges: [] } }) }]);
    expect(cy).toMatchObject({ ok: true, format: 'CYTOSCAPE', summary: 'Cytoscape JSON (1 nodes, 0 edges)' });
    const flat = detectFormat([{ name: 'g.json', text: JSON.stringify({ elements: [{}, {}, {}] }) }]);
    expect(flat).toMatchObject({ ok: true, format: 'CYTOSCAPE', summary: 'Cytoscape JSON (3 elements)' });
  });

  it('recognises the three Cytoscape shapes of other tools, .cyjs included, and offers the type columns', () => {
    const read = (path: string) => readFileSync(`tests/fixtures/formats/${path}`, 'utf8');
    const desktop = detectFormat([{ name: 'network.cyjs', text: read('cytoscape-desktop/konteks-putin-pyongyang.cyjs') }]);
    expect(desktop).toMatchObject({ ok: true, format: 'CYTOSCAPE', summary: 'Cytoscape JSON (15 nodes, 19 edges)' });
    expect(desktop.ok && desktop.typeColumns).toEqual(['category', 'role', 'wikidata']);
    const bare = detectFormat([{ name: 'data.json', text: read('cytoscape-js-elements/konteks-elements.json') }]);
    expect(bare).toMatchObject({ ok: true, format: 'CYTOSCAPE', summary: 'Cytoscape JSON (22 elements)' });
    const cy = detectFormat([{ name: 'cy.json', text: read('cytoscape-js-cy-json/konteks-cy.json') }]);
    expect(cy).toMatchObject({ ok: true, format: 'CYTOSCAPE', summary: 'Cytoscape JSON (11 nodes, 12 edges)' });
    // Every node typed: nothing to choose.
    expect(cy.ok && cy.typeColumns).toBeUndefined();
  });

  it('recognises the CSV pair by header, whatever the file names, and passes the texts on', () => {
    const result = detectFormat([relations, entities, sources]);
    expect(result).toEqual({
      ok: true,
      format: 'CSV',
      seed: { entities: entities.text, relations: relations.text, sources: sources.text },
      summary: 'CSV (entities + relations + sources)',
    });
    expect(csvHeader(entities.text)).toEqual(['id', 'type', 'name', 'aliases']);
    expect(csvRole({ name: 'x.csv', text: '"from","type","to"\n' })).toBe('relations');
    expect(csvRole({ name: 'relations.csv', text: 'a,b\n' })).toBe('relations');
    expect(csvRole({ name: 'x.csv', text: 'a,b\n' })).toBeNull();
  });

  it('fills in an empty table for a missing half of the pair', () => {
    const result = detectFormat([relations]);
    expect(result.ok && result.seed).toEqual({ entities: 'id,type,name\n', relations: relations.text });
  });

  it('explains what is wrong', () => {
    expect(detectFormat([])).toEqual({ ok: false, error: 'No file chosen.' });
    expect(detectFormat([{ name: 'a.json', text: '{nope' }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(detectFormat([{ name: 'a.json', text: '[1,2]' }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('expected a JSON object, or an array of Cytoscape elements'),
    });
    expect(detectFormat([{ name: 'a.json', text: '{"foo": 1}' }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('neither a seed'),
    });
    expect(detectFormat([entities, { name: 'b.json', text: '{}' }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('Do not mix'),
    });
    expect(detectFormat([entities, { ...entities, name: 'e2.csv' }])).toMatchObject({
      ok: false,
      error: 'Two entities files: choose one of each.',
    });
    expect(detectFormat([sources])).toMatchObject({ ok: false });
    expect(
      detectFormat([
        { name: 'a.json', text: '{}' },
        { name: 'b.json', text: '{}' },
      ]),
    ).toMatchObject({ ok: false });
  });
});
