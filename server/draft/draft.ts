// Drafting: article text + source → a draft (seed, sentences, mentions, candidates, suggestions).
// Pure: it reads nothing but its arguments. docs/drafting.md has the rules and their limits.
import { attribute, type SentenceMention } from './attribution';
import { findOccurrences } from './candidates';
import { bestVote } from './cues';
import { foldName, foldWithMap } from './fold-map';
import { groupOccurrences } from './group';
import { findPhrases } from './phrases';
import type { KnownIndex } from './known-index';
import { CONFIDENCE } from './lexicon';
import { NameIndex, selectLongest } from './matcher';
import { suggestRelations } from './relations';
import { buildSeed, freeId, slug, sourceId, sourceTitle } from './seed-build';
import { segmentSentences } from './sentences';
import { tokenize } from './tokens';
import type { Draft, DraftCandidate, DraftMention, SourceInput } from './types';

/** Type of a candidate that no cue typed: the reviewer must choose one. */
export const UNTYPED = 'Unknown';

type Ref = { kind: 'known'; ids: string[] } | { kind: 'candidate'; id: string };

export function draftArticle(text: string, source: SourceInput, known: KnownIndex): Draft {
  const sentences = segmentSentences(text, source.language);
  const sentenceTokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const sentenceOf = sentenceLocator(sentences);
  const folded = foldWithMap(text);
  const inOneSentence = (hit: { start: number; end: number }) => {
    const s = sentenceOf(hit.start);
    return s >= 0 && s === sentenceOf(hit.end - 1);
  };

  const knownHits = known.names.hits(text, folded).filter(inOneSentence);
  const knownSpans = selectLongest(knownHits);
  const occurrences = [
    ...findOccurrences(text, sentenceTokens, knownSpans),
    ...findPhrases(text, sentenceTokens, source.language, knownSpans),
  ];
  const groups = groupOccurrences(occurrences, (form) => known.names.lookup(form).length > 0);

  const taken = new Set(known.ids);
  const candidates: DraftCandidate[] = groups.map((g) => {
    const vote = bestVote(g.votes);
    return {
      id: freeId(slug(g.name), taken),
      name: g.name,
      aliases: g.aliases.filter((a) => foldName(a) !== g.form),
      type: vote?.type ?? UNTYPED,
      confidence: vote?.confidence ?? CONFIDENCE.none,
      cue: vote?.cue ?? null,
      mentions: [],
    };
  });
  const own = new NameIndex<Ref>(
    candidates.flatMap((c) => [c.name, ...c.aliases].map((name) => ({ name, data: { kind: 'candidate' as const, id: c.id } }))),
  );

  // Known hits first: on a tie in length the graph's entity wins over a draft candidate.
  const allHits = [
    ...knownHits.map((h) => ({ ...h, ref: { kind: 'known', ids: [...new Set(h.data.map((d) => d.id))].sort() } as Ref })),
    ...own
      .hits(text, folded)
      .filter(inOneSentence)
      .map((h) => ({ ...h, ref: h.data[0] as Ref })),
  ];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const mentions: DraftMention[] = selectLongest(allHits).map((hit, index) => {
    const sentence = sentenceOf(hit.start);
    if (hit.ref.kind === 'candidate') {
      byId.get(hit.ref.id)?.mentions.push(index);
      return { candidate: hit.ref.id, start: hit.start, end: hit.end, sentence };
    }
    const [entityId, ...alternatives] = hit.ref.ids;
    return { entityId: entityId as string, ...(alternatives.length ? { alternatives } : {}), start: hit.start, end: hit.end, sentence };
  });
  const kept = candidates.filter((c) => c.mentions.length > 0);

  const typeOf = (ref: string) => known.types.get(ref) ?? byId.get(ref)?.type ?? UNTYPED;
  const mentionsBySentence: SentenceMention[][] = sentences.map(() => []);
  for (const m of mentions) {
    const ref = m.entityId ?? (m.candidate as string);
    mentionsBySentence[m.sentence]?.push({ ref, type: typeOf(ref), start: m.start, end: m.end });
  }
  const attributions = attribute(text, sentenceTokens, mentionsBySentence);
  // A speaker no cue typed is a Person: "kata X".
  for (const a of attributions) {
    const candidate = a && byId.get(a.speaker);
    if (candidate && candidate.confidence < CONFIDENCE.speaker && a.rule.startsWith('attribution')) {
      candidate.type = 'Person';
      candidate.confidence = CONFIDENCE.speaker;
      candidate.cue = a.cue;
    }
  }
  for (const list of mentionsBySentence) for (const m of list) m.type = typeOf(m.ref);
  const suggestions = suggestRelations(text, sentences, sentenceTokens, mentionsBySentence, attributions);

  const title = sourceTitle(source, text);
  const seedSource = {
    id: sourceId(source, title),
    title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.publishedAt ? { publishedAt: source.publishedAt } : {}),
    language: source.language,
  };
  const seed = buildSeed(seedSource, kept, suggestions);
  return { seed, sentences, mentions, candidates: kept, suggestions };
}

function sentenceLocator(sentences: readonly { start: number; end: number }[]) {
  return (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as { start: number; end: number };
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}
