/** Bringing your own graph, through the controls, on the real store (layouts mocked: jsdom has no Worker). */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateLargeGraph } from '../../../tests/fixtures/random-graph';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { progressKey } from '../../store/progress-storage';
import { createAtlas } from '../../domain/atlas';
import { importGraph } from '../../domain/formats/import-graph';
import { EMPTY_PROGRESS } from '../../domain/progress';
import type { LayoutPositions } from '../../store/view-options';
import { ExportMenu } from './export-menu';
import type { ImportRunner } from './import-in-worker';
import type { LayoutRunner } from './use-graph-import';
import { WorkspaceControls } from './workspace-controls';

const NO_POSITIONS: LayoutPositions = { force: {}, layered: {}, provider: {}, concentric: {} };
const instantLayout = vi.fn<LayoutRunner>(async (graph, { onProgress } = {}) => {
  for (let done = 1; done <= 4; done++) onProgress?.(done, 4);
  return { ...NO_POSITIONS, force: Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i * 10, y: 0 }])) };
});

const SMALL_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="colour" for="node" attr.name="colour" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="alpha"><data key="label">Alpha</data><data key="colour">red</data></node>
    <node id="beta"><data key="label">Beta</data></node>
    <node id="gamma"><data key="label">Gamma</data></node>
    <edge source="beta" target="alpha"/>
    <edge source="gamma" target="beta"/>
  </graph>
</graphml>
`;

/** Three things wrong: a duplicate node id and two edges to nodes that do not exist. */
const BROKEN_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="alpha"/>
    <node id="alpha"/>
    <node id="beta"/>
    <edge source="beta" target="nowhere"/>
    <edge source="ghost" target="alpha"/>
  </graph>
</graphml>
`;

const graphFile = (text: string, name: string) => new File([text], name, { type: 'application/xml' });
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Open a graph file');

function setup(runLayout: LayoutRunner = instantLayout) {
  return setupRendered(renderWithStore(<WorkspaceControls runLayout={runLayout} />));
}

function setupRendered(rendered: ReturnType<typeof renderWithStore>) {
  const { store } = rendered;
  // Some state of the curriculum that every failed or cancelled import must leave alone.
  act(() => {
    store.getState().setStatus(['python'], 'learned');
    store.getState().setStatus(['numpy'], 'learning');
    store.getState().select('pandas');
    store.getState().setLayout('layered');
  });
  const before = store.getState();
  const unchanged = () => {
    const now = store.getState();
    expect(now.atlas).toBe(before.atlas);
    expect(now.positions).toBe(before.positions);
    expect(now.progress).toBe(before.progress);
    expect(now.workspace).toEqual({ kind: 'curriculum' });
    expect(now.selectedId).toBe('pandas');
    expect(now.layout).toBe('layered');
  };
  return { ...rendered, before, unchanged };
}

beforeEach(() => {
  localStorage.clear();
  instantLayout.mockClear();
});
afterEach(() => vi.restoreAllMocks());

