// A tooltip over the canvas: an entity's full name and type, or a relation as a sentence
// ("North Korea needs assistance from Russia"), for whatever the mouse is over. Text only.
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { relationSentence } from '../core/relation-words';

export function attachTooltip(cy: Core, tip: HTMLElement): void {
  const name = (node: NodeSingular) => String(node.data('label') ?? node.id());
  const show = (event: EventObject) => {
    const target = event.target as NodeSingular | EdgeSingular;
    if (target.isNode()) tip.textContent = `${name(target)} · ${String(target.data('type'))}`;
    else {
      const edge = target as EdgeSingular;
      tip.textContent = relationSentence(name(edge.source()), String(edge.data('type')), name(edge.target()));
    }
    const at = event.renderedPosition ?? { x: 0, y: 0 };
    // Keep the tip inside the canvas: it flips to the left of the mouse near the right edge.
    tip.hidden = false;
    const left = Math.min(at.x + 14, cy.width() - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${Math.max(4, at.y + 14 + tip.offsetHeight > cy.height() ? at.y - tip.offsetHeight - 10 : at.y + 14)}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport remove', hide);
  // Leaving the canvas fast can skip Cytoscape's mouseout.
  cy.container()?.addEventListener('mouseleave', hide);
}

/** The tooltip element, made once per canvas and placed over it. */
export function tooltipElement(container: HTMLElement): HTMLElement {
  const tip = document.createElement('div');
  tip.id = 'graph-tip';
  tip.className = 'graph-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  (container.parentElement ?? container).append(tip);
  container.setAttribute('aria-describedby', `${container.getAttribute('aria-describedby') ?? ''} graph-tip`.trim());
  return tip;
}
