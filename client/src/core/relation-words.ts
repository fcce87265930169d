// Relation types as a person reads them: NEEDS_ASSISTANCE_FROM → "needs assistance from".
// The raw type stays the identity (Details and GraphQL show it); this is only how it reads.

/** Types whose plain lower-casing does not read as a verb phrase after a subject. */
const PHRASES: Readonly<Record<string, string>> = {
  LOCATED_IN: 'is located in',
  PART_OF: 'is part of',
  PARTY_TO: 'is party to',
  AFFILIATED_WITH: 'is affiliated with',
  STATE_MEDIA_OF: 'is state media of',
  ON_AGENDA_OF: 'is on the agenda of',
  NEIGHBOUR_OF: 'is a neighbour of',
  INDEPENDENT_OF: 'is independent of',
  FRIENDS_WITH: 'is friends with',
  CLOSE_ASSOCIATE_OF: 'is a close associate of',
  DIRECTED_TO: 'is directed to',
  PUBLISHED_IN: 'is published in',
  MEMBER_OF: 'is a member of',
  SPOKE_TO: 'spoke to',
};

/** "NEEDS_ASSISTANCE_FROM" → "needs assistance from"; unknown types read as their lower-cased words. */
export function relationWords(type: string): string {
  const phrase = PHRASES[type];
  if (phrase !== undefined) return phrase;
  const words = type
    .split(/[_\s]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
  return words.length > 0 ? words.join(' ') : type;
}

/** "Leif-Eric Easley is affiliated with Ewha Womans University". */
export function relationSentence(subject: string, type: string, object: string): string {
  return `${subject} ${relationWords(type)} ${object}`;
}
