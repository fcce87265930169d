// Draws the visible graph with Cytoscape. It never decides what is shown: sync() diffs the
// canvas against the computed visible graph, keeps positions of nodes already drawn, and puts new
// ones next to a drawn neighbour instead of re-running the layout.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from '../core/placement';
import { fitMove } from '../core/reveal';
import { chooseRenderer, type RendererChoice, type RendererName } from '../core/renderer-choice';
import { storedPositions } from '../core/stored-positions';
import type { LayoutName, Selection } from '../core/types';
import type { Viewport } from '../core/viewport';
import type { VisibleGraph } from '../core/visible';
import { fitNodes } from '../layout/fit-nodes';
import { LayoutRunner, type LayoutReport } from '../layout/layout-runner';
import { addInChunks, CHUNK_SIZE, gridSpot, type ChunkedAdd } from './chunked-add';
import { resizeOnlyOnChange } from './canvas-size';
import { attachTooltip, tooltipElement } from './canvas-tooltip';
import { setClasses } from './cy-classes';
import { updateData } from './cy-data-sync';
import { edgeData, nodeData } from './cy-elements';
import { graphStyle } from './cy-style';
import { installBoundsFastPath } from './cy-bounds-fast-path';
import { glRendererName } from './gl-probe';
import { LabelLayer } from './label-layer';
import { placeNewNodes } from './place-new-nodes';
import { PositionsFirst, positionsFirst } from './positions-first';
import { placeStored } from './stored-layout';
import { fitToStored, placeUnstored, STORED_ONE_BATCH, storedDrawing, type StoredDrawing } from './stored-drawing';
import { watchUserViewport } from './viewport-watch';
import { jumpsInstead } from './viewport-move';
import { ViewKeeper } from './view-keeper';

cytoscape.use(fcose);

export const BIG_GRAPH = 1000;
/** Two taps on the same node this close make a double-tap (expand). */
export const DOUBLE_TAP_MS = 450;

export interface CanvasHandlers {
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
  onLayoutDone(report: LayoutReport): void;
  /** The user panned or zoomed (the viewport to keep in the URL), or the picture was fitted (null). */
  onViewport(viewport: Viewport | null): void;
}

export interface SyncOptions {
  layout: LayoutName;
  layoutRequest: number;
  selection: Selection;
  pathNodes: string[];
  pathEdges: string[];
  created: string[];
  /** Shown instead of the fitted view once the first layout is done (a shared link's zoom and pan). */
  viewport: Viewport | null;
  /** Focus mode's entity and depth ('' without focus), and whether the overview is shown. */
  focusKey: string;
  overview: boolean;
}

