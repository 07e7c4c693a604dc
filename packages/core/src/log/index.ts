/**
 * Core reports progress through this interface; the action adapters map it to workflow commands and
 * the CLI to the terminal. Core never logs failures itself: it throws.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible group (a log group on GitHub, an indented block in a terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info() {},
  warning() {},
  debug() {},
  group: (_title, fn) => fn(),
};

/** Collects messages; for tests and for summaries that quote what happened. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'info' | 'warning' | 'debug'; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', message: title });
    return fn();
  }
}

export { markdownCell, markdownCode, markdownTable } from './markdown';
export { guardChunk, guardWorkflowCommands, startsWorkflowCommand } from './workflow-commands';
