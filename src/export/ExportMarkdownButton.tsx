/** "Export Markdown": the open entity as a .md file (front matter, every section, mermaid blocks). */
import type { Entity } from '../model/bundle';
import { entityToMarkdown, markdownFileName } from '../model/export-markdown';
import { relationGroups } from '../model/relation-groups';
import { useAtlasData } from '../store/context';
import { downloadBlob } from '../ui/download';

export function ExportMarkdownButton({ entity }: { entity: Entity }) {
  const { index } = useAtlasData();
  const onClick = () => {
    const relations = relationGroups(index, entity.id).map((g) => ({
      label: g.label,
      items: g.items.map((it) => ({ id: it.other.id, name: it.other.name, why: it.why })),
    }));
    // Related entities link back into this atlas, wherever it is hosted.
    const here = `${location.origin}${location.pathname}`;
    const md = entityToMarkdown(entity, { relations, entityUrl: (id) => `${here}#/entity/${encodeURIComponent(id)}` });
    downloadBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), markdownFileName(entity));
  };
  return (
    <button type="button" className="export-markdown" onClick={onClick} title="Download this entity as a Markdown file (GitHub, Obsidian, MkDocs)">
      Export Markdown
    </button>
  );
}
