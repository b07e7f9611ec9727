/**
 * Saves text as a file through a temporary `<a download>`. Returns false where the browser (or
 * jsdom in tests) has no object URLs, so the caller can say so instead of failing silently.
 */
export function downloadText(fileName: string, text: string, type: string): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke on the next tick: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL?.(url), 0);
  return true;
}
