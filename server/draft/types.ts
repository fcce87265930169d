// The draft's input and output shapes (docs/drafting.md describes them for users).
import type { SeedFile } from '../import';

/** A name the graph already knows: every entity's name and aliases, with its id and type. */
export interface KnownEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

export interface SourceInput {
  id?: string;
  title?: string;
  url?: string;
  publisher?: string;
  /** ISO date, YYYY[-MM[-DD]]. */
  publishedAt?: string;
  /** 'id' or 'en': the language of the text, for sentence rules and lexicons. */
  language: DraftLanguage;
}

export type DraftLanguage = 'id' | 'en';
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['id', 'en'];

export interface DraftSentence {
  start: number;
  end: number;
}

export interface DraftMention {
  /** The known entity this names (absent for a candidate's mention). */
  entityId?: string;
  /** Other known entities that share the matched name (an ambiguous alias); the reviewer picks. */
  alternatives?: string[];
  /** The candidate's id (its id in `seed.entities`) when this names a new candidate. */
  candidate?: string;
  start: number;
  end: number;
  /** Index into `sentences`. */
  sentence: number;
}

export interface Cue {
  /** The cue as written in the text, and where. */
  text: string;
  start: number;
  end: number;
}

export interface DraftCandidate {
  id: string;
  name: string;
  /** Other surface forms merged into this candidate (e.g. a surname alone). */
  aliases: string[];
  type: string;
  confidence: number;
  cue: Cue | null;
  /** Indexes into `mentions`. */
  mentions: number[];
}

export interface DraftSuggestion {
  /** The relation type, or null when no rule knows it: the reviewer chooses. */
  type: string | null;
  from: string;
  to: string;
  /** Attribution: the entity the sentence is attributed to (COMMENTS_ON suggestions). */
  speaker?: string;
  status?: 'assessed';
  /** Which rule made it: `attribution "kata"`, `pronoun "Dia"`, `verb "menemui"`, `co-occurrence`. */
  rule: string;
  sentence: number;
  /** The sentence, verbatim. */
  quote: string;
  /** Whether this suggestion is in `seed.relations` (typed, quote within the seed's limit). */
  inSeed: boolean;
}

export interface Draft {
  seed: SeedFile;
  sentences: DraftSentence[];
  mentions: DraftMention[];
  candidates: DraftCandidate[];
  suggestions: DraftSuggestion[];
}
