// The review step of "New from article…": the article with its mentions in their type's colour (as
// text, never HTML), the candidates (workbench-candidates.ts), the picked sentence with its
// mentions, suggestions and a relation builder, and the relations the seed will hold.
import type { WorkbenchModel } from '../app/workbench';
import {
  RELATION_STATUSES,
  mentionType,
  refLabel,
  relationProblem,
  sentenceParts,
  sentenceRefs,
  sentenceText,
  type ReviewRelation,
  type RelationStatus,
} from '../core/draft-review';
import { relationSentence, relationWords } from '../core/relation-words';
import { styleForType } from '../core/style-for-type';
import { button, el } from './dom';
import { renderCandidates } from './workbench-candidates';
import type { WorkbenchIntents } from './workbench-dialog';

export function renderReview(model: WorkbenchModel, intents: WorkbenchIntents): HTMLElement {
  const { draft } = model;
  const toolbar = el(
    'div',
    { class: 'wb-toolbar', role: 'toolbar', 'aria-label': 'Review' },
    button('Undo', () => intents.undo(), { disabled: !model.canUndo, 'data-key': 'undo', title: 'Undo (Ctrl+Z)' }),
    button('Redo', () => intents.redo(), { disabled: !model.canRedo, 'data-key': 'redo', title: 'Redo (Ctrl+Shift+Z)' }),
    el(
      'span',
      { class: 'hint' },
      `${draft.sentences.length} sentences, ${draft.mentions.length} mentions, ${draft.candidates.length} candidates`,
    ),
  );
  const problems = model.problems.length
    ? el('ul', { class: 'wb-problems', 'aria-label': 'To resolve before import' }, ...model.problems.map((p) => el('li', {}, p)))
    : null;
  return el(
    'div',
    { class: 'wb-review-body' },
    toolbar,
    problems,
    el(
      'div',
      { class: 'wb-columns' },
      el(
        'section',
        { class: 'wb-article-pane', 'aria-labelledby': 'wb-article-title' },
        el('h3', { id: 'wb-article-title', tabindex: -1 }, 'Article'),
        article(model, intents),
      ),
      renderCandidates(model, intents),
    ),
    model.sentence >= 0
      ? sentencePanel(model, intents)
      : el('p', { class: 'hint' }, 'Pick a sentence to see its mentions and build a relation from it.'),
    relationsList(model, intents),
  );
}

function article(model: WorkbenchModel, intents: WorkbenchIntents): HTMLElement {
  const { draft, review } = model;
  return el(
    'div',
    { class: 'wb-article' },
    ...draft.sentences.map((_, index) => {
      const parts = sentenceParts(draft, index).map((part) => {
        if (!('mention' in part)) return part.text;
        const mention = draft.mentions[part.mention]!;
        const type = mentionType(review, mention);
        const mark = el(
          'mark',
          { class: 'wb-mention', 'data-ref': mention.entityId ?? mention.candidate, 'data-type': type, title: type },
          part.text,
        );
        // Through the CSSOM: the CSP allows no inline style attributes.
        mark.style.setProperty('--mention-color', styleForType(type).color);
        return mark;
      });
      const picked = index === model.sentence;
      const node = button('', () => intents.selectSentence(index), {
        class: 'wb-sentence',
        'aria-pressed': String(picked),
        'data-key': `sentence-${index}`,
        'data-sentence': index,
      });
      node.textContent = '';
      node.append(...parts.map((p) => (typeof p === 'string' ? document.createTextNode(p) : p)));
      return node;
    }),
  );
}

