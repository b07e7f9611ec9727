/**
 * Link helpers. The schema already refuses anything but https, yet the panel checks again: an
 * imported or hand-built graph may skip validation, and a `javascript:` link must never render.
 */

/** Keeps only well-formed `https://` URLs, in their original order, without duplicates. */
export function httpsOnly(urls: readonly string[] | undefined): string[] {
  const kept: string[] = [];
  for (const url of urls ?? []) {
    if (!url.startsWith('https://') || kept.includes(url)) continue;
    try {
      new URL(url);
    } catch {
      continue;
    }
    kept.push(url);
  }
  return kept;
}

const MAX_SHORT = 44;

/** "https://www.example.com/docs/guide/" → "example.com/docs/guide", shortened with "…" when long. */
export function shortUrl(url: string): string {
  let text: string;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    text = host + path;
  } catch {
    text = url.replace(/^https:\/\//, '');
  }
  return text.length > MAX_SHORT ? `${text.slice(0, MAX_SHORT - 1)}…` : text;
}
