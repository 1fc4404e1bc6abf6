/**
 * The CLI's connection to the outside: where it writes and where it runs.
 * Tests pass their own to capture the output.
 */

/** Where the CLI writes, so tests can capture it. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: show progress. */
  isTTY: boolean;
  cwd: string;
}
