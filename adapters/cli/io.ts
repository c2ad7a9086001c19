/** Where a CLI command writes and what it may read; injected so tests can drive commands in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** The environment to validate into a Config (process.env plus .env, read by bot/config/env.ts). */
  env: Record<string, string | undefined>;
}

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeJson(io: CliIO, value: unknown): void {
  writeLine(io.stdout, JSON.stringify(value, null, 2));
}
