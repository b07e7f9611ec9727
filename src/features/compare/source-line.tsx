/** Where a claim comes from and when it was checked: a short host link, https only. */
import { hostOf, isSafeLink } from './compare-model';

export function SourceLine({ url, checked }: { url: string; checked: string }) {
  const link = isSafeLink(url);
  if (!link && !checked) return null;
  return (
    <p className="compare-fine">
      {link && (
        <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
          {hostOf(url)}
          <span className="visually-hidden"> (source, opens in a new tab)</span>
        </a>
      )}
      {link && checked && ' · '}
      {checked && <>checked {checked}</>}
    </p>
  );
}
