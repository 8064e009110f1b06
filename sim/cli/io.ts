/** What a command may touch of the outside world, so tests can pass fakes. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory used to resolve relative paths. */
  cwd: string;
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
}

export const processIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});
