import { getInput, runAction, setOutput } from '@wheelwright/action-io';
import { describeGit } from '@wheelwright/core/scm';
import { formatVersion } from '@wheelwright/core/version';

export function run(): Promise<void> {
  return runAction(async () => {
    const root = getInput('path') || '.';
    const description = await describeGit(root);
    const version = formatVersion(description);
    setOutput('version', version);
    setOutput('tag', description.tag ?? '');
    setOutput('distance', String(description.distance));
    setOutput('dirty', String(description.dirty));
  });
}
