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

/** Beyond the framework index (new mechanisms, consistency models, symptoms). */
export function ExtensionBadge() {
  return (
    <span className="badge extension-badge" title="Beyond the framework index: an extension of this atlas">
      Extension
    </span>
  );
}

const AVAILABILITY_LABELS = { total: 'Total availability', sticky: 'Sticky availability', unavailable: 'Unavailable under partition' } as const;

/** Availability under partition, as in Jepsen's consistency map. */
export function AvailabilityBadge({ availability: a }: { availability: { class: keyof typeof AVAILABILITY_LABELS; note?: string } }) {
  return (
    <span className={`badge availability-badge availability-${a.class}`} title={a.note ?? AVAILABILITY_LABELS[a.class]}>
      {AVAILABILITY_LABELS[a.class]}
    </span>
  );
}
