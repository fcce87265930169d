// Descriptive names: lower-case phrases headed by a cue noun ("operasi militer khusus", "sanksi
// PBB", "comprehensive strategic partnership treaty"). Capitalisation cannot find them, so they are
// proposed with a low confidence, their extent chosen by rules (docs/drafting.md, "Descriptive
// phrases"): the head, its modifiers up to a stop word, a verb, a number or punctuation, and at
// most one trailing name. Indonesian modifiers follow the head, English ones precede it.
import type { Occurrence } from './candidates';
import { foldName } from './fold-map';
import { CONFIDENCE, type CueType } from './lexicon';
import { afterHead, beforeHead, headAt } from './phrase-extent';
import { PHRASE_HEADS_EN, PHRASE_HEADS_ID } from './phrase-lexicon';
import type { Token } from './tokens';
import type { DraftLanguage } from './types';

interface Span {
  start: number;
  end: number;
}

/**
 * Phrase occurrences in every sentence. A phrase that overlaps a known name outside its own
 * trailing (or leading) name is left out: the graph already names that thing.
 */
export function findPhrases(
  text: string,
  sentenceTokens: readonly Token[][],
  language: DraftLanguage,
  known: readonly Span[],
): Occurrence[] {
  const out: Occurrence[] = [];
  const slice = (tokens: readonly Token[], a: number, b: number) => text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
  sentenceTokens.forEach((tokens, sentence) => {
    let floor = 0;
    for (let i = 0; i < tokens.length;) {
      // A word in both lists (program, transfer) follows the article's language.
      const idHead = headAt(tokens, i, PHRASE_HEADS_ID, text);
      const enHead = headAt(tokens, i, PHRASE_HEADS_EN, text);
      const useEnglish = enHead > 0 && (idHead === 0 || language === 'en');
      const n = useEnglish ? enHead : idHead;
      if (n === 0) {
        i += 1;
        continue;
      }
      const head = foldName(
        tokens
          .slice(i, i + n)
          .map((t) => t.text)
          .join(' '),
      );
      const found = useEnglish
        ? beforeHead(text, tokens, i, n, PHRASE_HEADS_EN[head] as CueType, floor)
        : afterHead(text, tokens, i, n, PHRASE_HEADS_ID[head] as CueType);
      if (!found) {
        i += n;
        continue;
      }
      i = found.to;
      floor = found.to;
      const start = (tokens[found.from] as Token).start;
      const end = (tokens[found.to - 1] as Token).end;
      const nameSpan = found.name && { start: (tokens[found.name[0]] as Token).start, end: (tokens[found.name[1] - 1] as Token).end };
      const clash = known.some((k) => k.start < end && start < k.end && !(nameSpan && nameSpan.start <= k.start && k.end <= nameSpan.end));
      if (clash) continue;
      // The phrase without its name, when that still says more than the head: a second form.
      const rest: [number, number] | null =
        found.name && (found.name[0] === found.from ? [found.name[1], found.to] : [found.from, found.name[0]]);
      const aliases = rest && rest[1] - rest[0] > found.head[1] - found.head[0] ? [slice(tokens, rest[0], rest[1])] : [];
      out.push({
        name: text.slice(start, end),
        start,
        end,
        sentence,
        tokens: tokens.slice(found.from, found.to),
        votes: [
          {
            type: found.type,
            confidence: CONFIDENCE.phrase,
            cue: {
              text: slice(tokens, found.head[0], found.head[1]),
              start: (tokens[found.head[0]] as Token).start,
              end: (tokens[found.head[1] - 1] as Token).end,
            },
          },
        ],
        aliases,
      });
    }
  });
  return out;
}
