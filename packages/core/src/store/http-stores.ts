import { NotImplementedError } from '../errors/index';
import type { Logger } from '../log/index';
import type { Store, StoreSpec } from './store';

export async function openHttpStore(_spec: StoreSpec, _logger: Logger): Promise<Store> {
  throw new NotImplementedError('HTTP stores');
}
