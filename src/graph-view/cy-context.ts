import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';

/** The one Cytoscape instance, for the adapter's own controls; null until it is mounted. */
export const CyContext = createContext<Core | null>(null);
export const useCy = () => useContext(CyContext);

/**
 * Set by <CanvasProvider>: the canvas hands it its current instance, so controls outside the
 * canvas (the header's image export) can reach it through `useCy` too.
 */
export const PublishCyContext = createContext<((cy: Core | null) => void) | null>(null);
