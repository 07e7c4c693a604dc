import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifySignedTag } from '@wheelwright/core/promote';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { GitRepo } from '../support/git-repo';
import { gnupgHome } from '../support/gnupg';

/** Keys made by the test with ssh-keygen; git signs with them exactly as QA's `git tag -s` would. */
function sshKey(dir: string, name: string): { key: string; pub: string } {
  const key = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key]);
  return { key, pub: readFileSync(`${key}.pub`, 'utf8').trim() };
}

describe('verifySignedTag (SSH signatures through git verify-tag)', () => {
  let repo: GitRepo;
  let allowed: string;
  let commit: string;
  beforeAll(() => {
    const keys = mkdtempSync(join(tmpdir(), 'ww-keys-'));
    const qa = sshKey(keys, 'qa');
    const stranger = sshKey(keys, 'stranger');
    allowed = join(keys, 'allowed_signers');
    writeFileSync(allowed, `qa@example.invalid ${qa.pub}\n`);
    repo = GitRepo.init();
    repo.git('config', 'gpg.format', 'ssh');
    commit = repo.commit('release');
    repo.git('-c', `user.signingkey=${qa.key}`, 'tag', '-s', '1.2.1', '-m', 'QA approves 1.2.1');
    repo.git('-c', `user.signingkey=${stranger.key}`, 'tag', '-s', '1.2.2', '-m', 'not QA');
    repo.tag('1.2.3', { annotated: true });
    repo.tag('1.2.4');
  });

  it('accepts a tag signed by an allowed signer, on the release commit', async () => {
    const result = await verifySignedTag({ repository: repo.dir, tag: '1.2.1', allowedSigners: allowed, commit });
    expect(result.format).toBe('ssh');
    expect(result.commit).toBe(commit);
    expect(result.signer).toMatch(/Good "git" signature for qa@example.invalid/);
  });

  it('accepts the allowed-signers list given as content', async () => {
    const result = await verifySignedTag({ repository: repo.dir, tag: '1.2.1', allowedSigners: readFileSync(allowed, 'utf8') });
    expect(result.format).toBe('ssh');
  });

  it.each([
    ['1.2.2', /signed-tag rule: tag '1.2.2' is signed by a key that is not in input 'allowed-signers'/],
    ['1.2.3', /signed-tag rule: tag '1.2.3' carries no signature/],
    ['1.2.4', /signed-tag rule: '1.2.4' is a lightweight tag/],
    ['9.9.9', /signed-tag rule: tag '9.9.9' does not exist/],
  ])('refuses %s', async (tag, message) => {
    await expect(verifySignedTag({ repository: repo.dir, tag, allowedSigners: allowed })).rejects.toThrow(message);
  });

  it('refuses a tag that is not on the release commit', async () => {
    await expect(
      verifySignedTag({ repository: repo.dir, tag: '1.2.1', allowedSigners: allowed, commit: 'deadbeefdeadbeef' }),
    ).rejects.toThrow(/points at .* but the release was built from deadbeefdead/);
  });

  it('refuses a tag whose signed content was altered', async () => {
    const raw = repo.git('cat-file', 'tag', '1.2.1').replace('QA approves 1.2.1', 'QA approves 6.6.6');
    const forged = execFileSync('git', ['hash-object', '-t', 'tag', '-w', '--stdin'], { cwd: repo.dir, input: `${raw}\n` })
      .toString()
      .trim();
    repo.git('update-ref', 'refs/tags/forged', forged);
    await expect(verifySignedTag({ repository: repo.dir, tag: 'forged', allowedSigners: allowed })).rejects.toThrow(
      /signed-tag rule: tag 'forged'/,
    );
  });
});

describe('verifySignedTag (OpenPGP signatures, keyring made from the given key only)', () => {
  it('accepts a tag signed by the given key and refuses one signed by another', async () => {
    const { home, gpg, stop } = gnupgHome();
    onTestFinished(stop);
    gpg('--passphrase', '', '--quick-gen-key', 'QA <qa@example.invalid>', 'ed25519', 'sign', 'never');
    gpg('--passphrase', '', '--quick-gen-key', 'Other <other@example.invalid>', 'ed25519', 'sign', 'never');
    const keyFile = join(home, 'qa.asc');
    writeFileSync(keyFile, gpg('--armor', '--export', 'qa@example.invalid'));
    const repo = GitRepo.init();
    repo.commit('release');
    const sign = (tag: string, who: string) =>
      execFileSync('git', ['-c', 'gpg.format=openpgp', '-c', `user.signingkey=${who}`, 'tag', '-s', tag, '-m', tag], {
        cwd: repo.dir,
        env: { ...process.env, GNUPGHOME: home },
      });
    sign('2.0.0', 'qa@example.invalid');
    sign('2.0.1', 'other@example.invalid');
    const good = await verifySignedTag({ repository: repo.dir, tag: '2.0.0', allowedSigners: keyFile });
    expect(good.format).toBe('openpgp');
    await expect(verifySignedTag({ repository: repo.dir, tag: '2.0.1', allowedSigners: keyFile })).rejects.toThrow(
      /signed-tag rule: tag '2.0.1' is signed by a key that is not in input 'allowed-signers'/,
    );
  });
});
