/** A related entity as a named link: code and name, never a bare code. IDs never wrap mid-token. */
import { useAtlasData } from '../store/context';

export function EntityName({ id }: { id: string }) {
  const { index } = useAtlasData();
  const node = index.nodeById.get(id);
  return (
    <a className="entity-name" href={`#/entity/${encodeURIComponent(id)}`}>
      <code className="entity-code">{id}</code>
      {node && <> {node.name}</>}
    </a>
  );
}
