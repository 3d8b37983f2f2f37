import { KIND_LABELS, MATURITY_LABELS, CONFIDENCE_LABELS } from '../model/kinds';
import type { Confidence, Kind, Maturity } from '../model/schema';
import { KIND_STYLE } from '../graph/encoding';

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className={`badge kind-badge kind-${kind}`} title={KIND_LABELS[kind].one}>
      <span aria-hidden="true">{KIND_STYLE[kind].glyph}</span> {KIND_LABELS[kind].one}
    </span>
  );
}

/** Confidence is shown by border style as well as letter, never by colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`badge conf-badge conf-${confidence}`} title={CONFIDENCE_LABELS[confidence]}>
      Confidence {confidence}
    </span>
  );
}

export function MaturityBadge({ maturity }: { maturity: Maturity }) {
  return <span className="badge maturity-badge">{MATURITY_LABELS[maturity]}</span>;
}
