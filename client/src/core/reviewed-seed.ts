// The seed file a review amounts to (core/draft-review.ts): the source, the accepted candidates, and
// the relations between what remains, merged candidates replaced by the entity they merge into.
import { resolveRef, type ArticleDraft, type DraftSource, type Review } from './draft-review';

export interface ReviewedSeed {
  seed: {
    version: 1;
    /** The draft's source with the article's full text, verbatim, so it opens in the Article view. */
    sources: (DraftSource & { text: string })[];
    entities: { id: string; type: string; name: string; aliases?: string[] }[];
    relations: {
      type: string;
      from: string;
      to: string;
      properties?: Record<string, string>;
      evidence: { source: string; quote: string }[];
    }[];
  };
  /** Relations left out, and why (an end was rejected). */
  dropped: string[];
}

/** The seed file the review amounts to: accepted candidates, and relations between what remains. */
export function reviewedSeed(draft: ArticleDraft, review: Review): ReviewedSeed {
  const entities = draft.candidates.flatMap((c) => {
    const d = review.decisions[c.id];
    return d?.kind === 'accept' ? [{ id: c.id, type: d.type, name: c.name, ...(c.aliases.length ? { aliases: c.aliases } : {}) }] : [];
  });
  const relations = new Map<string, ReviewedSeed['seed']['relations'][number]>();
  const dropped: string[] = [];
  for (const r of review.relations) {
    const from = resolveRef(review, r.from);
    const to = resolveRef(review, r.to);
    const speaker = r.speaker ? resolveRef(review, r.speaker) : '';
    if (!from || !to || speaker === null || from === to) {
      dropped.push(
        `${r.from} ${r.type} ${r.to}: ${from === to && from ? 'both ends are now one entity' : 'an entity it names was rejected'}`,
      );
      continue;
    }
    const key = `${from}|${r.type}|${to}`;
    const evidence = { source: draft.source.id, quote: r.quote };
    const existing = relations.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.quote === r.quote)) existing.evidence.push(evidence);
      continue;
    }
    const properties: Record<string, string> = {};
    if (r.status) properties.status = r.status;
    if (speaker) properties.claimedBy = speaker;
    relations.set(key, { type: r.type, from, to, ...(Object.keys(properties).length ? { properties } : {}), evidence: [evidence] });
  }
  const source = { ...draft.source, text: draft.text };
  return { seed: { version: 1, sources: [source], entities, relations: [...relations.values()] }, dropped };
}
