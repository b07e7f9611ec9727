/** A found path as an ordered list: each item a button that selects it, the relation in words between. */
import type { GraphPath } from '../../domain/queries/path';
import { TIER_COLOURS } from '../../encoding/encoding';
import { selectIndex, selectLevel, selectSelectedId, selectVisibility } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { HIDDEN_TEXT, hiddenReason } from './hidden-reason';
import { relationFrom } from './relation-words';

export function PathSteps({ path, label }: { path: GraphPath; label: string }) {
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore(selectSelectedId);
  const { passing } = useAppStore(selectVisibility);
  const level = useAppStore(selectLevel);
  const select = useAppStore((s) => s.select);
  return (
    <ol className="paths-steps" aria-label={label}>
      {path.nodes.map((id, i) => {
        const node = index.byId.get(id);
        const edge = i > 0 ? path.edges[i - 1] : undefined;
        const hidden = hiddenReason(index, passing, level, id);
        return (
          <li key={id} className="paths-step">
            {edge && <span className="paths-relation">{relationFrom(path.nodes[i - 1]!, edge)}</span>}
            <span className="paths-step-row">
              <button
                type="button"
                className="item-button paths-node"
                aria-current={id === selectedId ? 'true' : undefined}
                onClick={() => select(id)}
              >
                <span className="dot" aria-hidden="true" style={{ background: TIER_COLOURS[node?.tier ?? 'none'] }} />
                {node?.label ?? id}
              </button>
              {/* The canvas cannot show what the level or the filters hide; say so rather than leave a gap unexplained. */}
              {hidden && <span className="tag">{HIDDEN_TEXT[hidden]}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
