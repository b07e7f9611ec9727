/**
 * Pictures of the canvas, offered to features without tying them to the renderer: the canvas
 * (src/graph-view) provides the exporter, the export menu asks for it.
 */
import { createContext, useContext } from 'react';
import type { Theme } from '../encoding/theme';

export type ImageKind = 'png-whole' | 'png-visible' | 'svg';

export type ImageExporter = (kind: ImageKind, theme: Theme) => Promise<Blob>;

/** Null while no canvas is mounted. */
export const ImageExportContext = createContext<ImageExporter | null>(null);
export const useImageExport = () => useContext(ImageExportContext);
