/**
 * Makes the canvas's Cytoscape instance available above the canvas (e.g. to the header), for
 * controls that live elsewhere on the page but act on the drawing. Inside <GraphCanvas> its own
 * provider answers as before.
 */
import type { Core } from 'cytoscape';
import { useMemo, useState, type ReactNode } from 'react';
import { ImageExportContext, type ImageExporter } from '../components/image-export';
import { CyContext, PublishCyContext } from './cy-context';
import { renderImage } from './export-image';

export function CanvasProvider({ children }: { children: ReactNode }) {
  const [cy, setCy] = useState<Core | null>(null);
  const exportImage = useMemo<ImageExporter | null>(
    () => (cy ? (kind, theme) => renderImage(cy, kind, theme) : null),
    [cy],
  );
  return (
    <PublishCyContext.Provider value={setCy}>
      <CyContext.Provider value={cy}>
        <ImageExportContext.Provider value={exportImage}>{children}</ImageExportContext.Provider>
      </CyContext.Provider>
    </PublishCyContext.Provider>
  );
}
