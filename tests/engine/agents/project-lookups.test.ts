/**
 * Lookups the agent steps make in the environment and the project: the
 * executable on PATH, Copilot's layout, and the project's recorded
 * integration.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { copilotUsesSkills } from '../../../src/engine/agents/copilot-layout.js';
import { findExecutable } from '../../../src/engine/agents/executables.js';
import { readProjectIntegration } from '../../../src/engine/agents/settings.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'specflow-lookups-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(rel: string, text = '', mode = 0o644): string {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode });
  return file;
}

describe('findExecutable', () => {
  it("searches the given PATH in order, not this process's", () => {
    write('a/tool', '', 0o644); // not executable: skipped
    const b = write('b/tool', '', 0o755);
    write('c/tool', '', 0o755);
    fs.mkdirSync(path.join(root, 'd', 'tool'), { recursive: true }); // a directory: skipped
    const env = { PATH: ['a', 'd', 'b', 'c'].map((d) => path.join(root, d)).join(':') };
    expect(findExecutable('tool', env, root)).toBe(b);
    expect(findExecutable('tool', { PATH: path.join(root, 'a') }, root)).toBeNull();
    expect(findExecutable('node', { PATH: path.join(root, 'a') }, root)).toBeNull();
  });

  it('checks a name with a slash as a path relative to the working directory', () => {
    const tool = write('bin/tool', '', 0o755);
    expect(findExecutable('./bin/tool', { PATH: '' }, root)).toBe(tool);
    expect(findExecutable(tool, {}, '/')).toBe(tool);
    expect(findExecutable('./bin/missing', {}, root)).toBeNull();
  });

  it('treats an empty PATH entry as the working directory', () => {
    const tool = write('tool', '', 0o755);
    expect(findExecutable('tool', { PATH: '/nonexistent::' }, root)).toBe(tool);
  });
});

describe('copilotUsesSkills', () => {
  it('defaults to skills', () => {
    expect(copilotUsesSkills(root)).toBe(true);
  });

  it('uses the commands layout when only agent or prompt files exist', () => {
    write('.github/prompts/speckit.tasks.prompt.md');
    expect(copilotUsesSkills(root)).toBe(false);
    write('.github/skills/speckit-plan/SKILL.md');
    expect(copilotUsesSkills(root)).toBe(true);
  });

  it('believes the manifest before the files on disk', () => {
    write('.github/skills/speckit-plan/SKILL.md');
    const manifest = '.specify/integrations/copilot.manifest.json';
    write(manifest, JSON.stringify({ files: { '.github/agents/speckit.plan.agent.md': 'abc' } }));
    expect(copilotUsesSkills(root)).toBe(false);
    // A manifest spec-kit would refuse to load is ignored.
    write(
      manifest,
      JSON.stringify({
        integration: 'claude',
        files: { '.github/agents/speckit.plan.agent.md': 'abc' }
      })
    );
    expect(copilotUsesSkills(root)).toBe(true);
    write(manifest, '{not json');
    expect(copilotUsesSkills(root)).toBe(true);
  });
});

describe('readProjectIntegration', () => {
  const record = (data: unknown) => write('.specify/integration.json', JSON.stringify(data));

  it.each([
    [{ integration: 'claude' }, 'claude'],
    [{ integration: 'claude', default_integration: ' gemini ' }, 'gemini'],
    [{ installed_integrations: ['', 'codex', 'claude'] }, 'codex'],
    [{ integration: '  ' }, null],
    [{ integration: 'claude', integration_state_schema: 2 }, null],
    [['claude'], null]
  ])('reads %j as %p', (data, expected) => {
    record(data);
    expect(readProjectIntegration(root)).toBe(expected);
  });

  it('is null without the file', () => {
    expect(readProjectIntegration(root)).toBeNull();
  });
});
