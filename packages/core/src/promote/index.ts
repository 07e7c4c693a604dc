export { type SignedTagCheck, type SignedTagResult, verifySignedTag } from './signed-tag';
