// The candidates of a draft: for each, accept (with its type, changeable), reject, or merge into an
// existing entity found with the graph's search. Each choice is one undoable review step.
import type { WorkbenchModel } from '../app/workbench';
import type { DraftCandidate } from '../core/draft-review';
import { button, el } from './dom';
import type { WorkbenchIntents } from './workbench-dialog';

export function renderCandidates(model: WorkbenchModel, intents: WorkbenchIntents): HTMLElement {
  return el(
    'section',
    { class: 'wb-candidates', 'aria-labelledby': 'wb-candidates-title' },
    el('h3', { id: 'wb-candidates-title' }, `Candidates (${model.draft.candidates.length})`),
    el('datalist', { id: 'wb-entity-types' }, ...model.entityTypes.map((t) => el('option', { value: t }))),
    model.draft.candidates.length
      ? el('ul', {}, ...model.draft.candidates.map((c) => candidateRow(model, intents, c)))
      : el('p', { class: 'hint' }, 'No new names: every name found is already in the graph.'),
  );
}

function candidateRow(model: WorkbenchModel, intents: WorkbenchIntents, c: DraftCandidate): HTMLElement {
  const decision = model.review.decisions[c.id] ?? { kind: 'accept', type: c.type };
  const type = decision.kind === 'accept' ? decision.type : c.type;
  const state =
    decision.kind === 'accept'
      ? `new ${decision.type}`
      : decision.kind === 'reject'
        ? 'rejected'
        : `merged into ${decision.into.name} (${decision.into.id})`;
  const typeInput = el('input', {
    type: 'text',
    list: 'wb-entity-types',
    value: type,
    autocomplete: 'off',
    'aria-label': `Type of ${c.name}`,
    'data-key': `type-${c.id}`,
  });
  typeInput.addEventListener('change', () =>
    intents.step({ kind: 'decide', candidate: c.id, decision: { kind: 'accept', type: typeInput.value.trim() } }),
  );
  const cue = c.cue?.text ? `cue “${c.cue.text}”, ${Math.round(c.confidence * 100)} %` : 'no cue';
  return el(
    'li',
    { class: `wb-candidate wb-${decision.kind}`, 'data-candidate': c.id },
    el('span', { class: 'wb-candidate-name' }, c.name),
    c.aliases.length ? el('span', { class: 'hint' }, ` also “${c.aliases.join('”, “')}”`) : null,
    el('span', { class: 'hint' }, ` (${cue}) `),
    el('span', { class: 'wb-candidate-state', 'aria-live': 'polite' }, state),
    el(
      'div',
      { class: 'wb-candidate-actions' },
      typeInput,
      button(
        'Accept',
        () => intents.step({ kind: 'decide', candidate: c.id, decision: { kind: 'accept', type: typeInput.value.trim() } }),
        {
          'aria-pressed': String(decision.kind === 'accept'),
          'aria-label': `Accept ${c.name}`,
          'data-key': `accept-${c.id}`,
        },
      ),
      button('Reject', () => intents.step({ kind: 'decide', candidate: c.id, decision: { kind: 'reject' } }), {
        'aria-pressed': String(decision.kind === 'reject'),
        'aria-label': `Reject ${c.name}`,
        'data-key': `reject-${c.id}`,
      }),
      button('Merge…', () => intents.searchMerge(c.id, ''), {
        'aria-pressed': String(decision.kind === 'merge'),
        'aria-label': `Merge ${c.name} into an existing entity`,
        'data-key': `merge-${c.id}`,
      }),
    ),
    model.merge?.candidate === c.id ? mergeSearch(model, intents, c) : null,
  );
}

function mergeSearch(model: WorkbenchModel, intents: WorkbenchIntents, c: DraftCandidate): HTMLElement {
  const merge = model.merge!;
  const input = el('input', {
    type: 'search',
    value: merge.query,
    autocomplete: 'off',
    'aria-label': `Search the graph for the entity to merge ${c.name} into`,
    'data-key': `merge-search-${c.id}`,
  });
  input.addEventListener('input', () => intents.searchMerge(c.id, input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Escape closes the search, not the dialog.
    event.preventDefault();
    event.stopPropagation();
    intents.cancelMerge();
  });
  // Redrawn on each answer: the caret goes back to the end of what was typed.
  queueMicrotask(() => input.setSelectionRange(input.value.length, input.value.length));
  return el(
    'div',
    { class: 'wb-merge' },
    input,
    el(
      'ul',
      { 'aria-label': `Entities to merge ${c.name} into` },
      ...merge.results.map((e) =>
        el(
          'li',
          {},
          button(
            `${e.name} (${e.type}, ${e.id})`,
            () => intents.step({ kind: 'decide', candidate: c.id, decision: { kind: 'merge', into: e } }),
            {
              'data-key': `merge-into-${c.id}-${e.id}`,
            },
          ),
        ),
      ),
    ),
    button('Cancel', () => intents.cancelMerge(), { 'data-key': `merge-cancel-${c.id}` }),
  );
}
