export { redactUrl } from '../http/redact';
export { FileIndexStore } from './file-index';
export { resolveInside } from './inside';
export { sha256Of, withSha256 } from './listed-hash';
export { readLocalArtefact } from './local-artefact';
export { belongsTo, localPart, normalizeProjectName, sameVersion, splitArtefactFilename } from './names';
export { openStore } from './open-store';
export { pypiserverFiling, refuseMisfiled } from './pypiserver-names';
export type * from './store';
