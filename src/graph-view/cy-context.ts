import { createContext, useContext } from 'react';
import type { Core } from 'cytoscape';

/** The one Cytoscape instance, for the adapter's own controls; null until it is mounted. */
export const CyContext = createContext<Core | null>(null);
export const useCy = () => useContext(CyContext);
