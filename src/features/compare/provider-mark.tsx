/** A provider's name with its mark: the colour and border style the canvas uses for it. */
import type { ProviderId } from '../../domain/vocabulary';
import { PROVIDER_MARKS } from '../../encoding/encoding';

export function ProviderName({ provider }: { provider: ProviderId }) {
  const mark = PROVIDER_MARKS[provider];
  return (
    <span className="compare-provider">
      <span
        className="compare-provider-mark"
        aria-hidden="true"
        style={{ borderColor: mark.colour, borderStyle: mark.border }}
      />
      {mark.name}
    </span>
  );
}
