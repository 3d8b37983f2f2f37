/** Finds the entity and path files of a data directory, one folder per kind. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KIND_FOLDERS, KINDS, type Kind } from '../../src/model/schema.ts';

export interface DataFile {
  /** Path shown in messages, relative to the working directory. */
  display: string;
  absolute: string;
  /** The entity kind, or 'path' for quick-start paths. */
  kind: Kind | 'path';
  /** File name without extension: must equal the ID inside. */
  stem: string;
}

export interface Discovery {
  files: DataFile[];
  /** Problems with the layout itself (stray files, missing directory). */
  strays: { file: string; message: string }[];
}

const YAML_EXT = /\.ya?ml$/;

export function discoverDataFiles(dataDir: string, cwd = process.cwd()): Discovery {
  const files: DataFile[] = [];
  const strays: Discovery['strays'] = [];
  const show = (abs: string) => relative(cwd, abs) || abs;
  if (!isDir(dataDir)) {
    strays.push({ file: show(dataDir), message: 'data directory does not exist' });
    return { files, strays };
  }
  const folders: [string, Kind | 'path'][] = [...KINDS.map((k) => [KIND_FOLDERS[k], k] as [string, Kind]), ['paths', 'path']];
  const known = new Set(folders.map(([f]) => f));
  for (const entry of readdirSync(dataDir).sort()) {
    const abs = join(dataDir, entry);
    if (isDir(abs) && !known.has(entry) && !entry.startsWith('.')) {
      strays.push({ file: show(abs), message: `unknown folder; expected one of ${[...known].join(', ')}` });
    }
  }
  for (const [folder, kind] of folders) {
    const dir = join(dataDir, folder);
    if (!isDir(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
      if (!YAML_EXT.test(name) || !statSync(abs).isFile()) {
        strays.push({ file: show(abs), message: 'not a .yaml file; only one YAML file per entity belongs here' });
        continue;
      }
      files.push({ display: show(abs), absolute: abs, kind, stem: name.replace(YAML_EXT, '') });
    }
  }
  return { files, strays };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
