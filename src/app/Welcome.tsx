/** What the panel shows before anything is selected: the atlas at a glance and where to start. */
import { useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import { KINDS } from '../model/constants';

export function Welcome() {
  const { graph } = useAtlasData();
  const count = (k: string) => graph.nodes.filter((n) => n.kind === k).length;
  return (
    <div className="panel-body welcome">
      <h2 id="panel-title">The Atlas of distributed systems</h2>
      <p>
        Guarantees, the mechanisms that provide them, the patterns built from those, and the production systems and incidents that show
        how they hold up. Click a node, search (<kbd>/</kbd>), or follow a path.
      </p>
      <ul className="kind-counts">
        {KINDS.map((k) => (
          <li key={k}>
            <a href={`#/?kinds=${k}`}>
              {count(k)} {KIND_LABELS[k].many.toLowerCase()}
            </a>
          </li>
        ))}
        <li>{graph.edges.length} relations</li>
      </ul>
      <h3>Quick-start paths</h3>
      <ul>
        {graph.paths.map((p) => (
          <li key={p.id}>
            <a href={`#/path/${encodeURIComponent(p.id)}/1`}>{p.title}</a> <span className="muted">— {p.steps.length} steps</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
