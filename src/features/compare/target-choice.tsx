/** "Translate to": one radio per cloud; the result follows at once. */
import { PROVIDERS, type ProviderId } from '../../domain/vocabulary';
import { ProviderName } from './provider-mark';

export function TargetChoice({ value, onChange }: { value: ProviderId; onChange: (p: ProviderId) => void }) {
  return (
    <fieldset className="compare-target" role="radiogroup">
      <legend>Translate to</legend>
      <div className="compare-target-options">
        {PROVIDERS.map((p) => (
          <label key={p} className="compare-target-option">
            <input type="radio" name="compare-target" value={p} checked={value === p} onChange={() => onChange(p)} />
            <ProviderName provider={p} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
