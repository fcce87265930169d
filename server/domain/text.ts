// The one text fold: how names are compared. Search (queries/read/lucene.ts) folds what users type
// as the `entity_search` index's standard-folding analyzer does; entity resolution stores the same
// fold, plus punctuation rules, on every entity as `_norm` so that matching is an exact comparison
// in Cypher ("Kim Jong-un", "KIM  Jong Un" and "Kim Jong Ün" are one name).

// Letters the ASCII folding filter folds but NFKD does not decompose.
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th' };

/** Case and diacritics folded as the index's standard-folding analyzer does ("Kím Jong Ün" → "kim jong un"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþ]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** foldText, apostrophes dropped, punctuation and whitespace runs → one space. */
export function normalizeName(text: string): string {
  return foldText(text)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** Distinct non-empty normalised forms of a name and its aliases, name first. */
export function normalizedForms(name: string, aliases: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of [name, ...aliases]) {
    const form = normalizeName(text);
    if (form) forms.add(form);
  }
  return [...forms];
}

/** `_aliasText`: what the fulltext index sees of the aliases. */
export function aliasText(aliases: readonly string[]): string {
  return aliases.join(' | ');
}
