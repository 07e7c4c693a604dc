export { CHANNELS, type Channel, checkChannelPolicy, isChannel, PolicyError, targetChannel } from './policy';
export { chooseMechanism, promoteRelease } from './promote';
export { type SignedTagCheck, type SignedTagResult, verifySignedTag } from './signed-tag';
export { promoteOutputs, promoteSummaryMarkdown } from './summary';
export type * from './types';
