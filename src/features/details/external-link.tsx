/** An outside link: https only, opened in a new tab without handing it our window. */
import { shortUrl } from './links';

export function ExternalLink({ url }: { url: string }) {
  // The model already filters, but this is the last step before the DOM, so check once more.
  if (!url.startsWith('https://')) return null;
  return (
    <a className="details-link" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {shortUrl(url)}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
