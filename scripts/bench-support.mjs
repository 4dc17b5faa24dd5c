// What the end-to-end benchmarks (bench-matrix.mjs, bench-artifacts.mjs) share: the tests'
// stand-ins, transpiled with the typescript API into .bench/ (gitignored, removed afterwards).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');

/**
 * `modules` (name: path under tests/) transpiled into .bench/ at the depth they expect
 * (`../../action.yml` from tests/action/runner.ts is the repository's), with every test file
 * they import (a stand-in that comes to import another must not break the benchmarks), and
 * imported. `cleanUp` removes .bench/ again: one benchmark at a time uses it.
 */
export async function testSupport(modules) {
  const out = join(repoRoot, '.bench');
  const cleanUp = () => rmSync(out, { recursive: true, force: true });
  const outFile = (file) =>
    join(out, relative(join(repoRoot, 'tests'), file).replace(/\.ts$/, '.js'));
  try {
    const pending = Object.values(modules).map((rel) => join(repoRoot, 'tests', rel));
    const done = new Set();
    while (pending.length > 0) {
      const file = pending.pop();
      if (done.has(file)) continue;
      done.add(file);
      const source = readFileSync(file, 'utf8');
      for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const imported = resolve(dirname(file), fileName.replace(/\.js$/, '.ts'));
        if (existsSync(imported)) pending.push(imported);
      }
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
      });
      mkdirSync(dirname(outFile(file)), { recursive: true });
      writeFileSync(outFile(file), outputText);
    }
    const imported = {};
    for (const [name, rel] of Object.entries(modules)) {
      imported[name] = await import(pathToFileURL(outFile(join(repoRoot, 'tests', rel))).href);
    }
    return { ...imported, cleanUp };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
