/**
 * Makes the canvas's Cytoscape instance available above the canvas (e.g. to the header), for
 * controls that live elsewhere on the page but act on the drawing. Inside <GraphCanvas> its own
 * provider answers as before.
 */
import type { Core } from 'cytoscape';
import { useState, type ReactNode } from 'react';
import { CyContext, PublishCyContext } from './cy-context';

export function CanvasProvider({ children }: { children: ReactNode }) {
  const [cy, setCy] = useState<Core | null>(null);
  return (
    <PublishCyContext.Provider value={setCy}>
      <CyContext.Provider value={cy}>{children}</CyContext.Provider>
    </PublishCyContext.Provider>
  );
}
