// The Cytoscape stylesheet. `big` graphs trade detail for speed: haystack edges, no edge labels at
// rest. Node labels keep one on-screen size (LABEL_PX) at every zoom: their model size follows
// `scale.zoom`, and only nodes the label plan marks `labelled` (or hovered, selected) show theirs.
import type { StylesheetJson } from 'cytoscape';
import { LABEL_GAP_PX, LABEL_MAX_WIDTH_PX, LABEL_PX } from '../core/label-plan';

const AMBER = '#e8590c';
const TEAL = '#0ca678';

/** The zoom the label sizes were last computed for (views/label-layer.ts updates it). */
export interface LabelScale {
  zoom: number;
}

// Cytoscape leaves out a label whose font size × zoom is below min-zoomed-font-size: this hides one.
const HIDDEN = 1e6;

export function graphStyle(big: boolean, scale: LabelScale): StylesheetJson {
  const onScreen = (px: number) => () => px / scale.zoom;
  // Cytoscape takes a function for any style value; its types do not say so.
  const readable = { 'font-size': onScreen(LABEL_PX), 'min-zoomed-font-size': 0 } as unknown as {
    'font-size': number;
    'min-zoomed-font-size': number;
  };
  // How a node's name is drawn. Its sizes are functions of the zoom, evaluated for each element
  // they apply to: a big graph applies them only where there is a label.
  const nodeText = {
    'font-size': onScreen(LABEL_PX) as never,
    'font-family': 'system-ui, sans-serif',
    color: '#1b1f24',
    'text-valign': 'bottom',
    'text-margin-y': onScreen(LABEL_GAP_PX) as never,
    // Full names, wrapped at spaces: never cut with an ellipsis.
    'text-wrap': 'wrap',
    'text-max-width': onScreen(LABEL_MAX_WIDTH_PX) as never,
    'text-outline-color': '#ffffff',
    'text-outline-width': onScreen(2) as never,
  } as const;
  const edgeText = {
    'font-size': 11,
    color: '#3d4451',
    'text-rotation': 'autorotate',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.85,
    'text-background-padding': '1px',
    // Relation words show when zoomed in (11 × zoom ≥ 16 px) and, at LABEL_PX, on hover or selection.
    'min-zoomed-font-size': 16,
  } as const;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        // A big graph gives a label only to the nodes that show one: Cytoscape measures, wraps and
        // boxes every label it is given, even one min-zoomed-font-size hides (most of the 5k view's
        // style and bounding-box time).
        ...(big ? {} : { label: 'data(label)', ...nodeText, 'min-zoomed-font-size': HIDDEN }),
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...(big ? [{ selector: 'node.labelled, node.hover, node.sel', style: nodeText }] : []),
    { selector: 'node.labelled', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#a3acb9',
        'curve-style': big ? 'haystack' : 'bezier',
        ...(big
          ? {}
          : { 'target-arrow-color': '#a3acb9', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, label: 'data(label)', ...edgeText }),
      },
    },
    // A big graph's relation words show only on hover, selection or a path: only those edges carry the
    // text properties (Cytoscape applies every property of a matching rule to each element it styles).
    ...(big ? [{ selector: 'edge.hover, edge.touching, edge.sel, edge.path', style: edgeText }] : []),
    { selector: 'edge[status != "stated"][status]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    {
      selector: 'edge.hover, edge.touching',
      style: { ...readable, label: 'data(label)', 'line-color': '#495057', 'target-arrow-color': '#495057', width: 2.2, 'z-index': 10 },
    },
    { selector: 'node.hover', style: { ...readable, label: 'data(label)', 'border-color': '#495057', 'border-width': 3, 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: 'node.new', style: { 'border-color': TEAL, 'border-width': 5 } },
    { selector: 'node.path', style: { 'border-color': AMBER, 'border-width': 5, opacity: 1 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': AMBER,
        'target-arrow-color': AMBER,
        width: 4,
        ...readable,
        label: 'data(label)',
        'z-index': 20,
        opacity: 1,
        color: '#7a2e00',
      },
    },
    {
      selector: 'node.sel',
      style: { ...readable, label: 'data(label)', 'border-color': '#1b1f24', 'border-width': 4, 'overlay-opacity': 0, 'z-index': 25 },
    },
    {
      selector: 'edge.sel',
      style: { ...readable, label: 'data(label)', 'line-color': '#1b1f24', 'target-arrow-color': '#1b1f24', width: 3.5 },
    },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
  ];
}
