// Name normalisation for entity resolution: "Kim Jong-un", "KIM  Jong Un" and "Kim Jong Ün" are
// one name. Stored on every entity as `_norm` so that matching is an exact comparison in Cypher.

/** NFKD, no diacritics, lower case, apostrophes dropped, punctuation and whitespace runs → one space. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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
