// The draft's seed: the source, every candidate as a new entity (accepted by default), and the
// typed suggestions as relations with their sentence as evidence. Untyped suggestions cannot be
// seed relations (a type is required), so they stay in `suggestions` only.
import type { SeedEntity, SeedFile, SeedRelation, SeedSource } from '../import';
import { foldName } from './fold-map';
import { MAX_QUOTE } from './relations';
import type { DraftCandidate, DraftSuggestion, SourceInput } from './types';

const MAX_ID = 100;
const TITLE_WORDS = 6;

/** Kebab-case id from a name (seed id pattern), at most `max` characters, cut at a hyphen. */
export function slug(name: string, max = MAX_ID): string {
  const base = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** A free id: `base`, else `base-2`, `base-3`, … (and `entity` when the name has no Latin letters). */
export function freeId(base: string, taken: Set<string>): string {
  const root = base || 'entity';
  let id = root;
  for (let n = 2; taken.has(id); n += 1) id = `${slug(root, MAX_ID - String(n).length - 1)}-${n}`;
  taken.add(id);
  return id;
}

/** The title given, else the article's first line (cut at a word, at most 120 characters). */
export function sourceTitle(source: SourceInput, text: string): string {
  if (source.title?.trim()) return source.title;
  const line =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? 'Untitled article';
  if (line.length <= 120) return line;
  const cut = line.slice(0, 119);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** `<publisher>-<date>-<title words>`, the convention of docs/seed-format.md. */
export function sourceId(source: SourceInput, title: string): string {
  if (source.id) return source.id;
  const words = slug(title).split('-').slice(0, TITLE_WORDS).join('-');
  const parts = [slug(source.publisher ?? '', 30), source.publishedAt ?? '', words].filter(Boolean);
  return slug(parts.join('-')) || 'article';
}

export function buildSeed(source: SeedSource, candidates: readonly DraftCandidate[], suggestions: DraftSuggestion[]): SeedFile {
  const entities: SeedEntity[] = candidates.map((c) => ({
    id: c.id,
    type: c.type,
    name: c.name,
    ...(c.aliases.length ? { aliases: c.aliases } : {}),
  }));
  const relations = new Map<string, SeedRelation>();
  for (const suggestion of suggestions) {
    if (!suggestion.type || suggestion.from === suggestion.to || suggestion.quote.length > MAX_QUOTE) continue;
    suggestion.inSeed = true;
    const key = `${suggestion.from}|${suggestion.type}|${suggestion.to}`;
    const evidence = { source: source.id, quote: suggestion.quote };
    const existing = relations.get(key);
    if (existing) {
      if (!existing.evidence?.some((e) => e.quote === evidence.quote)) existing.evidence?.push(evidence);
      continue;
    }
    relations.set(key, {
      type: suggestion.type,
      from: suggestion.from,
      to: suggestion.to,
      ...(suggestion.speaker ? { properties: { status: 'assessed', claimedBy: suggestion.speaker } } : {}),
      evidence: [evidence],
    });
  }
  return { version: 1, sources: [source], entities, relations: [...relations.values()] };
}
