// GraphML and GEXF text of a graph in seed shape, written so that Jejaring reads it back as the
// same graph (docs/seed-format.md, "GraphML" and "GEXF") and Gephi/yEd/Cytoscape show it: node
// label = name, edge label = type. Pure string building (no DOM), used by the explorer's export
// menu and by `npm run export`.
//   Lists, values of a property whose type differs between items, evidence and sources are JSON
// text under a `json:` name; a user property whose name Jejaring reads itself (`label`, `kind`…)
// or that starts with `json:`/`prop:` is written as `prop:<name>`.

type Scalar = string | number | boolean;
type Value = Scalar | Scalar[];

export interface XmlGraph {
  sources: { id: string; title: string; url?: string; publisher?: string; publishedAt?: string; language?: string }[];
  entities: { id: string; type: string; name: string; aliases?: string[]; description?: string; properties?: Record<string, Value> }[];
  relations: {
    type: string;
    from: string;
    to: string;
    properties?: Record<string, Value>;
    evidence?: { source: string; quote?: string }[];
  }[];
}

export const JSON_PREFIX = 'json:';
export const PROP_PREFIX = 'prop:';
/** Names the importers read as something else than a user property. */
const RESERVED = new Set(['id', 'type', 'name', 'label', 'labels', 'kind', 'aliases', 'description', 'evidence', 'weight']);

