/** Saves a file through a temporary `<a download>`; false where the browser has no object URLs. */
export function downloadBlob(fileName: string, blob: Blob): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download only after the click returns.
  if (typeof URL.revokeObjectURL === 'function') setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/** Saves text as a file of the given type. */
export const downloadText = (fileName: string, text: string, type: string): boolean =>
  downloadBlob(fileName, new Blob([text], { type }));

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const MARKDOWN_TYPE = 'text/markdown;charset=utf-8';
export const JSON_TYPE = 'application/json';
