/**
 * The item combobox for choosing one item of the graph. The parent owns the chosen id; the text is
 * the picker's own, rewritten only when the id changes from outside (a "use selected item" button,
 * a path loaded from the link). With the list closed, Enter submits the form (finds the path).
 */
import { useMemo, useState } from 'react';
import { findItems, isItem, ItemCombobox, type ItemOption } from '../../components/item-combobox';
import { PROVIDER_MARKS } from '../../encoding/encoding';
import { selectAtlas } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const MAX_SUGGESTIONS = 8;

export function ItemPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const atlas = useAppStore(selectAtlas);
  const labelOf = (id: string | null) => (id ? (atlas.index.byId.get(id)?.label ?? id) : '');
  const [text, setText] = useState(() => labelOf(value));
  const [seen, setSeen] = useState(value);

  // Adjusting state while rendering: a new id from outside shows its label in the very next commit.
  if (value !== seen) {
    setSeen(value);
    setText(labelOf(value));
  }

  const suggestions = useMemo(
    () =>
      findItems(atlas, text, MAX_SUGGESTIONS, isItem).map((node) => {
        const where =
          node.tier !== undefined ? `Tier ${node.tier}` : node.provider && PROVIDER_MARKS[node.provider].name;
        return { id: node.id, label: node.label, detail: where ? `${node.kind} · ${where}` : node.kind };
      }),
    [atlas, text],
  );

  const set = (id: string | null) => {
    setSeen(id);
    onChange(id);
  };
  const choose = (s: ItemOption) => {
    setText(s.label);
    set(s.id);
  };
  const type = (next: string) => {
    setText(next);
    // A name typed in full counts as chosen, so "python" + Enter works without the list.
    const exact = atlas.index.byName.get(next.trim().toLowerCase());
    const node = exact ? atlas.index.byId.get(exact) : undefined;
    set(node && isItem(node) ? node.id : null);
  };

  return (
    <ItemCombobox
      className="paths-picker"
      label={label}
      listLabel={`${label} suggestions`}
      placeholder="Type a name…"
      text={text}
      onTextChange={type}
      options={suggestions}
      onChoose={choose}
    />
  );
}
