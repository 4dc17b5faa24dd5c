/** What a folder holds, for before/after comparisons: every path with its kind and content. */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Files map to their content, folders to `<dir>`, links to `-> target`, others to `<special>`. */
export function fileTree(base: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(base, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(join(base, child));
      if (stat.isSymbolicLink()) result[child] = `-> ${readlinkSync(join(base, child))}`;
      else if (stat.isDirectory()) {
        result[child] = '<dir>';
        walk(child);
      } else if (stat.isFile()) result[child] = readFileSync(join(base, child), 'latin1');
      else result[child] = '<special>';
    }
  };
  if (existsSync(base)) walk('');
  return result;
}
