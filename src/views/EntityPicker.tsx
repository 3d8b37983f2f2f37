/** A keyboard-friendly entity chooser: a native select grouped by kind. */
import { useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import { KINDS, type Kind } from '../model/constants';

export function EntityPicker({ label, value, onChange, kind }: { label: string; value: string; onChange: (id: string) => void; kind?: Kind }) {
  const { graph } = useAtlasData();
  return (
    <label className="entity-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">—</option>
        {KINDS.filter((k) => !kind || k === kind).map((k) => (
          <optgroup key={k} label={KIND_LABELS[k].many}>
            {graph.nodes
              .filter((n) => n.kind === k)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.id} — {n.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
