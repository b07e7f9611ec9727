/** The two themes and their ink and paper, shared by the canvas, its image exports and the page. */
export type Theme = 'light' | 'dark';

export const INK = { light: '#1f2430', dark: '#e6e8ee' };
/** Text that names parts of the canvas rather than items: quieter than item names. */
export const MUTED_INK = { light: '#4b5563', dark: '#b4bac6' };
/** The canvas's paper: also the background of exported images. */
export const PAPER = { light: '#ffffff', dark: '#161a22' };
