/**
 * Names that did not settle on one service: unknown ones with the closest names, and ambiguous
 * ones with their candidates — each a one-click replacement, so nothing is guessed silently.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { labelOf, providerName } from './compare-model';
import type { Unrecognised } from './translate-model';

interface Props {
  index: GraphIndex;
  unknown: readonly Unrecognised[];
  /** Names that fit several items: the person picks one. */
  ambiguous?: readonly Unrecognised[];
  onUse: (name: string, id: string) => void;
}

/** "Amazon API Gateway (AWS)": candidates of one short name differ mostly by cloud. */
const choiceLabel = (index: GraphIndex, id: string) => {
  const provider = index.byId.get(id)?.provider;
  return provider ? `${labelOf(index, id)} (${providerName(provider)})` : labelOf(index, id);
};

function Choices({
  index,
  name,
  ids,
  last,
  onUse,
}: {
  index: GraphIndex;
  name: string;
  ids: readonly string[];
  last: string;
  onUse: Props['onUse'];
}) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && (i === ids.length - 1 ? ` ${last} ` : ', ')}
          <button
            type="button"
            className="compare-link-button"
            aria-label={`Use ${choiceLabel(index, id)} for ${name}`}
            onClick={() => onUse(name, id)}
          >
            {choiceLabel(index, id)}
          </button>
        </span>
      ))}
    </>
  );
}

export function UnknownNames({ index, unknown, ambiguous = [], onUse }: Props) {
  if (unknown.length === 0 && ambiguous.length === 0) return null;
  return (
    <ul className="compare-unknown" aria-label="Names to settle">
      {ambiguous.map(({ name, suggestions }) => (
        <li key={name}>
          Which one? <strong>{name}</strong> could mean{' '}
          <Choices index={index} name={name} ids={suggestions} last="or" onUse={onUse} />.
        </li>
      ))}
      {unknown.map(({ name, suggestions }) => (
        <li key={name}>
          Not recognised: <strong>{name}</strong>
          {suggestions.length === 0 ? (
            ' — no similar name in the atlas.'
          ) : (
            <>
              {' — did you mean '}
              <Choices index={index} name={name} ids={suggestions} last="or" onUse={onUse} />?
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
