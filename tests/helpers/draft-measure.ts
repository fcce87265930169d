// Precision and recall of a draft against expected entities (a seed, or an expected-mentions
// file). Ground truth comes from the expected forms only: a plain case-insensitive whole-word
// search of the original text, independent of the drafting code's folding and matcher.
import { normalizeName } from '../../server/domain/text';
import type { Draft } from '../../server/draft/types';

export interface ExpectedEntity {
  id: string;
  forms: readonly string[];
}

export interface Span {
  start: number;
  end: number;
  id: string;
  /** Every word of the occurrence starts with a capital or a digit (or is a name connector). */
  nameShaped: boolean;
}

const CONNECTOR = /^(?:of|for|van|der|de|bin|al)$/iu;

export function occurrences(text: string, expected: readonly ExpectedEntity[]): Span[] {
  const all: Span[] = [];
  for (const entity of expected) {
    for (const form of entity.forms) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
        const words = match[0].split(/[\s-]+/u).filter(Boolean);
        const nameShaped = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTOR.test(w));
        all.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, id: entity.id, nameShaped });
      }
    }
  }
  // Longest first; a shorter occurrence inside a longer one is not a mention of its own.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of all) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export interface Measures {
  /** Expected entities that occur in the text, and those of them the draft proposes. */
  entities: { expected: number; found: number; recall: number };
  /** The same, counting only entities with a name-shaped occurrence (what capitalisation can find). */
  names: { expected: number; found: number; recall: number; missed: string[] };
  /** Candidates that match no expected entity's form, over all candidates. */
  candidates: { total: number; false: number; falseRate: number; precision: number; falseNames: string[] };
  /** Mentions whose span equals an expected occurrence. */
  mentions: { expected: number; drafted: number; correct: number; precision: number; recall: number };
}

export function measure(text: string, draft: Draft, expected: readonly ExpectedEntity[]): Measures {
  const spans = occurrences(text, expected);
  const occurring = new Set(spans.map((s) => s.id));
  const nameShaped = new Set(spans.filter((s) => s.nameShaped).map((s) => s.id));
  const formsOf = new Map(expected.map((e) => [e.id, new Set(e.forms.map(normalizeName))]));
  const matchesOf = (names: readonly string[]) =>
    expected.filter((e) => names.some((n) => formsOf.get(e.id)?.has(normalizeName(n)))).map((e) => e.id);
  const proposed = new Set(draft.candidates.flatMap((c) => matchesOf([c.name, ...c.aliases])));
  const falseNames = draft.candidates.filter((c) => matchesOf([c.name, ...c.aliases]).length === 0).map((c) => c.name);
  const found = [...occurring].filter((id) => proposed.has(id)).length;
  const foundNames = [...nameShaped].filter((id) => proposed.has(id)).length;
  const expectedSpans = new Set(spans.map((s) => `${s.start}:${s.end}`));
  const correct = draft.mentions.filter((m) => expectedSpans.has(`${m.start}:${m.end}`)).length;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    entities: { expected: occurring.size, found, recall: ratio(found, occurring.size) },
    names: {
      expected: nameShaped.size,
      found: foundNames,
      recall: ratio(foundNames, nameShaped.size),
      missed: [...nameShaped].filter((id) => !proposed.has(id)),
    },
    candidates: {
      total: draft.candidates.length,
      false: falseNames.length,
      falseRate: ratio(falseNames.length, draft.candidates.length),
      precision: 1 - ratio(falseNames.length, draft.candidates.length),
      falseNames,
    },
    mentions: {
      expected: spans.length,
      drafted: draft.mentions.length,
      correct,
      precision: ratio(correct, draft.mentions.length),
      recall: ratio(correct, spans.length),
    },
  };
}
