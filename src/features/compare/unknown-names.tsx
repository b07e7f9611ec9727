/** Names that matched nothing, each with the closest names as one-click replacements. */
import type { GraphIndex } from '../../domain/graph-index';
import { labelOf } from './compare-model';
import type { Unrecognised } from './translate-model';

interface Props {
  index: GraphIndex;
  unknown: readonly Unrecognised[];
  onUse: (name: string, id: string) => void;
}

export function UnknownNames({ index, unknown, onUse }: Props) {
  if (unknown.length === 0) return null;
  return (
    <ul className="compare-unknown" aria-label="Names not recognised">
      {unknown.map(({ name, suggestions }) => (
        <li key={name}>
          Not recognised: <strong>{name}</strong>
          {suggestions.length === 0 ? (
            ' — no similar name in the atlas.'
          ) : (
            <>
              {' — did you mean '}
              {suggestions.map((id, i) => (
                <span key={id}>
                  {i > 0 && (i === suggestions.length - 1 ? ' or ' : ', ')}
                  <button
                    type="button"
                    className="compare-link-button"
                    aria-label={`Use ${labelOf(index, id)} for ${name}`}
                    onClick={() => onUse(name, id)}
                  >
                    {labelOf(index, id)}
                  </button>
                </span>
              ))}
              ?
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
