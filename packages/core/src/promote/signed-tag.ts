/**
 * Verifies that a release tag carries a valid signature from one of the allowed signers, with git itself
 * (`git verify-tag`), so the rules are git's: SSH signatures are checked against an OpenSSH
 * allowed_signers file (`gpg.ssh.allowedSignersFile`, see ssh-keygen(1) "ALLOWED SIGNERS"), OpenPGP ones
 * against a keyring holding only the given public keys (a temporary GNUPGHOME, so the runner's own
 * keyring never vouches for anything).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProcessError, WheelwrightError } from '../errors/index';
import { run } from '../process/index';
import { runGitIn } from '../scm/git-process';

export interface SignedTagCheck {
  /** The git work tree holding the tag. */
  repository: string;
  tag: string;
  /** Path of an allowed_signers file or an ASCII-armoured / binary OpenPGP public key file, or its content. */
  allowedSigners: string;
  /** When known, the commit the tag must point at (the release's `source.commit`). */
  commit?: string;
}

export interface SignedTagResult {
  tag: string;
  commit: string;
  format: 'ssh' | 'openpgp';
  /** git's "Good … signature" line. */
  signer: string;
}

const GIT_HINT = 'fetch the tag with the checkout (actions/checkout with fetch-depth 0, or with its tag fetching on)';

export async function verifySignedTag(check: SignedTagCheck): Promise<SignedTagResult> {
  const { repository, tag } = check;
  if (check.allowedSigners.trim() === '') {
    throw new WheelwrightError('input', "input 'require-signed-tag' is on but input 'allowed-signers' is empty", {
      hint: 'pass an SSH allowed_signers file or an OpenPGP public key file of the people allowed to sign releases',
    });
  }
  const type = await git(repository, ['cat-file', '-t', tag], {}).catch(() => {
    throw new WheelwrightError('policy', `signed-tag rule: tag '${tag}' does not exist in ${repository}`, { hint: GIT_HINT });
  });
  if (type.trim() !== 'tag') {
    throw new WheelwrightError('policy', `signed-tag rule: '${tag}' is a lightweight tag and carries no signature`, {
      hint: 'create the release tag with `git tag -s` (annotated and signed)',
    });
  }
  const commit = (await git(repository, ['rev-parse', `${tag}^{commit}`], {})).trim();
  if (check.commit && !commit.startsWith(check.commit) && !check.commit.startsWith(commit)) {
    throw new WheelwrightError(
      'policy',
      `signed-tag rule: tag '${tag}' points at ${commit.slice(0, 12)}, but the release was built from ${check.commit.slice(0, 12)}`,
      { hint: 'promote the build of the tagged commit' },
    );
  }

  const scratch = await mkdtemp(join(tmpdir(), 'ww-verify-tag-'));
  try {
    const keys = await materialize(check.allowedSigners, scratch);
    const format = isOpenPgp(keys.bytes) ? 'openpgp' : 'ssh';
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
    let config: string[];
    if (format === 'ssh') {
      config = ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${keys.path}`];
    } else {
      // A keyring of only these keys: a signature by any other key, even one the runner trusts, fails.
      const home = join(scratch, 'gnupg');
      await mkdir(home, { mode: 0o700 });
      await run('gpg', ['--homedir', home, '--batch', '--quiet', '--import', keys.path], {
        env: { ...env, GNUPGHOME: home },
        label: 'gpg --import',
        timeoutMs: 60_000,
        missingHint: 'install gnupg to verify OpenPGP-signed tags',
      }).catch((error: unknown) => {
        throw new WheelwrightError('input', `input 'allowed-signers' holds no OpenPGP public key gpg can import`, { cause: error });
      });
      env.GNUPGHOME = home;
      config = ['-c', 'gpg.format=openpgp'];
    }
    let output: { stdout: string; stderr: string };
    try {
      output = await runGitIn(repository, [...config, 'verify-tag', '--raw', tag], { env });
    } catch (error) {
      const stderr = error instanceof ProcessError ? error.stderr : '';
      throw new WheelwrightError('policy', `signed-tag rule: tag '${tag}' ${describeFailure(stderr)}`, {
        hint: "sign the tag with a key listed in input 'allowed-signers' (`git tag -s`), or fix that list",
        cause: error,
      });
    }
    const text = `${output.stderr}\n${output.stdout}`;
    // git exits 0 for a good signature; check the text too so an odd gpg.program cannot pass silently.
    const good = /Good "git" signature[^\n]*/.exec(text)?.[0] ?? /\[GNUPG:\] GOODSIG [^\n]*/.exec(text)?.[0];
    if (!good) throw new WheelwrightError('policy', `signed-tag rule: git verify-tag reported no good signature on '${tag}'`);
    return { tag, commit, format, signer: good.replace('[GNUPG:] GOODSIG ', 'good OpenPGP signature by ') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function describeFailure(stderr: string): string {
  if (/no signature found/i.test(stderr)) return 'carries no signature';
  if (/allowed_signers|No principal matched|not in allowed/i.test(stderr))
    return "is signed by a key that is not in input 'allowed-signers'";
  if (/NO_PUBKEY|No public key|ERRSIG/i.test(stderr)) return "is signed by a key that is not in input 'allowed-signers'";
  if (/BADSIG|Signature verification failed|bad signature/i.test(stderr)) return 'has a bad signature (the tag was altered after signing)';
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('[GNUPG:]'))
    .pop();
  return `failed signature verification${line ? `: ${line}` : ''}`;
}

function isOpenPgp(bytes: Buffer): boolean {
  if (bytes.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) return true;
  // A binary OpenPGP key starts with a public-key packet: old format tag 6 (0x98-0x9b) or new format 0xc6.
  const first = bytes[0] ?? 0;
  return (first & 0xfc) === 0x98 || first === 0xc6;
}

/** The input may be a path (the usual case) or the list itself (a repository variable). */
async function materialize(value: string, scratch: string): Promise<{ path: string; bytes: Buffer }> {
  const candidate = resolve(value.trim());
  if (!value.includes('\n') && existsSync(candidate)) return { path: candidate, bytes: await readFile(candidate) };
  if (!/\n|ssh-|ecdsa-|sk-|BEGIN PGP/.test(value)) {
    throw new WheelwrightError('input', `input 'allowed-signers' file '${value.trim()}' does not exist`, {
      hint: 'give the path of an SSH allowed_signers file or an OpenPGP public key file (relative to the workspace)',
    });
  }
  const path = join(scratch, 'allowed-signers');
  await writeFile(path, value.endsWith('\n') ? value : `${value}\n`, { mode: 0o600 });
  return { path, bytes: Buffer.from(value) };
}

async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await runGitIn(cwd, args, { env: { ...process.env, ...env } });
  return result.stdout;
}
