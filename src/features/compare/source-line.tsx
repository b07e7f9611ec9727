/** Where a claim comes from and when it was checked: short host links, https only. */
import { hostOf, isSafeLink } from './compare-model';

interface Claim {
  url: string;
  checked: string;
}

/**
 * One line for one or more claims: "learn.microsoft.com · cloud.google.com · checked 2026-11-26".
 * A host that appears twice gets a number, so two links never read the same.
 */
export function SourceLine({ claims }: { claims: readonly Claim[] }) {
  const links = claims.filter((c) => isSafeLink(c.url));
  const dates = [...new Set(claims.map((c) => c.checked).filter(Boolean))].sort();
  if (links.length === 0 && dates.length === 0) return null;
  const seen = new Map<string, number>();
  const parts = links.map(({ url }) => {
    const host = hostOf(url);
    const n = (seen.get(host) ?? 0) + 1;
    seen.set(host, n);
    return (
      <a key={url} href={url} target="_blank" rel="noopener noreferrer" title={url}>
        {n > 1 ? `${host} (${n})` : host}
        <span className="visually-hidden"> (source, opens in a new tab)</span>
      </a>
    );
  });
  if (dates.length > 0)
    parts.push(
      <span key="checked" className="compare-checked">
        checked {dates.join(', ')}
      </span>,
    );
  return (
    <p className="compare-fine compare-source">
      {parts.map((part, i) => (
        <span key={part.key}>
          {i > 0 && ' · '}
          {part}
        </span>
      ))}
    </p>
  );
}
