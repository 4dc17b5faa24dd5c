// Rebuilds dist/: one ncc bundle per entry point (the CLI now, the Action's main/post too).
// ncc bundles ESM correctly only because package.json says "type": "module".
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const entries = [
  { src: 'src/cli/index.ts', out: 'dist/cli' },
  { src: 'src/action/index.ts', out: 'dist/action' }
];

for (const { src, out } of entries) {
  if (!existsSync(src)) continue;
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      src,
      '-o',
      out,
      '--license',
      'licenses.txt',
      // Types are checked by tsc (npm test); the bundler only transpiles.
      '--transpile-only',
      '--quiet'
    ],
    { stdio: 'inherit' }
  );
}
