/**
 * Workflow commands as the runner reads them from a step's output, following its parsing
 * (ActionCommandManager / ActionCommand in actions/runner): lines split on \r and \n;
 * `::name ...::data` after leading whitespace, or `##[name ...]data` anywhere in a line; names
 * compared case-insensitively; while stopped by `::stop-commands::<token>`, only `::<token>::`
 * is honoured.
 */
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'warning'
];

export interface SeenCommand {
  name: string;
  data: string;
}

export function readAsRunner(log: string): { commands: SeenCommand[]; lines: string[] } {
  const commands: SeenCommand[] = [];
  const lines = log.split(/\r\n|\r|\n/);
  let stopToken: string | null = null;
  for (const line of lines) {
    const command = parseCommand(line, stopToken);
    if (!command) continue;
    if (stopToken !== null) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        commands.push({ name: 'resume-commands', data: '' });
        stopToken = null;
      }
      continue;
    }
    if (command.name.toLowerCase() === 'stop-commands') stopToken = command.data;
    commands.push(command);
  }
  return { commands, lines };
}

export function parseCommand(line: string, stopToken: string | null): SeenCommand | null {
  const known = (name: string): boolean =>
    [...REGISTERED, 'stop-commands', ...(stopToken ? [stopToken] : [])].some(
      (n) => n.toLowerCase() === name.toLowerCase()
    );
  // The runner compares with culture-aware functions, which skip default-ignorable characters
  // (zero-width spaces, Hangul fillers...): they are dropped before looking.
  const seen = line.replace(/\p{DI}/gu, '');
  const trimmed = seen.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0];
      if (known(name)) return { name, data: trimmed.slice(end + 2) };
    }
  }
  const v1 = seen.indexOf('##[');
  if (v1 >= 0) {
    const close = seen.indexOf(']', v1);
    if (close >= 0) {
      const name = seen.slice(v1 + 3, close).split(' ')[0];
      if (known(name)) return { name, data: seen.slice(close + 1) };
    }
  }
  return null;
}