describe('opening a graph file', () => {
  it('lists every problem of a broken file and changes nothing', async () => {
    const { user, unchanged } = setup();
    await user.upload(fileInput(), graphFile(BROKEN_GRAPHML, 'broken.graphml'));

    const dialog = await screen.findByRole('dialog', { name: 'Import problems' });
    const expected = importGraph({ name: 'broken.graphml', bytes: new TextEncoder().encode(BROKEN_GRAPHML) });
    if (expected.ok) throw new Error('the fixture should be broken');
    expect(expected.problems.length).toBeGreaterThanOrEqual(3);
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      expected.problems.map(
        (p) => `broken.graphml${p.line ? `:${p.line}` : ''}${p.path ? ` ${p.path}` : ''} — ${p.message}`,
      ),
    );
    expect(items.some((li) => /nowhere/.test(li.textContent ?? ''))).toBe(true);
    expect(items.some((li) => /ghost/.test(li.textContent ?? ''))).toBe(true);
    expect(instantLayout).not.toHaveBeenCalled();
    unchanged();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    unchanged();
  });

  it('opens a valid GraphML as a workspace, and goes back to the curriculum with its progress', async () => {
    const { store, user, before } = setup();
    // Progress saved earlier for this file is what the workspace opens with.
    localStorage.setItem(
      progressKey({ kind: 'imported', name: 'small.graphml' }),
      JSON.stringify({ version: 2, items: { beta: 'learned', gone: 'learned' } }),
    );
    await user.upload(fileInput(), graphFile(SMALL_GRAPHML, 'small.graphml'));

    await waitFor(() => expect(store.getState().workspace).toEqual({ kind: 'imported', name: 'small.graphml' }));
    const opened = store.getState();
    expect([...opened.atlas.index.byId.keys()].sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(opened.positions.force.gamma).toEqual({ x: 20, y: 0 });
    expect(opened.progress).toEqual({ version: 2, items: { beta: 'learned' } });
    // A fresh view: the curriculum's selection and layout do not carry over.
    expect(opened.selectedId).toBeNull();
    expect(opened.layout).toBe('force');
    const notices = opened.notices.map((n) => n.message);
    expect(notices.find((m) => m.startsWith('Opened small.graphml'))).toMatch(
      /^Opened small\.graphml: 3 nodes, 2 edges\. .*colour/,
    );
    expect(notices.some((m) => /Dropped 1 item/.test(m))).toBe(true);
    expect(screen.getByRole('group', { name: 'Open graph' })).toHaveTextContent('Viewing: small.graphml');
    expect(instantLayout).toHaveBeenCalledTimes(1);

    act(() => store.getState().setStatus(['gamma'], 'learning'));
    await user.click(screen.getByRole('button', { name: 'Back to the curriculum' }));
    const back = store.getState();
    expect(back.workspace).toEqual({ kind: 'curriculum' });
    expect(back.atlas).toBe(before.atlas);
    expect(back.positions).toBe(before.positions);
    expect(back.progress).toEqual(before.progress);
    expect(screen.queryByRole('group', { name: 'Open graph' })).not.toBeInTheDocument();
    // The "Opened small.graphml" notice went with the graph it spoke of.
    expect(back.notices.some((n) => n.message.startsWith('Opened'))).toBe(false);

    // Opening the same file again brings back the progress made in it this session.
    await user.upload(fileInput(), graphFile(SMALL_GRAPHML, 'small.graphml'));
    await waitFor(() => expect(store.getState().workspace.kind).toBe('imported'));
    expect(store.getState().progress.items).toEqual({ beta: 'learned', gamma: 'learning' });
  });

  it('shows layout progress, and a cancel leaves everything as it was', async () => {
    let finish: (positions: LayoutPositions) => void = () => {};
    const slowLayout = vi.fn<LayoutRunner>(
      (_graph, { onProgress, signal } = {}) =>
        new Promise((resolve, reject) => {
          onProgress?.(2, 4);
          finish = resolve;
          signal?.addEventListener('abort', () => reject(new DOMException('Layout cancelled', 'AbortError')));
        }),
    );
    const { user, unchanged } = setup(slowLayout);
    await user.upload(fileInput(), graphFile(SMALL_GRAPHML, 'small.graphml'));

    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Laying out… 2 of 4'));
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(screen.getByText('Laying out… 2 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(slowLayout.mock.calls[0]![1]!.signal!.aborted).toBe(true);
    // A layout that finishes after all (a worker's last message) changes nothing either.
    await act(async () => finish(NO_POSITIONS));
    unchanged();
  });

  it('asks before opening a graph of more than 5,000 nodes', async () => {
    const huge = generateLargeGraph(5200);
    const runImport = vi.fn<ImportRunner>(async () => ({ ok: true, graph: huge, format: 'graphml', warnings: [] }));
    const { store, user, unchanged } = renderWithStoreAndImport(runImport);

    await user.upload(fileInput(), graphFile('<graphml/>', 'huge.graphml'));
    let dialog = await screen.findByRole('dialog', { name: 'Open a large graph?' });
    expect(dialog).toHaveTextContent(
      `This graph has ${huge.nodes.length.toLocaleString('en-US')} nodes; it opens in large-graph mode:`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(instantLayout).not.toHaveBeenCalled();
    unchanged();

    await user.upload(fileInput(), graphFile('<graphml/>', 'huge.graphml'));
    dialog = await screen.findByRole('dialog', { name: 'Open a large graph?' });
    await user.click(within(dialog).getByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect(store.getState().workspace).toEqual({ kind: 'imported', name: 'huge.graphml' }));
    expect(store.getState().atlas.index.graph).toBe(huge);
  });

  it('shows a large graph going into the canvas; Cancel puts back the graph, view and progress', async () => {
    const large = generateLargeGraph(2000);
    const runImport = vi.fn<ImportRunner>(async () => ({ ok: true, graph: large, format: 'graphml', warnings: [] }));
    const { store, user, unchanged } = setupWith(runImport);
    await user.upload(fileInput(), graphFile('<graphml/>', 'large.graphml'));
    // Switched to, and waiting for the canvas (graph-view/use-sliced-loading.ts) to take it in.
    await waitFor(() => expect(store.getState().atlas.index.graph).toBe(large));
    act(() => store.getState().setDrawing({ done: 1200, total: 12000 }));
    const bar = await screen.findByRole('progressbar', { name: 'Opening large.graphml' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Drawing 1,200 of 12,000…'));
    expect(bar).toHaveAttribute('aria-valuenow', '1200');
    expect(bar).toHaveAttribute('aria-valuemax', '12000');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    unchanged();
    expect(store.getState().notices.some((n) => n.message.startsWith('Opened'))).toBe(false);

    // Let through to the end this time: opened, and said so, once every element is in.
    await user.upload(fileInput(), graphFile('<graphml/>', 'large.graphml'));
    await waitFor(() => expect(store.getState().atlas.index.graph).toBe(large));
    act(() => store.getState().setDrawing({ done: 12000, total: 12000 }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(store.getState().workspace).toEqual({ kind: 'imported', name: 'large.graphml' });
    expect(store.getState().notices.some((n) => n.message.startsWith('Opened large.graphml'))).toBe(true);
  });

  it('reports a layout that fails as a problem, and changes nothing', async () => {
    const failing = vi.fn<LayoutRunner>(async () => {
      throw new Error('out of memory');
    });
    const { user, unchanged } = setup(failing);
    await user.upload(fileInput(), graphFile(SMALL_GRAPHML, 'small.graphml'));
    const dialog = await screen.findByRole('dialog', { name: 'Import problems' });
    expect(dialog).toHaveTextContent('small.graphml — could not be laid out: out of memory');
    unchanged();
  });
});

/** setup()'s curriculum state, with a given import (a graph the file stands for). */
function setupWith(runImport: ImportRunner) {
  return setupRendered(renderWithStore(<WorkspaceControls runLayout={instantLayout} runImport={runImport} />));
}

function renderWithStoreAndImport(runImport: ImportRunner) {
  const rendered = renderWithStore(<WorkspaceControls runLayout={instantLayout} runImport={runImport} />);
  const before = rendered.store.getState();
  const unchanged = () => {
    expect(rendered.store.getState().atlas).toBe(before.atlas);
    expect(rendered.store.getState().workspace).toEqual({ kind: 'curriculum' });
  };
  return { ...rendered, unchanged };
}

describe('the export menu', () => {
  it('saves the open graph in each data format, named after the workspace', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    let lastBlob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      lastBlob = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: lastBlob! });
    });
    const { store, user } = renderWithStore(<ExportMenu theme="light" />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    for (const label of ['Atlas JSON', 'Graph JSON', 'GraphML', 'Cytoscape JSON']) {
      await user.click(toggle);
      await user.click(within(screen.getByRole('group', { name: 'Export as' })).getByRole('button', { name: label }));
    }
    await waitFor(() => expect(saved).toHaveLength(4));
    expect(saved.map((s) => s.name)).toEqual([
      'stack-atlas.atlas.json',
      'stack-atlas.graph.json',
      'stack-atlas.graphml',
      'stack-atlas.cytoscape.json',
    ]);
    // Each file reads back as the same graph.
    const { graph } = store.getState().atlas.index;
    for (const { name, blob } of saved) {
      const back = importGraph({ name, bytes: new Uint8Array(await blob.arrayBuffer()) });
      if (!back.ok) throw new Error(`${name}: ${back.problems[0]?.message}`);
      expect(back.graph.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
      expect(back.graph.edges.length).toBe(graph.edges.length);
    }

    // No canvas here: a picture cannot be made, and the person is told.
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'PNG of the whole graph' }));
    await waitFor(() =>
      expect(store.getState().notices.map((n) => n.message)).toContain(
        'The export could not be made: the canvas is not ready yet',
      ),
    );
  });

  it('says what Atlas JSON cannot hold of the open graph, once the file is saved', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { store, user } = renderWithStore(<ExportMenu theme="light" />);
    const opened = importGraph({
      name: 'claims.json',
      bytes: new TextEncoder().encode(
        JSON.stringify({
          nodes: [
            { id: 's', label: 'S', kind: 'service', description: 'A service.' },
            { id: 'c', label: 'C', kind: 'capability', description: 'A capability.' },
          ],
          edges: [{ id: 'e', kind: 'implements', source: 's', target: 'c', sourceUrl: 'http://example.com' }],
        }),
      ),
    });
    if (!opened.ok) throw new Error(opened.problems[0]!.message);
    act(() =>
      store.getState().openWorkspace({
        atlas: createAtlas(opened.graph),
        positions: { force: {}, layered: {}, provider: {}, concentric: {} },
        workspace: { kind: 'imported', name: 'claims.json' },
        progress: EMPTY_PROGRESS,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Atlas JSON' }));
    await waitFor(() =>
      expect(store.getState().notices.map((n) => n.message)).toContain(
        'Atlas JSON cannot hold 1 edge of this graph as it is: implements s → c (a cloud claim there needs a match, an https source, a check date, and a caveat when partial); Graph JSON keeps everything.',
      ),
    );
  });

  it('closes on Escape and returns focus to its button', async () => {
    const { user } = renderWithStore(<ExportMenu theme="dark" />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'PNG of the whole graph' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes when focus moves on past its last entry', async () => {
    const { user } = renderWithStore(
      <>
        <ExportMenu theme="light" />
        <button type="button">Next control</button>
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Export' });
    await user.click(toggle);
    for (let i = 0; i < 7; i++) await user.tab();
    expect(screen.getByRole('button', { name: 'Cytoscape JSON' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('dropping a file on the window', () => {
  it('shows an overlay while a file is dragged over, and opens the file dropped', async () => {
    const { store } = setup();
    const file = graphFile(SMALL_GRAPHML, 'dropped.graphml');
    const drag = (type: string, files: File[] = []) =>
      act(() => {
        const event = new Event(type, { bubbles: true, cancelable: true });
        Object.assign(event, { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
        document.body.dispatchEvent(event);
      });

    drag('dragenter');
    expect(screen.getByText('Drop a graph file to open it')).toBeInTheDocument();
    drag('dragleave');
    expect(screen.queryByText('Drop a graph file to open it')).not.toBeInTheDocument();

    drag('dragenter');
    drag('drop', [file]);
    expect(screen.queryByText('Drop a graph file to open it')).not.toBeInTheDocument();
    await waitFor(() => expect(store.getState().workspace).toEqual({ kind: 'imported', name: 'dropped.graphml' }));
  });

  it('ignores drags that carry no file (text, links)', () => {
    setup();
    act(() => {
      const event = new Event('dragenter', { bubbles: true });
      Object.assign(event, { dataTransfer: { types: ['text/plain'], files: [] } });
      document.body.dispatchEvent(event);
    });
    expect(screen.queryByText('Drop a graph file to open it')).not.toBeInTheDocument();
  });
});
