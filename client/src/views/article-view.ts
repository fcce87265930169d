// The Article view: a source's text beside the graph, with the evidence quotes of its relations and
// the mentions of its entities highlighted. Clicking a quote or a mention emits an intent (select
// the relation, select the entity); a selection in the graph lights up and scrolls to its sentences.
// Text goes in as text nodes only.
import { articlePieces, highlightFor, nextQuote, quoteGroups, type ArticleData, type Piece, type QuoteGroup } from '../core/article-text';
import { sourceLine } from '../core/relation-view';
import { styleForType } from '../core/style-for-type';
import type { Selection } from '../core/types';
import { button, clear, el } from './dom';

export type ArticleViewState =
  | { status: 'closed' }
  | { status: 'loading'; sourceId: string }
  | { status: 'failed'; sourceId: string; message: string }
  | { status: 'loaded'; data: ArticleData };

export interface ArticleHandlers {
  /** Index into the article's `quotes`. */
  selectQuote(index: number): void;
  selectEntity(id: string): void;
  close(): void;
}

interface Drawn {
  data: ArticleData;
  groups: QuoteGroup[];
  pieces: { piece: Piece; node: HTMLElement }[];
  unlocated: Map<number, HTMLElement>;
}

export class ArticleView {
  private shown: ArticleViewState = { status: 'closed' };
  private drawn: Drawn | null = null;
  private selection: Selection = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: ArticleHandlers,
  ) {
    root.addEventListener('click', (event) => this.clicked(event));
  }

  render(state: ArticleViewState): void {
    if (state === this.shown) return;
    this.shown = state;
    this.drawn = null;
    clear(this.root);
    const open = state.status !== 'closed';
    this.root.hidden = !open;
    this.root.parentElement?.classList.toggle('with-article', open);
    if (!open) return;
    const close = button('Close', () => this.handlers.close(), { class: 'close', 'aria-label': 'Close article' });
    if (state.status === 'loading') return void this.root.append(close, el('p', { class: 'loading' }, 'Loading the article…'));
    if (state.status === 'failed')
      return void this.root.append(close, el('p', { class: 'error', role: 'alert' }, `Could not load the article: ${state.message}`));
    const { data } = state;
    const title = el('h2', { id: 'article-title', class: 'article-title', tabindex: '-1' }, data.source.title || data.source.id);
    const meta = sourceLine(data.source);
    this.root.append(close, el('header', {}, title, meta ? el('p', { class: 'muted' }, meta) : null));
    const groups = quoteGroups(data.quotes);
    this.drawn = { data, groups, pieces: [], unlocated: new Map() };
    if (data.text === null) this.root.append(el('p', { class: 'muted' }, 'This source has no full text: only its quotes are listed.'));
    else {
      this.root.append(
        el('p', { class: 'hint' }, 'Highlighted quotes state relations; underlined names are entities. Select one to see it in the graph.'),
        this.textBlock(data, data.text, groups, this.drawn),
      );
    }
    const missing = data.quotes.flatMap((q, i) => (q.span ? [] : [i]));
    if (missing.length > 0) this.root.append(this.unlocatedList(data, missing, this.drawn));
    this.highlight(this.selection, false);
    title.focus();
  }

  /** Marks what `selection` has in the text; `scroll`: bring the first of it into view. */
  highlight(selection: Selection, scroll: boolean): void {
    this.selection = selection;
    const drawn = this.drawn;
    if (!drawn) return;
    const lit = highlightFor(drawn.data, drawn.groups, selection);
    let first: HTMLElement | null = null;
    for (const { piece, node } of drawn.pieces) {
      const inSentence = piece.sentence !== null && lit.sentences.has(piece.sentence);
      const inQuote = piece.groups.some((g) => lit.groups.has(g));
      const isMention = piece.mention !== null && lit.mentions.has(piece.mention);
      node.classList.toggle('lit-sentence', inSentence);
      node.classList.toggle('lit-quote', inQuote);
      node.classList.toggle('lit-mention', isMention);
      if (!first && (inQuote || isMention)) first = node;
    }
    for (const [index, node] of drawn.unlocated) node.classList.toggle('lit-quote', lit.unlocated.has(index));
    first ??= [...drawn.unlocated].find(([index]) => lit.unlocated.has(index))?.[1] ?? null;
    if (scroll && first) first.scrollIntoView({ block: 'center' });
  }

  private textBlock(data: ArticleData, text: string, groups: QuoteGroup[], drawn: Drawn): HTMLElement {
    const block = el('div', { class: 'article-text' });
    for (const piece of articlePieces(text, data.sentences, data.mentions, groups)) {
      const words = text.slice(piece.start, piece.end);
      const mention = piece.mention === null ? undefined : data.mentions[piece.mention];
      const group = piece.groups.at(-1);
      let node: HTMLElement;
      if (mention) {
        // A span with the button role, not a <button>: a button is always an inline block, so a
        // name that wraps across lines would break the paragraph.
        node = el('span', { class: 'mention', role: 'button', tabindex: '0', title: `${mention.name} (${mention.type})` }, words);
        const select = () => this.handlers.selectEntity(mention.entityId);
        node.addEventListener('click', select);
        node.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          select();
        });
        // Through the CSSOM: the CSP allows no inline style attributes.
        node.style.setProperty('--mention-color', styleForType(mention.type).color);
      } else node = el('span', {}, words);
      if (group !== undefined) {
        node.classList.add('quote');
        node.dataset.group = String(group);
      }
      block.append(node);
      drawn.pieces.push({ piece, node });
      // A quote's marker (keyboard access to its relations) follows its last piece.
      for (const g of piece.groups) {
        const quoteGroup = groups[g] as QuoteGroup;
        if (quoteGroup.end === piece.end) block.append(this.marker(data, quoteGroup, g));
      }
    }
    return block;
  }

  private marker(data: ArticleData, group: QuoteGroup, index: number): HTMLElement {
    const labels = group.quotes.map((q) => data.quotes[q]?.label ?? '');
    const mark = button(String(group.quotes.length), () => this.pickFromGroup(index), {
      class: 'quote-mark',
      title: labels.join('\n'),
      // Starts with the visible count, so that the spoken name matches what is seen (WCAG 2.5.3).
      'aria-label': `${labels.length} ${labels.length === 1 ? 'relation' : 'relations'} stated by this quote: ${labels.join('; ')}. Select ${labels.length === 1 ? 'it' : 'the next one'}`,
    });
    mark.dataset.markGroup = String(index);
    return mark;
  }

  private unlocatedList(data: ArticleData, indexes: number[], drawn: Drawn): HTMLElement {
    const list = el('ul', { class: 'evidence' });
    for (const index of indexes) {
      const quote = data.quotes[index];
      if (!quote) continue;
      const item = el(
        'li',
        {},
        button(quote.label, () => this.handlers.selectQuote(index), { class: 'link' }),
        el('blockquote', {}, quote.quote),
      );
      drawn.unlocated.set(index, item);
      list.append(item);
    }
    return el(
      'section',
      { class: 'article-unlocated', 'aria-label': 'Quotes not found in the text' },
      el('h3', {}, `Quotes not found verbatim in the text (${indexes.length})`),
      list,
    );
  }

  private pickFromGroup(index: number): void {
    const drawn = this.drawn;
    const group = drawn?.groups[index];
    if (drawn && group) this.handlers.selectQuote(nextQuote(group, drawn.data.quotes, this.selection));
  }

  /** A click on quote text (not on a mention or a button) selects the quote's relation. */
  private clicked(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('button, .mention')) return;
    const quote = target.closest<HTMLElement>('.quote');
    if (quote?.dataset.group !== undefined) this.pickFromGroup(Number(quote.dataset.group));
  }
}