/** A value XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF): the export is refused. */
export class XmlExportError extends Error {}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escape(text: string, where: string): string {
  if (NOT_XML.test(text)) throw new XmlExportError(`${where}: contains a control character that XML cannot hold`);
  // \t \n \r as references: XML parsers normalise them otherwise (attribute values, CR LF); so do
  // NEL and the Unicode line/paragraph separators, which xmldom turns into "\n" (XML 1.1's rule).
  return text.replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const xmlType = (value: Scalar) =>
  typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string';

export const exportedName = (name: string) =>
  RESERVED.has(name) || name.startsWith(JSON_PREFIX) || name.startsWith(PROP_PREFIX) ? `${PROP_PREFIX}${name}` : name;

interface Column {
  /** The attribute name written: `since`, `json:since`, `prop:label`. */
  name: string;
  type: string;
  /** GraphML attr.list (APOC's way): the value is a JSON array. */
  list?: string;
  json: boolean;
}

/** One column per property name: typed when every value has one scalar type, else JSON. */
function columns(items: (Record<string, Value> | undefined)[], jsonLists: boolean): Map<string, Column> {
  const types = new Map<string, Set<string>>();
  for (const properties of items)
    for (const [key, value] of Object.entries(properties ?? {})) {
      const type = Array.isArray(value) ? `list:${value.length ? xmlType(value[0] as Scalar) : 'string'}` : xmlType(value);
      types.set(key, (types.get(key) ?? new Set()).add(type));
    }
  const out = new Map<string, Column>();
  for (const [key, seen] of [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = exportedName(key);
    const [only] = seen;
    if (seen.size === 1 && only && !only.startsWith('list:')) out.set(key, { name, type: only, json: false });
    else if (seen.size === 1 && only && !jsonLists) out.set(key, { name, type: only.slice(5), list: only.slice(5), json: false });
    else out.set(key, { name: `${JSON_PREFIX}${name}`, type: 'string', json: true });
  }
  return out;
}

const text = (value: Value, column: Column) => (column.json || column.list ? JSON.stringify(value) : String(value));

export function toGraphml(graph: XmlGraph): string {
  const nodeColumns = columns(
    graph.entities.map((e) => e.properties),
    false,
  );
  const edgeColumns = columns(
    graph.relations.map((r) => r.properties),
    false,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `<key id="g_sources" for="graph" attr.name="${JSON_PREFIX}sources" attr.type="string"/>`,
  ];
  const key = (id: string, scope: string, column: Column) =>
    `<key id="${escape(id, 'key')}" for="${scope}" attr.name="${escape(column.name, 'key')}" attr.type="${column.type}"${column.list ? ` attr.list="${column.list}"` : ''}/>`;
  const fixed = (name: string, list?: string): Column => ({ name, type: 'string', json: false, ...(list ? { list } : {}) });
  const nodeFixed: [string, Column][] = [
    ['n_id', fixed('id')],
    ['n_type', fixed('type')],
    ['n_name', fixed('name')],
    ['n_label', fixed('label')],
    ['n_aliases', fixed('aliases', 'string')],
    ['n_description', fixed('description')],
  ];
  const edgeFixed: [string, Column][] = [
    ['e_type', fixed('type')],
    ['e_label', fixed('label')],
    ['e_evidence', fixed(`${JSON_PREFIX}evidence`)],
  ];
  for (const [id, column] of nodeFixed) lines.push(key(id, 'node', column));
  const nodeIds = new Map([...nodeColumns.keys()].map((name, i) => [name, `n_p${i}`]));
  const edgeIds = new Map([...edgeColumns.keys()].map((name, i) => [name, `e_p${i}`]));
  for (const [name, column] of nodeColumns) lines.push(key(nodeIds.get(name) ?? '', 'node', column));
  for (const [id, column] of edgeFixed) lines.push(key(id, 'edge', column));
  for (const [name, column] of edgeColumns) lines.push(key(edgeIds.get(name) ?? '', 'edge', column));
  lines.push('<graph id="G" edgedefault="directed">');
  lines.push(`<data key="g_sources">${escape(JSON.stringify(graph.sources), 'sources')}</data>`);
  const data = (id: string, value: string, where: string) => `<data key="${id}">${escape(value, where)}</data>`;
  for (const entity of graph.entities) {
    const at = `entity ${entity.id}`;
    const parts = [
      data('n_id', entity.id, at),
      data('n_type', entity.type, at),
      data('n_name', entity.name, at),
      data('n_label', entity.name, at),
      data('n_aliases', JSON.stringify(entity.aliases ?? []), at),
    ];
    if (entity.description !== undefined) parts.push(data('n_description', entity.description, at));
    for (const [name, value] of Object.entries(entity.properties ?? {})) {
      const column = nodeColumns.get(name) as Column;
      parts.push(data(nodeIds.get(name) ?? '', text(value, column), `${at}, property ${name}`));
    }
    lines.push(`<node id="${escape(entity.id, at)}">${parts.join('')}</node>`);
  }
  graph.relations.forEach((relation, index) => {
    const at = `relation ${relation.from} ${relation.type} ${relation.to}`;
    const parts = [
      data('e_type', relation.type, at),
      data('e_label', relation.type, at),
      data('e_evidence', JSON.stringify(relation.evidence ?? []), at),
    ];
    for (const [name, value] of Object.entries(relation.properties ?? {})) {
      const column = edgeColumns.get(name) as Column;
      parts.push(data(edgeIds.get(name) ?? '', text(value, column), `${at}, property ${name}`));
    }
    lines.push(`<edge id="e${index}" source="${escape(relation.from, at)}" target="${escape(relation.to, at)}">${parts.join('')}</edge>`);
  });
  lines.push('</graph>', '</graphml>', '');
  return lines.join('\n');
}

export function toGexf(graph: XmlGraph): string {
  const nodeColumns = columns(
    graph.entities.map((e) => e.properties),
    true,
  );
  const edgeColumns = columns(
    graph.relations.map((r) => r.properties),
    true,
  );
  const attribute = (column: Column) =>
    `      <attribute id="${escape(column.name, 'attribute')}" title="${escape(column.name, 'attribute')}" type="${column.type}"/>`;
  const fixed = (name: string): Column => ({ name, type: 'string', json: false });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta>',
    '    <creator>Jejaring</creator>',
    `    <${JSON_PREFIX.slice(0, -1)}-sources>${escape(JSON.stringify(graph.sources), 'sources')}</${JSON_PREFIX.slice(0, -1)}-sources>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node" mode="static">',
    ...[fixed('id'), fixed('type'), fixed(`${JSON_PREFIX}aliases`), fixed('description'), ...nodeColumns.values()].map(attribute),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...[fixed('type'), fixed(`${JSON_PREFIX}evidence`), ...edgeColumns.values()].map(attribute),
    '    </attributes>',
    '    <nodes>',
  ];
  const value = (name: string, text: string, where: string) => `<attvalue for="${escape(name, where)}" value="${escape(text, where)}"/>`;
  for (const entity of graph.entities) {
    const at = `entity ${entity.id}`;
    const values = [
      value('id', entity.id, at),
      value('type', entity.type, at),
      value(`${JSON_PREFIX}aliases`, JSON.stringify(entity.aliases ?? []), at),
    ];
    if (entity.description !== undefined) values.push(value('description', entity.description, at));
    for (const [name, v] of Object.entries(entity.properties ?? {})) {
      const column = nodeColumns.get(name) as Column;
      values.push(value(column.name, text(v, column), `${at}, property ${name}`));
    }
    lines.push(
      `      <node id="${escape(entity.id, at)}" label="${escape(entity.name, at)}"><attvalues>${values.join('')}</attvalues></node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  graph.relations.forEach((relation, index) => {
    const at = `relation ${relation.from} ${relation.type} ${relation.to}`;
    const values = [value('type', relation.type, at), value(`${JSON_PREFIX}evidence`, JSON.stringify(relation.evidence ?? []), at)];
    for (const [name, v] of Object.entries(relation.properties ?? {})) {
      const column = edgeColumns.get(name) as Column;
      values.push(value(column.name, text(v, column), `${at}, property ${name}`));
    }
    lines.push(
      `      <edge id="${index}" source="${escape(relation.from, at)}" target="${escape(relation.to, at)}" label="${escape(relation.type, at)}"><attvalues>${values.join('')}</attvalues></edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
