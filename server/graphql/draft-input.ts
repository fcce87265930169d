// draftSeed's arguments, checked before anything is read: the text's size (the cap bounds the work
// of a public field), its characters, and the source as the draft's seed would declare it (the
// seed format's own rules, so a draft never holds a source that `importSeed` would refuse).
import { GraphQLError } from 'graphql';
import { lineColumn, loneSurrogateIndex, loneSurrogateMessage } from '../domain/text-checks';
import { sourceId, sourceTitle } from '../draft/seed-build';
import { DRAFT_LANGUAGES, type DraftLanguage, type SourceInput } from '../draft/types';
import { checkFaithful, checkSchema } from '../import';
import { userInputError } from './errors';
import { MAX_DRAFT_TEXT_BYTES } from './limits';
import type { DraftSourceInput } from './types';

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;

export const draftTextTooLarge = (bytes: number) =>
  new GraphQLError(
    `text is ${bytes.toLocaleString('en')} bytes (${kB(bytes)}) of UTF-8; draftSeed takes at most ` +
      `${MAX_DRAFT_TEXT_BYTES.toLocaleString('en')} bytes (${kB(MAX_DRAFT_TEXT_BYTES)}). Draft longer articles with \`npm run draft\`.`,
    { extensions: { code: 'TEXT_TOO_LARGE', field: 'text', bytes, limit: MAX_DRAFT_TEXT_BYTES } },
  );

/** The text and source to draft, or a BAD_USER_INPUT / TEXT_TOO_LARGE error naming the argument. */
export function validateDraftInput(text: string, input: DraftSourceInput): { text: string; source: SourceInput } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DRAFT_TEXT_BYTES) throw draftTextTooLarge(bytes);
  const lone = loneSurrogateIndex(text);
  if (lone >= 0) {
    const { line, column } = lineColumn(text, lone);
    throw userInputError(`text, line ${line}, column ${column} (character ${lone}): ${loneSurrogateMessage(text, lone)}.`, 'text');
  }
  if (!text.trim()) throw userInputError('text is empty: paste the article.', 'text');
  if (!DRAFT_LANGUAGES.includes(input.language as DraftLanguage))
    throw userInputError(`source.language: unknown language "${input.language}" (use ${DRAFT_LANGUAGES.join(' or ')}).`, 'source.language');

  const source: SourceInput = { language: input.language as DraftLanguage };
  for (const key of ['id', 'title', 'url', 'publisher', 'publishedAt'] as const) {
    const value = input[key];
    if (value != null) source[key] = value;
  }
  const title = sourceTitle(source, text);
  const seedSource = { ...source, id: sourceId(source, title), title };
  const [first] = [...checkFaithful({ sources: [seedSource] }), ...checkSchema({ version: 1, sources: [seedSource] })];
  if (first) {
    const field = first.path.replace(/^sources\[0\]/, 'source');
    throw userInputError(`${field}: ${first.message}`, field);
  }
  return { text, source };
}
