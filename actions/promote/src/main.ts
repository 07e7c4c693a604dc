import { runAction } from '@wheelwright/action-io';
import { NotImplementedError } from '@wheelwright/core/errors';

export function run(): Promise<void> {
  return runAction(async () => {
    throw new NotImplementedError('the promote action');
  });
}
