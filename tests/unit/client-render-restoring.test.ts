// app/render.ts while a view is being restored (a shared link, back or forward): its data arrives in
// steps, and the panels, like the canvas, wait for the whole view instead of recounting each step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, type Views } from '../../client/src/app/render';
import { initialAppState, type AppState } from '../../client/src/app/store';

function fakeViews() {
  const calls: string[] = [];
  const view = (name: string) => ({ render: vi.fn(() => void calls.push(name)) });
  const views = {
    canvas: { sync: vi.fn(() => void calls.push('canvas')) },
    legend: view('legend'),
    filters: view('filters'),
    details: view('details'),
    path: view('path'),
    table: view('table'),
    summary: view('summary'),
    undo: { disabled: false },
    redo: { disabled: false },
    layout: { value: '' },
    overlay: { hidden: true, textContent: '', className: '' },
    status: { textContent: '', title: '' },
  };
  return { views: views as unknown as Views, calls, overlay: views.overlay };
}

beforeEach(() => {
  vi.stubGlobal('location', { hash: '', pathname: '/', search: '' });
  vi.stubGlobal('history', { replaceState: vi.fn() });
});
afterEach(() => vi.unstubAllGlobals());

describe('render while a view is restored', () => {
  it('draws only the loading message and the status line, neither the panels nor the canvas', () => {
    const { views, calls, overlay } = fakeViews();
    const state: AppState = { ...initialAppState(), ready: true, restoring: true, loading: 'Loading graph…' };
    render(state, views, 'Neo4j 5.26');
    expect(calls).toEqual([]);
    expect(overlay.hidden).toBe(false);
    expect(overlay.textContent).toBe('Loading graph…');
  });

  it('draws every panel, then the canvas, once the view is restored', () => {
    const { views, calls } = fakeViews();
    render({ ...initialAppState(), ready: true, restoring: false }, views, 'Neo4j 5.26');
    expect(calls).toEqual(['legend', 'filters', 'path', 'details', 'table', 'summary', 'canvas']);
  });
});
