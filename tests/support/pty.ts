/**
 * A command run on a real pseudo-terminal (Python's pty module), as a person runs it: stdin,
 * stdout and stderr are the terminal, so the CLI sees `isTTY` and may prompt. Each time the
 * output shows `prompt` once more, the next of `answers` is typed.
 */
import { spawnSync } from 'node:child_process';

const DRIVER = String.raw`
import json, os, pty, select, sys
spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec["cwd"])
    os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
out = b""
answers = list(spec["answers"])
prompt = spec["prompt"].encode()
seen = 0
while True:
    ready, _, _ = select.select([fd], [], [], spec["timeout"])
    if not ready:
        out += b"\n[pty driver: no output for %d s]\n" % spec["timeout"]
        os.kill(pid, 9)
        break
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    out += data
    if answers and out.count(prompt) > seen:
        seen = out.count(prompt)
        os.write(fd, answers.pop(0).encode() + b"\n")
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
`;

export interface TerminalResult {
  code: number | null;
  /** Everything the terminal showed, with CRLF made `\n`. */
  screen: string;
}

export function onTerminal(
  argv: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    answers?: string[];
    prompt?: string;
    timeoutSeconds?: number;
  }
): TerminalResult {
  const spec = {
    argv,
    cwd: options.cwd,
    env: options.env,
    answers: options.answers ?? [],
    prompt: options.prompt ?? 'Choose [',
    timeout: options.timeoutSeconds ?? 30
  };
  const res = spawnSync('python3', ['-c', DRIVER, JSON.stringify(spec)], { encoding: 'utf8' });
  if (res.error) throw res.error;
  return { code: res.status, screen: res.stdout.replace(/\r\n/g, '\n') };
}
