// Finds every name of a dictionary in a text: one Aho–Corasick automaton (modern-ahocorasick) over
// the folded names, run on the folded text. A hit counts only at word boundaries of the original
// text and within one sentence, and overlapping hits go to the longest.
import AhoCorasick from 'modern-ahocorasick';
import { foldName, type FoldedText } from './fold-map';

export interface NameEntry<T> {
  /** The name or alias as written; folded before matching. */
  name: string;
  data: T;
}

export interface NameHit<T> {
  start: number;
  end: number;
  /** The folded form that matched. */
  form: string;
  /** Every entry whose name folds to that form (two entities may share an alias). */
  data: T[];
}

// Names never contain these, so a hit spanning one is two words that only look adjacent.
const SPLITS_A_NAME = /[,;:!?()[\]{}"“”«»\n]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export class NameIndex<T> {
  private readonly automaton: AhoCorasick<string>;
  private readonly byForm = new Map<string, T[]>();

  constructor(entries: Iterable<NameEntry<T>>) {
    for (const entry of entries) {
      const form = foldName(entry.name);
      if (!form) continue;
      const list = this.byForm.get(form);
      if (list) list.push(entry.data);
      else this.byForm.set(form, [entry.data]);
    }
    this.automaton = new AhoCorasick([...this.byForm.keys()].map((form) => ({ pattern: form, data: form })));
  }

  get size(): number {
    return this.byForm.size;
  }

  /** Entries whose name folds to the same form as `name`. */
  lookup(name: string): T[] {
    return this.byForm.get(foldName(name)) ?? [];
  }

  /** All acceptable hits, overlapping ones included, in folded order. */
  hits(text: string, folded: FoldedText): NameHit<T>[] {
    const out: NameHit<T>[] = [];
    for (const match of this.automaton.iterate(folded.folded)) {
      const start = folded.starts[match.start];
      const end = folded.ends[match.end - 1];
      if (start === undefined || end === undefined) continue;
      if (!atBoundary(text, start, end) || SPLITS_A_NAME.test(text.slice(start, end))) continue;
      out.push({ start, end, form: match.data as string, data: this.byForm.get(match.data as string) ?? [] });
    }
    return out;
  }
}

function atBoundary(text: string, start: number, end: number): boolean {
  const before = Array.from(text.slice(Math.max(0, start - 2), start)).pop() ?? ' ';
  const after = String.fromCodePoint(text.codePointAt(end) ?? 32);
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/** Longest wins: among overlapping hits keep the longest (then the earliest; then the first given). */
export function selectLongest<H extends { start: number; end: number }>(hits: readonly H[]): H[] {
  const order = hits.map((hit, i) => ({ hit, i }));
  order.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.hit.start - b.hit.start || a.i - b.i);
  const taken: H[] = [];
  // Which text positions a kept hit covers: the overlap test costs a hit's length, not the number
  // of hits kept (comparing with every kept hit made 100 kB of text take seconds).
  const covered = new Uint8Array(hits.reduce((max, h) => Math.max(max, h.end), 0));
  for (const { hit } of order) {
    if (covered.subarray(hit.start, hit.end).includes(1)) continue;
    covered.fill(1, hit.start, hit.end);
    taken.push(hit);
  }
  return taken.sort((a, b) => a.start - b.start);
}
