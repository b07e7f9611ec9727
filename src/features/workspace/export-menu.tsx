/**
 * Export: pictures of the canvas (PNG whole or visible, SVG) and the open graph in every format the
 * app reads back, each saved as a file named after the workspace.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { downloadBlob } from '../../components/download';
import type { Graph } from '../../domain/graph';
import { useImageExport, type ImageKind } from '../../components/image-export';
import type { Theme } from '../../encoding/theme';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { EXPORTS, exportFileName, type ExportId } from './workspace-text';
import './workspace.css';

const IMAGES: readonly ImageKind[] = ['png-whole', 'png-visible', 'svg'];
const DATA: readonly DataExport[] = ['atlas', 'graph', 'graphml', 'cytoscape'];
const isImage = (id: ExportId): id is ImageKind => (IMAGES as readonly string[]).includes(id);

type DataExport = Exclude<ExportId, ImageKind>;

/** The file, and what its format could not hold (said in a notice once it is saved). */
async function graphFile(id: DataExport, graph: Graph): Promise<{ blob: Blob; losses: string[] }> {
  // Loaded on first use: the writers (and the XML library) stay out of the first page load.
  const formats = await import('../../domain/formats/export-graph');
  if (id === 'graphml')
    return { blob: new Blob([formats.exportGraphML(graph)], { type: 'application/graphml+xml' }), losses: [] };
  const text =
    id === 'atlas'
      ? formats.exportAppJson(graph)
      : id === 'graph'
        ? formats.exportGraphJson(graph)
        : formats.exportCytoscapeJson(graph);
  return {
    blob: new Blob([text], { type: 'application/json' }),
    losses: id === 'atlas' ? formats.atlasJsonLosses(graph) : [],
  };
}

/** `ready`: false until the open graph is complete (the curriculum's text loads just after start-up). */
export function ExportMenu({ theme, ready = true }: { theme: Theme; ready?: boolean }) {
  const store = useAppStoreApi();
  const workspace = useAppStore((s) => s.workspace);
  const image = useImageExport();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const save = async (id: ExportId) => {
    setOpen(false);
    toggle.current?.focus();
    setBusy(true);
    try {
      let file: { blob: Blob; losses: string[] };
      if (isImage(id)) {
        if (!image) throw new Error('the canvas is not ready yet');
        file = { blob: await image(id, theme), losses: [] };
      } else file = await graphFile(id, store.getState().atlas.index.graph);
      if (!downloadBlob(exportFileName(workspace, id), file.blob))
        store.getState().notify('This browser cannot save files from the page.');
      else if (file.losses.length) store.getState().notify(file.losses.join(' '));
    } catch (error) {
      store
        .getState()
        .notify(`The export could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const item = (id: ExportId) => {
    const { label } = EXPORTS.find((e) => e.id === id)!;
    return (
      <li key={id}>
        <button type="button" onClick={() => void save(id)}>
          {label}
        </button>
      </li>
    );
  };

  return (
    <div
      ref={root}
      className="workspace-export"
      onBlur={(event) => {
        // Tabbing past the last entry closes the menu, as a click elsewhere does.
        if (open && event.relatedTarget instanceof Node && !root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-busy={busy}
        disabled={!ready}
        onClick={() => setOpen((o) => !o)}
      >
        Export
        <span className="workspace-chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={menuId} className="workspace-export-menu" role="group" aria-label="Export as" hidden={!open}>
        <p className="section-heading">Picture</p>
        <ul>{IMAGES.map(item)}</ul>
        <p className="section-heading">Graph data</p>
        <ul>{DATA.map(item)}</ul>
      </div>
    </div>
  );
}
