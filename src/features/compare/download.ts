/** Saves text as a file through a temporary link; the only browser-specific step of the exports. */
export function downloadText(filename: string, text: string, type: string): boolean {
  // jsdom (and very old browsers) have no object URLs: say so rather than throw.
  if (typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const MARKDOWN_TYPE = 'text/markdown;charset=utf-8';
