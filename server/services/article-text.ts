// Locates what the graph knows in an article's text (the Article view): sentences, entity mentions
// and evidence quotes. Pure. Mentions reuse drafting's matcher, so that the explorer highlights a
// name exactly where `npm run draft` would link it (same folding, word boundaries, longest match).
import { foldWithMap } from '../draft/fold-map';
import { NameIndex, selectLongest } from '../draft/matcher';
import { segmentSentences, type Sentence } from '../draft/sentences';
import type { EntityModel, RelationModel } from '../domain/models';

export interface LocatedMention {
  entity: EntityModel;
  start: number;
  end: number;
  sentence: number;
}

export interface LocatedQuote {
  relation: RelationModel;
  quote: string;
  start: number | null;
  end: number | null;
  sentence: number | null;
}

/** Drafting segments with a language it knows rules for; any other tag gets ICU's rules for it. */
export function articleSentences(text: string, language: string | null): Sentence[] {
  let tag = language ?? 'en';
  try {
    new Intl.Segmenter(tag);
  } catch {
    tag = 'en';
  }
  return segmentSentences(text, tag);
}

/** Index of the sentence holding `offset`, or -1 when it falls between sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Every occurrence of an entity's name or alias within one sentence. A name two entities share
 * goes to the first by id (the Article view selects one node per click).
 */
export function locateMentions(text: string, sentences: readonly Sentence[], entities: readonly EntityModel[]): LocatedMention[] {
  const index = new NameIndex(
    [...entities]
      .sort((a, b) => a.id.localeCompare(b.id))
      .flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ name, data: entity }))),
  );
  if (index.size === 0 || text === '') return [];
  const hits = index.hits(text, foldWithMap(text)).filter((hit) => {
    const s = sentenceAt(sentences, hit.start);
    return s >= 0 && s === sentenceAt(sentences, hit.end - 1);
  });
  return selectLongest(hits).map((hit) => ({
    entity: hit.data[0] as EntityModel,
    start: hit.start,
    end: hit.end,
    sentence: sentenceAt(sentences, hit.start),
  }));
}

/**
 * Each evidence quote the source gives, where it first occurs verbatim. Quotes not found stay in the
 * list, unlocated: the view lists them apart rather than dropping them.
 */
export function locateQuotes(
  text: string | null,
  sentences: readonly Sentence[],
  sourceId: string,
  relations: readonly RelationModel[],
): LocatedQuote[] {
  const out: LocatedQuote[] = [];
  for (const relation of [...relations].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const evidence of relation.evidence) {
      if (evidence.sourceId !== sourceId || !evidence.quote) continue;
      const at = text === null ? -1 : text.indexOf(evidence.quote);
      out.push({
        relation,
        quote: evidence.quote,
        start: at < 0 ? null : at,
        end: at < 0 ? null : at + evidence.quote.length,
        sentence: at < 0 ? null : sentenceAt(sentences, at),
      });
    }
  }
  return out;
}