export class GraphCanvas {
  cy: Core | null = null;
  private big = false;
  private readonly positions = new Map<string, Point>();
  private lastLayout: { name: LayoutName; request: number } | null = null;
  /** The visible graph drawn last: render() hands back the same object while data and view are unchanged. */
  private lastVisible: VisibleGraph | null = null;
  /** A URL's viewport, applied when the layout in progress is done. */
  private pendingViewport: Viewport | null = null;
  /** What applyClasses marked last (path, new, selection), so the next call visits only changes. */
  private marked: { cy: Core | null; path: Set<string>; created: Set<string>; selected: string | undefined } = {
    cy: null,
    path: new Set(),
    created: new Set(),
    selected: undefined,
  };
  /** Per drawn element, the store's object it was last drawn from (drawElements skips unchanged ones). */
  private drawnFrom: { cy: Core | null; objects: Map<string, object> } = { cy: null, objects: new Map() };
  /** Elements were added since the last applyClasses. */
  private freshElements = false;
  /** A first drawing still adding its elements frame by frame, and the options to finish it with. */
  private drawing: { chunks: ChunkedAdd; options: SyncOptions; added: string[]; stored?: StoredDrawing | undefined } | null = null;
  /** First drawings that wait for the worker's positions (views/positions-first.ts). */
  private readonly first: PositionsFirst<SyncOptions>;
  private readonly progress: HTMLElement;
  readonly runner: LayoutRunner;
  /** Which Cytoscape renderer draws the graph now, and why (WebGL only on a real GPU). */
  renderer: RendererChoice = { name: 'canvas', reason: 'not drawn yet' };
  private readonly labels = new LabelLayer(() => this.drawing !== null);
  private readonly keeper = new ViewKeeper();
  private readonly tip: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: CanvasHandlers,
    private readonly rendererOverride: RendererName | null = null,
  ) {
    this.runner = new LayoutRunner((report) => {
      this.rememberPositions();
      if (this.pendingViewport && this.cy)
        this.cy.viewport({ zoom: this.pendingViewport.zoom, pan: { x: this.pendingViewport.x, y: this.pendingViewport.y } });
      this.pendingViewport = null;
      if (this.cy) this.labels.schedule(this.cy);
      handlers.onLayoutDone(report);
    });
    // Starts fetching and parsing the layout worker while the graph itself loads.
    this.runner.prepare();
    this.progress = Object.assign(document.createElement('div'), { className: 'overlay canvas-progress', hidden: true });
    this.progress.setAttribute('role', 'status');
    container.after(this.progress);
    this.first = new PositionsFirst(
      this.runner,
      (text) => this.showProgress(text),
      (visible, options) => this.sync(visible, options),
    );
    this.tip = tooltipElement(container);
    // The details panel and list view change the canvas size; Cytoscape must be told, and the
    // selection kept in view.
    new ResizeObserver(() => {
      if (this.cy) this.keeper.afterResize(this.cy);
    }).observe(container);
  }

  private create(big: boolean): Core {
    this.rememberPositions();
    this.cy?.destroy();
    this.big = big;
    this.renderer = chooseRenderer({ probeGl: glRendererName, big, override: this.rendererOverride });
    this.container.dataset.renderer = this.renderer.name;
    const cy = cytoscape({
      container: this.container,
      style: graphStyle(big, this.labels.scale),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      // Speed for big graphs: draw a cached texture while panning and zooming, without edges.
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      motionBlur: false,
      webgl: this.renderer.name === 'webgl',
    });
    installBoundsFastPath(cy);
    resizeOnlyOnChange(cy);
    // Our own double-tap: Cytoscape's dbltap fires for two quick taps on *different* nodes too.
    let lastTap = { id: '', time: 0 };
    cy.on('tap', 'node', (e) => {
      const id = e.target.id();
      const now = performance.now();
      const double = lastTap.id === id && now - lastTap.time < DOUBLE_TAP_MS;
      lastTap = double ? { id: '', time: 0 } : { id, time: now };
      this.handlers.onSelect({ kind: 'node', id });
      if (double) this.handlers.onExpand(id);
    });
    cy.on('tap', 'edge', (e) => this.handlers.onSelect({ kind: 'edge', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) this.handlers.onSelect(null);
    });
    // A big graph names what is under the mouse in the tooltip only: restyling it redrew every
    // element twice for each node the mouse passed over (100-300 ms a frame at 5k entities).
    if (!big) {
      cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
      cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
    }
    cy.on('dragfree', 'node', (e) => this.positions.set(e.target.id(), { ...e.target.position() }));
    watchUserViewport(cy, (viewport) => this.handlers.onViewport(viewport));
    this.labels.attach(cy);
    attachTooltip(cy, this.tip);
    this.cy = cy;
    this.lastLayout = null;
    this.lastVisible = null;
    return cy;
  }

  private rememberPositions(): void {
    this.cy?.nodes().forEach((n) => {
      this.positions.set(n.id(), { ...n.position() });
    });
  }

  sync(visible: VisibleGraph, options: SyncOptions): void {
    const big = visible.nodes.length + visible.edges.length > BIG_GRAPH;
    if (this.first.keep(visible, options, big === this.big)) return;
    if (this.drawing && visible === this.lastVisible && big === this.big) {
      // Still adding the same graph: finish it with the newest options.
      this.drawing.options = options;
      return;
    }
    const restarted = this.drawing !== null;
    this.drawing?.chunks.cancel();
    if (restarted) this.drawnFrom.cy = null; // its last chunks were never added
    this.drawing = null;
    const cy = this.cy && big === this.big ? this.cy : this.create(big);
    const wasEmpty = cy.nodes().length === 0 || restarted;
    // A first drawing from stored positions is drawn where it ends up, fitted once, before it is drawn.
    const arrived = this.first.take(visible);
    const stored =
      wasEmpty && visible !== this.lastVisible && options.layout === 'fcose' ? (arrived ?? storedDrawing(visible.nodes)) : undefined;
    // Without stored positions, a big one asks the worker for positions first and is drawn as if stored.
    if (!stored && wasEmpty && visible !== this.lastVisible && positionsFirst(visible, options, this.lastLayout, this.positions))
      return this.startWaiting(cy, visible, options);
    if (stored) fitToStored(cy, visible.nodes, stored.stored, 40);
    // A click or selection change leaves the visible graph as it was: skip restyling every element.
    const { added, rest } = visible === this.lastVisible ? { added: [], rest: [] } : this.drawElements(cy, visible, wasEmpty, stored);
    this.lastVisible = visible;
    if (rest.length > 0) {
      if (!stored) fitNodes(cy, 40);
      const total = visible.nodes.length + visible.edges.length;
      const chunks = addInChunks(
        cy,
        rest,
        (done, count) =>
          this.showProgress(`Drawing ${(total - count + done).toLocaleString('en')} of ${total.toLocaleString('en')} elements…`),
        () => {
          const drawing = this.drawing;
          this.drawing = null;
          this.showProgress(null);
          if (drawing) this.finishSync(cy, visible, drawing.options, true, drawing.added, drawing.stored);
        },
      );
      this.drawing = { chunks, options, added, stored };
      return;
    }
    this.finishSync(cy, visible, options, wasEmpty, added, stored);
  }

  private startWaiting(cy: Core, visible: VisibleGraph, options: SyncOptions): void {
    // A cancelled drawing's first chunks: its nodes would have to move to the new positions.
    if (cy.elements().nonempty()) {
      this.rememberPositions();
      cy.elements().remove();
      this.drawnFrom.cy = null;
    }
    this.first.start(visible, options);
  }

  private showProgress(text: string | null): void {
    this.progress.hidden = text === null;
    this.progress.textContent = text ?? '';
  }

  private finishSync(
    cy: Core,
    visible: VisibleGraph,
    options: SyncOptions,
    wasEmpty: boolean,
    added: string[],
    drawn?: StoredDrawing,
  ): void {
    const layoutChanged = !this.lastLayout || this.lastLayout.name !== options.layout || this.lastLayout.request !== options.layoutRequest;
    const laidOut = cy.nodes().length > 0 && (layoutChanged || (wasEmpty && added.length > 0));
    if (laidOut && drawn && options.layout === 'fcose') {
      // Drawn at stored positions already (views/stored-drawing.ts): nothing to lay out, nor to fit again.
      this.lastLayout = { name: options.layout, request: options.layoutRequest };
      placeUnstored(cy, drawn.stored, this.big ? 40 : 75);
      this.pendingViewport = options.viewport;
      if (drawn.computed) this.runner.computedDrawn(cy);
      else this.runner.shown(cy, options.layout, drawn.startedAt);
    } else if (laidOut) {
      this.lastLayout = { name: options.layout, request: options.layoutRequest };
      cy.resize(); // the panels may just have changed the container size
      // A first drawing where (nearly) every node has a stored position (the file's, else the
      // server's layout) shows them at once instead of laying out.
      const stored = wasEmpty && options.layout === 'fcose' ? storedPositions(visible.nodes) : undefined;
      const preset = stored ? placeStored(cy, stored, this.big ? 40 : 75) : undefined;
      // The first picture of a shared link keeps its viewport; a layout asked for later is fitted.
      this.pendingViewport = wasEmpty ? options.viewport : null;
      if (!wasEmpty && options.viewport) queueMicrotask(() => this.handlers.onViewport(null));
      this.runner.run(cy, options.layout, options.selection?.kind === 'node' ? [options.selection.id] : [], preset);
    } else if (added.length > 0) {
      for (const [id, spot] of placeNewNodes(cy, added, this.big ? 40 : 75)) this.positions.set(id, spot);
    }
    this.applyClasses(cy, options);
    this.keeper.afterSync(cy, options, added, laidOut);
    this.labels.planBeforeNextFrame(cy);
  }

  /**
   * Diffs the canvas against `visible`; returns the ids of new nodes that have no remembered position.
   * A big first drawing adds one chunk now and returns the `rest`, for the caller to add frame by frame.
   */
  private drawElements(
    cy: Core,
    visible: VisibleGraph,
    first: boolean,
    stored?: StoredDrawing,
  ): { added: string[]; rest: ElementDefinition[] } {
    const nodeIds = new Set(visible.nodes.map((n) => n.id));
    const edgeIds = new Set(visible.edges.map((e) => e.id));
    const added: string[] = [];
    const fresh: ElementDefinition[] = [];
    // Frame by frame only when big: stored positions need no layout, so a 1k graph goes in one task.
    // The worker's positions come later than stored ones: there the chunks keep each frame short.
    const oneTask = stored && !stored.computed ? STORED_ONE_BATCH : CHUNK_SIZE * 2;
    let chunked = false;
    // Unchanged objects of the store are skipped: an expansion at 5k entities re-derived and compared
    // the data of all 12k drawn elements.
    if (this.drawnFrom.cy !== cy) this.drawnFrom = { cy, objects: new Map() };
    const drawnFrom = this.drawnFrom.objects;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        // An edge already removed with its node (Cytoscape's cascade) is not drawn any more either.
        if (ele.removed()) return void drawnFrom.delete(ele.id());
        const isNode = ele.group() === 'nodes';
        if (isNode ? nodeIds.has(ele.id()) : edgeIds.has(ele.id())) return;
        if (isNode) this.positions.set(ele.id(), { ...(ele as NodeSingular).position() });
        drawnFrom.delete(ele.id());
        ele.remove();
      });
      for (const node of visible.nodes) {
        if (drawnFrom.get(node.id) === node) continue; // drawn from this very object: nothing changed
        drawnFrom.set(node.id, node);
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          updateData(existing, nodeData(node));
          continue;
        }
        const position = this.positions.get(node.id);
        if (!position) added.push(node.id);
        // Until the layout's positions arrive, a first drawing shows the nodes on a grid.
        const placeholder = first ? gridSpot(fresh.length, visible.nodes.length, 60) : { x: 0, y: 0 };
        const at = stored?.stored.positions.get(node.id) ?? position;
        fresh.push({ group: 'nodes', data: nodeData(node), position: at ? { ...at } : placeholder });
      }
      for (const edge of visible.edges) {
        if (drawnFrom.get(edge.id) === edge) continue;
        drawnFrom.set(edge.id, edge);
        const existing = cy.getElementById(edge.id);
        // Drawn edges are updated too: an import can change a relation's status (and its dash style).
        if (existing.nonempty()) updateData(existing, edgeData(edge));
        else fresh.push({ group: 'edges', data: edgeData(edge) });
      }
      chunked = first && fresh.length > oneTask;
      cy.add(chunked ? fresh.slice(0, CHUNK_SIZE) : fresh);
      if (fresh.length > 0) this.freshElements = true;
    });
    return { added, rest: chunked ? fresh.slice(CHUNK_SIZE) : [] };
  }

  private applyClasses(cy: Core, options: SyncOptions): void {
    const path = new Set([...options.pathNodes, ...options.pathEdges]);
    const created = new Set(options.created);
    const selected = options.selection?.id;
    const before = this.marked;
    const fresh = this.freshElements;
    this.freshElements = false;
    this.marked = { cy, path, created, selected };
    // Restyling all elements on every click took 0.4 s at 5k entities: only what can change is
    // visited, unless "faded" (all but the path) turns on or off, or new elements join a faded view.
    // A new canvas holds no classes yet: without a path only the new and selected elements need any.
    const newCanvas = before.cy !== cy;
    const all = newCanvas ? path.size > 0 : !sameSet(path, before.path) || (path.size > 0 && fresh);
    const targets = all ? cy.elements() : cy.collection();
    if (!all) {
      for (const id of newCanvas ? created : [...before.created, ...created]) targets.merge(cy.getElementById(id));
      for (const id of [before.selected, selected]) {
        const ele = id ? cy.getElementById(id) : cy.collection();
        targets.merge(ele).merge(ele.connectedEdges());
      }
    }
    cy.batch(() => {
      targets.forEach((ele) => {
        const id = ele.id();
        setClasses(ele, {
          path: path.has(id),
          faded: path.size > 0 && !path.has(id),
          new: created.has(id),
          sel: id === selected,
          touching: ele.isEdge() && (ele.source().id() === selected || ele.target().id() === selected),
        });
      });
    });
  }

  fit(): void {
    this.handlers.onViewport(null);
    const cy = this.cy;
    if (!cy || cy.nodes().empty()) return;
    // Node bodies only: labels keep one screen size at every zoom, so their model size before the
    // fit says nothing about after it (cy.fit would count them at the old zoom).
    cy.resize();
    const box = cy.elements().boundingBox({ includeLabels: false });
    cy.viewport(fitMove(box, { width: cy.width(), height: cy.height(), zoom: cy.zoom(), pan: cy.pan() }, 40, cy.minZoom(), cy.maxZoom()));
  }

  centerOn(id: string): void {
    const node = this.cy?.getElementById(id);
    if (!this.cy || !node || node.empty()) return;
    // The details panel may just have opened and narrowed the canvas: measure before centring.
    this.cy.resize();
    this.cy.stop();
    const zoom = Math.max(this.cy.zoom(), 1);
    if (jumpsInstead(this.cy)) this.cy.zoom(zoom).center(node);
    else this.cy.animate({ center: { eles: node }, zoom }, { duration: 250 });
  }

  positionsNow(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.cy?.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
