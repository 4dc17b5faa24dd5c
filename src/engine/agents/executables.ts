/**
 * Finding an executable on a PATH, as Python's `shutil.which` does, but on
 * the PATH of the step's environment (not this process's) so a run can be
 * given its own tools.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// Python's os.defpath, used when PATH is not set at all.
const DEFAULT_PATH = '/bin:/usr/bin';

function isExecutableFile(candidate: string): boolean {
  try {
    if (!fs.statSync(candidate).isFile()) return false;
    fs.accessSync(candidate, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of `name`, or null when it cannot be found. A name containing a
 * slash is checked as a path (relative to `cwd`); a bare name is looked up in
 * each PATH directory in turn.
 */
export function findExecutable(name: string, env: NodeJS.ProcessEnv, cwd: string): string | null {
  if (name === '') return null;
  if (name.includes('/') || (process.platform === 'win32' && name.includes('\\'))) {
    const candidate = path.resolve(cwd, name);
    return isExecutableFile(candidate) ? candidate : null;
  }
  const searchPath = env.PATH ?? DEFAULT_PATH;
  const extensions =
    process.platform === 'win32'
      ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
      : [''];
  for (const dir of searchPath.split(path.delimiter)) {
    // An empty PATH entry means the current directory.
    const base = path.resolve(cwd, dir === '' ? '.' : dir);
    for (const ext of extensions) {
      const candidate = path.join(base, name + ext);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}
