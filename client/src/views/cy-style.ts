// The Cytoscape stylesheet. `big` graphs trade detail for speed: haystack edges, no edge labels,
// node labels only when zoomed in.
import type { StylesheetJson } from 'cytoscape';

const AMBER = '#e8590c';
const TEAL = '#0ca678';

export function graphStyle(big: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': big ? 10 : 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#a3acb9',
        'target-arrow-color': '#a3acb9',
        'target-arrow-shape': big ? 'none' : 'triangle',
        'arrow-scale': 0.9,
        'curve-style': big ? 'haystack' : 'bezier',
        label: big ? '' : 'data(label)',
        'font-size': 8,
        color: '#3d4451',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Edge types show when zoomed in (8px × zoom ≥ 13) or on hover.
        'min-zoomed-font-size': 13,
      },
    },
    { selector: 'edge[status != "stated"][status]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    {
      selector: 'edge.hover, edge.touching',
      style: { 'min-zoomed-font-size': 0, 'line-color': '#495057', 'target-arrow-color': '#495057', width: 2.2, 'z-index': 10 },
    },
    { selector: 'node.hover', style: { 'border-color': '#495057', 'border-width': 3 } },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: 'node.new', style: { 'border-color': TEAL, 'border-width': 5 } },
    { selector: 'node.path', style: { 'border-color': AMBER, 'border-width': 5, opacity: 1 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': AMBER,
        'target-arrow-color': AMBER,
        width: 4,
        'min-zoomed-font-size': 0,
        'z-index': 20,
        opacity: 1,
        color: '#7a2e00',
      },
    },
    { selector: 'node.sel', style: { 'border-color': '#1b1f24', 'border-width': 4, 'overlay-opacity': 0 } },
    { selector: 'edge.sel', style: { 'line-color': '#1b1f24', 'target-arrow-color': '#1b1f24', width: 3.5, 'min-zoomed-font-size': 0 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
  ];
}
