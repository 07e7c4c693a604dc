/**
 * The core Logger for a terminal or a CI log (Jenkins, GitLab): plain lines on stderr (stdout carries
 * the JSON results), groups as indented blocks, debug lines only with --debug. No GitHub workflow
 * commands: the CLI runs the same everywhere.
 */
import { appendFileSync } from 'node:fs';
import { urlCredentials } from '@wheelwright/core/http';
import type { Logger } from '@wheelwright/core/log';

export interface TerminalLoggerOptions {
  debug?: boolean;
  /** false: only warnings reach the terminal (the pipeline's steps); everything still goes to `file`. */
  verbose?: boolean;
  /** A log file that receives every line. */
  file?: string;
  write?: (text: string) => void;
  /** Values never to print (passwords, tokens): replaced by *** in every line, as the runner masks them. */
  secrets?: readonly string[];
  /** Rewrites a warning's runner words (`input 'x'`, `set 'x: v'`) into this front end's. */
  words?: (message: string) => string;
}

/** The secrets among option values: password/token inputs and passwords embedded in URLs. */
export function secretsOf(values: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (!value) continue;
    if (/(^|[-_])(password|token)$/i.test(name)) found.push(value);
    for (const word of value.split(/\s+/)) found.push(...(urlCredentials(word)?.secrets ?? []));
  }
  // Every length: a short password is still a password.
  return [...new Set(found.filter((secret) => secret !== ''))];
}

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  // Longest first: a short secret replaced first would cut a longer one it is part of.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) masked = masked.split(secret).join('***');
  return masked;
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
    const safe = maskSecrets(text, this.options.secrets ?? []);
    if (this.options.file) appendFileSync(this.options.file, safe);
    if (show) this.write(safe);
  }

  info(message: string): void {
    this.emit(message, this.options.verbose !== false);
  }

  warning(message: string, where?: { file?: string; line?: number }): void {
    const at = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    this.emit(`warning: ${at}${this.options.words ? this.options.words(message) : message}`, true);
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
