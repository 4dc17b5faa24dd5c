/**
 * Which layout a project's Copilot commands use. spec-kit installs Copilot
 * commands either as skills (`.github/skills/speckit-<name>/SKILL.md`, the
 * default) or as agents (`.github/agents/speckit.<name>.agent.md`), and
 * dispatches differently for each; it decides from the integration manifest
 * first, then from the files present.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { isDict, pyTruthy } from '../pyvalue.js';

const CORE_COMMANDS = [
  'analyze',
  'checklist',
  'clarify',
  'constitution',
  'converge',
  'implement',
  'plan',
  'specify',
  'tasks',
  'taskstoissues'
];

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The paths recorded in Copilot's manifest, or null when it is missing or unusable. */
function manifestPaths(projectRoot: string): string[] | null {
  const manifest = path.join(projectRoot, '.specify', 'integrations', 'copilot.manifest.json');
  if (!isFile(manifest)) return null;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch {
    return null;
  }
  // A manifest spec-kit itself would refuse to load says nothing about the layout.
  if (!isDict(data)) return null;
  const files = data.files === undefined ? {} : data.files;
  if (!isDict(files) || !Object.entries(files).every(([, v]) => typeof v === 'string')) return null;
  const recovered = data.recovered_files === undefined ? [] : data.recovered_files;
  if (!Array.isArray(recovered) || !recovered.every((p) => typeof p === 'string')) return null;
  if (pyTruthy(data.integration) && data.integration !== 'copilot') return null;
  return Object.keys(files);
}

/** True when Copilot commands in this project are skills (the default). */
export function copilotUsesSkills(projectRoot: string): boolean {
  const recorded = manifestPaths(projectRoot);
  if (recorded) {
    if (recorded.some((p) => p.startsWith('.github/skills/speckit-') && p.endsWith('/SKILL.md')))
      return true;
    if (recorded.some((p) => p.startsWith('.github/agents/speckit.') && p.endsWith('.agent.md')))
      return false;
  }
  const github = path.join(projectRoot, '.github');
  const hasSkills = CORE_COMMANDS.some((c) =>
    isFile(path.join(github, 'skills', `speckit-${c}`, 'SKILL.md'))
  );
  const hasCommands = CORE_COMMANDS.some(
    (c) =>
      isFile(path.join(github, 'agents', `speckit.${c}.agent.md`)) ||
      isFile(path.join(github, 'prompts', `speckit.${c}.prompt.md`))
  );
  return !(hasCommands && !hasSkills);
}
