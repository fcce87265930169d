// Provenance, the heart of the product: each quote as a blockquote with its source (title,
// publisher, date, link), and the relation's status badge.
import { sourceLine, statusBadge } from '../core/relation-view';
import type { EvidenceItem, PropertyValue, SourceInfo } from '../core/types';
import { button, el } from './dom';

export function badge(properties: Record<string, PropertyValue> | null, nameOf: (id: string) => string | undefined): HTMLElement | null {
  const info = statusBadge(properties, nameOf);
  if (!info) return null;
  return el('span', { class: `badge status-${info.status}`, title: `Status: ${info.status}` }, info.text);
}

/** A link only for http(s) URLs: a data: or javascript: URL from a seed file must not become clickable. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `onRead`: the source's "Read article" button opens it in the Article view. */
export function sourceCitation(source: SourceInfo, onRead?: (sourceId: string) => void): HTMLElement {
  const href = safeHref(source.url);
  const title = source.title || source.id;
  const line = sourceLine(source);
  return el(
    'cite',
    { class: 'source' },
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
    line ? el('span', { class: 'source-meta' }, ` — ${line}`) : null,
    onRead ? readArticleButton(source, onRead) : null,
  );
}

export function readArticleButton(source: SourceInfo, onRead: (sourceId: string) => void): HTMLElement {
  return button('Read article', () => onRead(source.id), {
    class: 'link small read-article',
    'aria-label': `Read article: ${source.title || source.id}`,
  });
}

export function evidenceList(items: EvidenceItem[], onRead?: (sourceId: string) => void): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, 'No evidence recorded.');
  return el(
    'ul',
    { class: 'evidence', 'aria-label': 'Evidence' },
    ...items.map((item) =>
      el(
        'li',
        {},
        item.quote ? el('blockquote', {}, item.quote) : el('p', { class: 'muted' }, 'No quote recorded.'),
        sourceCitation(item.source, onRead),
      ),
    ),
  );
}

export function propertyList(entries: [string, string][]): HTMLElement | null {
  if (entries.length === 0) return null;
  const list = el('dl', { class: 'props' });
  for (const [key, value] of entries) list.append(el('dt', {}, key), el('dd', {}, value));
  return list;
}