function sentencePanel(model: WorkbenchModel, intents: WorkbenchIntents): HTMLElement {
  const { draft, review, sentence } = model;
  const refs = sentenceRefs(draft, sentence);
  const option = (ref: string) => el('option', { value: ref }, refLabel(draft, review, ref));
  const select = (id: string, label: string, blank: string | null) =>
    el(
      'label',
      {},
      label,
      el('select', { id, 'data-key': id }, blank === null ? null : el('option', { value: '' }, blank), ...refs.map(option)),
    );
  const quote = el('textarea', { id: 'wb-rel-quote', rows: 3, 'data-key': 'wb-rel-quote' }, sentenceText(draft, sentence));
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  const fields = el(
    'fieldset',
    { class: 'wb-builder' },
    el('legend', {}, 'Build a relation'),
    select('wb-rel-from', 'From', null),
    el(
      'label',
      {},
      'Type ',
      el('input', { type: 'text', id: 'wb-rel-type', list: 'wb-relation-types', autocomplete: 'off', 'data-key': 'wb-rel-type' }),
    ),
    el('datalist', { id: 'wb-relation-types' }, ...model.relationTypes.map((t) => el('option', { value: t }, relationWords(t)))),
    select('wb-rel-to', 'To', null),
    el(
      'label',
      {},
      'Status ',
      el(
        'select',
        { id: 'wb-rel-status', 'data-key': 'wb-rel-status' },
        ...RELATION_STATUSES.map((s) => el('option', { value: s }, s || '(stated)')),
      ),
    ),
    select('wb-rel-speaker', 'Speaker', '(none)'),
    el('label', { class: 'wb-quote' }, 'Quote (the sentence or a part of it)', quote),
    error,
  );
  const value = (id: string) => (fields.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
  const set = (id: string, v: string) => ((fields.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value = v);
  if (refs[1]) set('wb-rel-to', refs[1]);
  const add = () => {
    const relation: ReviewRelation = {
      from: value('wb-rel-from'),
      type: value('wb-rel-type').trim(),
      to: value('wb-rel-to'),
      status: value('wb-rel-status') as RelationStatus,
      speaker: value('wb-rel-speaker'),
      quote: quote.value,
      sentence,
    };
    const problem = relationProblem(draft, relation);
    error.hidden = problem === null;
    error.textContent = problem ?? '';
    if (!problem) intents.step({ kind: 'add-relation', relation });
  };
  const suggestions = draft.suggestions.filter((s) => s.sentence === sentence);
  return el(
    'section',
    { class: 'wb-sentence-panel', 'aria-labelledby': 'wb-sentence-title' },
    el('h3', { id: 'wb-sentence-title' }, `Sentence ${sentence + 1}`),
    el(
      'ul',
      { class: 'wb-mentions', 'aria-label': 'Mentions in this sentence' },
      ...refs.map((ref) => el('li', {}, refLabel(draft, review, ref))),
    ),
    suggestions.length
      ? el(
          'ul',
          { class: 'wb-suggestions', 'aria-label': 'Suggestions' },
          ...suggestions.map((s, i) =>
            el(
              'li',
              {},
              `${refLabel(draft, review, s.from)} — ${s.type ? relationWords(s.type) : '?'} → ${refLabel(draft, review, s.to)} (${s.rule}) `,
              button(
                'Use',
                () => {
                  set('wb-rel-from', s.from);
                  set('wb-rel-to', s.to);
                  set('wb-rel-type', s.type ?? '');
                  set('wb-rel-status', s.status ?? '');
                  set('wb-rel-speaker', s.speaker ?? '');
                  (fields.querySelector('#wb-rel-type') as HTMLInputElement).focus();
                },
                { 'data-key': `use-${i}`, 'aria-label': `Use suggestion ${i + 1}` },
              ),
            ),
          ),
        )
      : null,
    fields,
    button('Add relation', add, { class: 'primary', 'data-key': 'wb-rel-add' }),
  );
}

function relationsList(model: WorkbenchModel, intents: WorkbenchIntents): HTMLElement {
  const { draft, review } = model;
  return el(
    'section',
    { class: 'wb-relations', 'aria-labelledby': 'wb-relations-title' },
    el('h3', { id: 'wb-relations-title' }, `Relations (${review.relations.length})`),
    el(
      'ul',
      {},
      ...review.relations.map((r, index) =>
        el(
          'li',
          { class: 'wb-relation', 'data-relation': `${r.from}|${r.type}|${r.to}` },
          relationSentence(refLabel(draft, review, r.from), r.type, refLabel(draft, review, r.to)),
          r.status ? ` [${r.status}${r.speaker ? `, by ${refLabel(draft, review, r.speaker)}` : ''}]` : '',
          el('q', {}, r.quote),
          button('Remove', () => intents.step({ kind: 'remove-relation', index }), {
            'data-key': `remove-${index}`,
            'aria-label': `Remove relation ${index + 1}`,
          }),
        ),
      ),
    ),
  );
}
