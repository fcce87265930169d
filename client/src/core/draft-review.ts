// Reviewing a draft (server/draft via the draftSeed query) as plain data: the reviewer's decisions on
// candidates and the relations they built or confirmed, each change one undoable step, and the seed
// file they amount to. No DOM, no fetching.

export interface DraftSource {
  id: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedAt?: string;
  language?: string;
}

export interface DraftMention {
  entityId: string | null;
  candidate: string | null;
  /** The named entity's type (a candidate's: its guess). */
  type: string;
  start: number;
  end: number;
  sentence: number;
}

export interface DraftCandidate {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  confidence: number;
  cue: { text: string | null } | null;
}

export interface DraftSuggestion {
  type: string | null;
  from: string;
  to: string;
  speaker: string | null;
  status: string | null;
  rule: string;
  sentence: number;
  quote: string;
  inSeed: boolean;
}

/** What the reviewer reviews: the article's text and the server's draft of it. */
export interface ArticleDraft {
  text: string;
  source: DraftSource;
  sentences: { start: number; end: number }[];
  mentions: DraftMention[];
  candidates: DraftCandidate[];
  suggestions: DraftSuggestion[];
}

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export type Decision = { kind: 'accept'; type: string } | { kind: 'reject' } | { kind: 'merge'; into: EntityRef };

export const RELATION_STATUSES = ['', 'stated', 'expected', 'claimed', 'assessed'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export interface ReviewRelation {
  /** Mention refs: a known entity's id or a candidate's id. */
  from: string;
  type: string;
  to: string;
  /** '' for no status (stated). */
  status: RelationStatus;
  /** '' for none; required by claimed and assessed. */
  speaker: string;
  quote: string;
  sentence: number;
}

export interface Review {
  decisions: Readonly<Record<string, Decision>>;
  relations: readonly ReviewRelation[];
}

export type ReviewStep =
  | { kind: 'decide'; candidate: string; decision: Decision }
  | { kind: 'add-relation'; relation: ReviewRelation }
  | { kind: 'remove-relation'; index: number };

export const ENTITY_TYPE = /^[A-Z][A-Za-z0-9]{0,39}$/;
export const RELATION_TYPE = /^[A-Z][A-Z0-9_]{0,49}$/;
/** The type of a candidate no cue typed (server/draft/draft.ts): it must be chosen before import. */
export const UNTYPED = 'Unknown';

/** Every candidate accepted with its guessed type; the typed suggestions the seed holds, as relations. */
export function initialReview(draft: ArticleDraft): Review {
  const decisions: Record<string, Decision> = {};
  for (const c of draft.candidates) decisions[c.id] = { kind: 'accept', type: c.type };
  const relations = draft.suggestions
    .filter((s) => s.inSeed && s.type)
    .map((s) => ({
      from: s.from,
      type: s.type as string,
      to: s.to,
      status: (s.status ?? '') as RelationStatus,
      speaker: s.speaker ?? '',
      quote: s.quote,
      sentence: s.sentence,
    }));
  return { decisions, relations };
}

export function applyStep(review: Review, step: ReviewStep): Review {
  switch (step.kind) {
    case 'decide':
      return { ...review, decisions: { ...review.decisions, [step.candidate]: step.decision } };
    case 'add-relation':
      return { ...review, relations: [...review.relations, step.relation] };
    case 'remove-relation':
      return { ...review, relations: review.relations.filter((_, i) => i !== step.index) };
  }
}

/** What a problem with a relation is, or null: the quote must be the sentence or a part of it. */
export function relationProblem(draft: ArticleDraft, relation: ReviewRelation): string | null {
  if (!relation.from || !relation.to) return 'Choose both ends.';
  if (relation.from === relation.to) return 'A relation needs two different entities.';
  if (!RELATION_TYPE.test(relation.type)) return `Type "${relation.type}" is not UPPER_SNAKE_CASE (e.g. MEETS).`;
  const sentence = sentenceText(draft, relation.sentence);
  if (!relation.quote.trim()) return 'The quote is empty.';
  if (!sentence.includes(relation.quote)) return 'The quote must be the sentence or a part of it, verbatim.';
  if ((relation.status === 'claimed' || relation.status === 'assessed') && !relation.speaker)
    return `A ${relation.status} relation needs a speaker.`;
  return null;
}

export function sentenceText(draft: ArticleDraft, index: number): string {
  const s = draft.sentences[index];
  return s ? draft.text.slice(s.start, s.end).trim() : '';
}

/** The entity a mention ref stands for after the decisions: null when its candidate was rejected. */
export function resolveRef(review: Review, ref: string): string | null {
  const decision = review.decisions[ref];
  if (!decision) return ref;
  if (decision.kind === 'reject') return null;
  return decision.kind === 'merge' ? decision.into.id : ref;
}

/** A sentence cut into plain text and mentions (index into draft.mentions), for drawing. */
export function sentenceParts(draft: ArticleDraft, index: number): ({ text: string } | { text: string; mention: number })[] {
  const s = draft.sentences[index];
  if (!s) return [];
  const parts: ({ text: string } | { text: string; mention: number })[] = [];
  let at = s.start;
  draft.mentions.forEach((m, i) => {
    if (m.sentence !== index || m.start < at) return;
    if (m.start > at) parts.push({ text: draft.text.slice(at, m.start) });
    parts.push({ text: draft.text.slice(m.start, m.end), mention: i });
    at = m.end;
  });
  if (at < s.end) parts.push({ text: draft.text.slice(at, s.end) });
  return parts;
}

/** Why the review cannot be imported yet (empty: it can). */
export function reviewProblems(draft: ArticleDraft, review: Review): string[] {
  return draft.candidates.flatMap((c) => {
    const d = review.decisions[c.id];
    if (d?.kind !== 'accept') return [];
    if (d.type === UNTYPED) return [`${c.name}: choose a type, or reject it.`];
    return ENTITY_TYPE.test(d.type) ? [] : [`${c.name}: type "${d.type}" is not PascalCase (e.g. Organization).`];
  });
}

/** How the review names a mention ref: a candidate's name and its fate, or a known entity's words and id. */
export function refLabel(draft: ArticleDraft, review: Review, ref: string): string {
  const candidate = draft.candidates.find((c) => c.id === ref);
  if (candidate) {
    const d = review.decisions[ref];
    if (d?.kind === 'reject') return `${candidate.name} (rejected)`;
    if (d?.kind === 'merge') return `${candidate.name} → ${d.into.name}`;
    return `${candidate.name} (new)`;
  }
  const mention = draft.mentions.find((m) => m.entityId === ref);
  return mention ? `${draft.text.slice(mention.start, mention.end)} (${ref})` : ref;
}

/** The distinct refs a sentence mentions, in text order. */
export function sentenceRefs(draft: ArticleDraft, index: number): string[] {
  const refs = draft.mentions.filter((m) => m.sentence === index).map((m) => m.entityId ?? m.candidate ?? '');
  return [...new Set(refs.filter(Boolean))];
}

/** The type a mention is drawn in: the reviewer's choice for a candidate, else what the draft says. */
export function mentionType(review: Review, mention: DraftMention): string {
  const d = mention.candidate ? review.decisions[mention.candidate] : undefined;
  if (d?.kind === 'accept') return d.type;
  if (d?.kind === 'merge') return d.into.type;
  return mention.type;
}
