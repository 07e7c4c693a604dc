/**
 * A lock for concurrent publishers of one file index: an exclusive `mkdir` (atomic on every OS and on
 * network file systems, unlike advisory locks), with the owner recorded so a lock left by a killed
 * process on this machine, or one older than the stale limit, is broken instead of waited on forever.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../errors/index';

export interface LockOptions {
  /** How long to wait for another publisher (default 5 minutes). */
  timeoutMs?: number;
  /** A lock older than this is considered abandoned (default 10 minutes). */
  staleMs?: number;
  /** Called once when the lock is held by another process and this one starts waiting. */
  onWait?: () => void;
  /** Called when an abandoned lock is broken. */
  onAbandoned?: () => void;
  /** The error when the wait times out (default: the file index's). */
  busyError?: () => Error;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` on `host` is known to have ended (only this host's processes can be asked). */
export function ownerGone(pid: number, host: string): boolean {
  return host === hostname() && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid);
}

async function abandoned(lock: string, staleMs: number): Promise<boolean> {
  const info = await stat(lock).catch(() => undefined);
  if (!info) return false;
  if (Date.now() - info.mtimeMs > staleMs) return true;
  try {
    const owner = JSON.parse(await readFile(join(lock, 'owner.json'), 'utf8')) as { pid?: number; host?: string };
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && ownerGone(owner.pid, owner.host);
  } catch {
    // The owner file is written right after mkdir; give a fresh lock without one a moment before judging it.
    return Date.now() - info.mtimeMs > 30_000;
  }
}

export async function withDirectoryLock<T>(lock: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  const staleMs = options.staleMs ?? 600_000;
  let delay = 20;
  let waiting = false;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await abandoned(lock, staleMs)) {
        options.onAbandoned?.();
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (!waiting) options.onWait?.();
      waiting = true;
      if (Date.now() > deadline) {
        if (options.busyError) throw options.busyError();
        throw new StoreError(`the file index is locked by another publisher (${lock})`, {
          hint: 'wait for the other publish to finish; remove the lock folder only if no publisher is running',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 500);
    }
  }
  try {
    await writeFile(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
