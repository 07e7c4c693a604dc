/**
 * The core Logger for a terminal or a CI log (Jenkins, GitLab): plain lines on stderr (stdout carries
 * the JSON results), groups as indented blocks, debug lines only with --debug. No GitHub workflow
 * commands: the CLI runs the same everywhere.
 */
import { appendFileSync } from 'node:fs';
import type { Logger } from '@wheelwright/core/log';

export interface TerminalLoggerOptions {
  debug?: boolean;
  /** false: only warnings reach the terminal (the pipeline's steps); everything still goes to `file`. */
  verbose?: boolean;
  /** A log file that receives every line. */
  file?: string;
  write?: (text: string) => void;
}

export class TerminalLogger implements Logger {
  private depth = 0;
  private readonly write: (text: string) => void;

  constructor(private readonly options: TerminalLoggerOptions = {}) {
    this.write = options.write ?? ((text) => process.stderr.write(text));
  }

  private emit(message: string, show: boolean): void {
    const indent = '  '.repeat(this.depth);
    const text = `${message
      .split(/\r?\n/)
      .map((line) => indent + line)
      .join('\n')}\n`;
    if (this.options.file) appendFileSync(this.options.file, text);
    if (show) this.write(text);
  }

  info(message: string): void {
    this.emit(message, this.options.verbose !== false);
  }

  warning(message: string, where?: { file?: string; line?: number }): void {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    this.emit(`warning: ${at}${message}`, true);
  }

  debug(message: string): void {
    this.emit(`debug: ${message}`, this.options.debug === true);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.emit(title, this.options.verbose !== false);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
}
