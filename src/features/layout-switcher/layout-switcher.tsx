/** Chooses the canvas layout; positions are precomputed, so a switch is one animation. */
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from '../../store/view-options';
import { useAppStore } from '../../store/store-context';
import { selectLayout } from '../../store/selectors';

export function LayoutSwitcher() {
  const layout = useAppStore(selectLayout);
  const setLayout = useAppStore((s) => s.setLayout);
  return (
    <label className="field inline-field">
      <span>Layout</span>
      <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
        {LAYOUTS.map((name) => (
          <option key={name} value={name}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
