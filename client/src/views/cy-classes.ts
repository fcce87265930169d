// Sets Cytoscape classes only where they change. Its toggleClass, addClass and removeClass mark every
// element they are given as restyled (its "changed" test is true whether or not the element had the
// class), and each restyled element costs a style pass and a redraw: a label plan that set `labelled`
// on all nodes restyled all of them on every click, zoom and expansion (5k entities: every node).
import type { Core, SingularElementArgument } from 'cytoscape';

/** Gives `ele` each class of `wanted` that is true and takes away each that is false, touching only those that differ. */
export function setClasses(ele: SingularElementArgument, wanted: Readonly<Record<string, boolean>>): void {
  const add: string[] = [];
  const remove: string[] = [];
  for (const [name, on] of Object.entries(wanted)) {
    if (ele.hasClass(name) !== on) (on ? add : remove).push(name);
  }
  if (add.length > 0) ele.addClass(add);
  if (remove.length > 0) ele.removeClass(remove);
}

/** Gives `className` to exactly the elements of `eles` that `has` says, changing only those that differ. */
export function setClassWhere(
  cy: Core,
  eles: { forEach(visit: (ele: SingularElementArgument) => void): unknown },
  className: string,
  has: (ele: SingularElementArgument) => boolean,
): void {
  const add = cy.collection();
  const remove = cy.collection();
  eles.forEach((ele) => {
    const on = has(ele);
    if (ele.hasClass(className) !== on) (on ? add : remove).merge(ele);
  });
  if (add.nonempty()) add.addClass(className);
  if (remove.nonempty()) remove.removeClass(className);
}
