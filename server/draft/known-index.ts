// The graph's names, ready to match: build it once per set of known entities and reuse it across
// drafts (the automaton for 20k entities takes longer to build than a draft takes to run).
import { NameIndex } from './matcher';
import type { KnownEntity } from './types';

export interface KnownRef {
  id: string;
  type: string;
}

export class KnownIndex {
  readonly names: NameIndex<KnownRef>;
  readonly ids: ReadonlySet<string>;
  readonly types: ReadonlyMap<string, string>;

  constructor(entities: readonly KnownEntity[]) {
    this.names = new NameIndex(entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, data: { id: e.id, type: e.type } }))));
    this.ids = new Set(entities.map((e) => e.id));
    this.types = new Map(entities.map((e) => [e.id, e.type]));
  }

  static readonly EMPTY = new KnownIndex([]);
}
