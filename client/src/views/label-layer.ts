// Keeps node labels readable at every zoom: after each zoom or change of the drawn graph it re-plans
// which nodes show their name (core/label-plan.ts) and re-sizes the labels so that they stay LABEL_PX
// on screen. Relation labels on hover or selection follow the same size (views/cy-style.ts).
import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { LABEL_MAX_WIDTH_PX, LABEL_PX, planLabels, wrapLines, type LabelCandidate } from '../core/label-plan';
import { setClassWhere } from './cy-classes';
import type { LabelScale } from './cy-style';

// Cytoscape recomputes style functions only when told; `updateStyle` is public API missing from its types.
type Restylable = Collection & { updateStyle(): void };

/** What the plan serves first: the selection, then path ends and fresh nodes, then degree. */
function priority(node: NodeSingular, degree: number): number {
  if (node.hasClass('sel')) return 4e9;
  if (node.hasClass('path')) return 3e9;
  if (node.hasClass('new')) return 2e9;
  return degree;
}

export class LabelLayer {
  readonly scale: LabelScale = { zoom: 1 };
  private frame = 0;
  private readonly widths = new Map<string, number[]>();
  /** Drawn degrees, kept until elements are added or removed: asking each node on every plan (every
   * zoom, every click) walked all 12k elements' edges at 5k entities. */
  private readonly degrees = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  /** Nodes were added, removed, moved or changed classes since the last plan. */
  private stale = true;

  /** `busy`: the canvas is still adding a first drawing chunk by chunk; it plans once at the end. */
  constructor(private readonly busy: () => boolean = () => false) {}

  attach(cy: Core): void {
    this.scale.zoom = cy.zoom();
    // An added or removed edge changes its two ends' degrees only (clearing all of them made each
    // expansion at 5k entities ask every node its degree again: ~50 ms).
    cy.on('add remove', (event) => {
      const ele = event.target as SingularElementArgument;
      if (ele.isEdge()) for (const end of [ele.data('source'), ele.data('target')] as string[]) this.degrees.delete(end);
      else this.degrees.delete(ele.id());
    });
    // What the plan depends on besides the zoom: which nodes, where, their names and classes (priority).
    cy.on('add remove position class data', () => (this.stale = true));
    // While a first drawing arrives chunk by chunk, each chunk's names are measured in its own frame,
    // so the plan made at the end does not measure them all in one task.
    cy.on('add', 'node', (event) => {
      if (this.busy()) this.lineWidths(String((event.target as NodeSingular).data('label') ?? ''));
    });
    cy.on('zoom add remove dragfree layoutstop', () => this.schedule(cy));
  }

  /**
   * Plans once the current task is done, before the next frame: for a change the canvas just drew
   * (a click, an expansion). Cytoscape draws first in each frame, so a plan made in a frame callback
   * changed the labels after that frame's drawing and cost a second full redraw of a big graph.
   */
  planBeforeNextFrame(cy: Core): void {
    if (this.busy()) return;
    cancelAnimationFrame(this.frame);
    this.frame = -1; // no schedule() meanwhile: this plan covers it
    queueMicrotask(() => {
      this.frame = 0;
      if (!cy.destroyed() && !this.busy()) this.apply(cy);
    });
  }

  /** Plans on the next frame (many zoom events in one frame cost one plan). */
  schedule(cy: Core): void {
    // Every chunk's "add" would re-plan all the nodes drawn so far, in that chunk's frame.
    if (this.frame || this.busy()) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!cy.destroyed() && !this.busy()) this.apply(cy);
    });
  }

  private apply(cy: Core): void {
    const zoom = cy.zoom();
    const resized = zoom !== this.scale.zoom;
    // A store change that drew nothing new (a loading message, the details arriving) plans nothing:
    // at 5k entities a plan is ~100 ms.
    if (!resized && !this.stale) return;
    this.scale.zoom = zoom;
    const candidates: LabelCandidate[] = cy.nodes().map((node) => ({
      id: node.id(),
      ...node.position(),
      size: Number(node.data('size')) || 30,
      priority: priority(node, this.degree(node)),
      lineWidths: this.lineWidths(String(node.data('label') ?? '')),
    }));
    const chosen = planLabels(candidates, zoom);
    cy.batch(() => {
      setClassWhere(cy, cy.nodes(), 'labelled', (node) => chosen.has(node.id()));
      if (resized)
        (
          cy.$('node.labelled, node.hover, node.sel, edge.hover, edge.touching, edge.sel, edge.path') as unknown as Restylable
        ).updateStyle();
    });
    // After its own class changes: the plan now matches what is drawn.
    this.stale = false;
  }

  private degree(node: NodeSingular): number {
    let degree = this.degrees.get(node.id());
    if (degree === undefined) this.degrees.set(node.id(), (degree = node.degree(false)));
    return degree;
  }

  /** Screen widths of the label's wrapped lines at LABEL_PX (cached: names rarely change). */
  private lineWidths(label: string): number[] {
    const cached = this.widths.get(label);
    if (cached) return cached;
    this.context ??= document.createElement('canvas').getContext('2d');
    const context = this.context;
    if (context) context.font = `${LABEL_PX}px system-ui, sans-serif`;
    const measure = (s: string) => (context ? context.measureText(s).width : s.length * LABEL_PX * 0.6);
    const widths = wrapLines(label, LABEL_MAX_WIDTH_PX, measure).map(measure);
    this.widths.set(label, widths);
    return widths;
  }
}
