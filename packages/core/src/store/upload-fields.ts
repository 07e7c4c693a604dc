/**
 * The form fields of a legacy-API upload, named and ordered as twine sends them, from the artefact's
 * own core metadata.
 */
import { metadataField, metadataList } from './local-artefact';
import { splitArtefactFilename } from './names';
import type { LocalArtefact } from './store';

/** Core metadata field → upload API form field, as twine (4.x, 6.x) names them. */
const SINGLE_FIELDS: readonly (readonly [string, string])[] = [
  ['Metadata-Version', 'metadata_version'],
  ['Summary', 'summary'],
  ['Home-page', 'home_page'],
  ['Author', 'author'],
  ['Author-email', 'author_email'],
  ['Maintainer', 'maintainer'],
  ['Maintainer-email', 'maintainer_email'],
  ['License', 'license'],
  ['License-Expression', 'license_expression'],
  ['Description', 'description'],
  ['Keywords', 'keywords'],
  ['Download-URL', 'download_url'],
  ['Description-Content-Type', 'description_content_type'],
  ['Requires-Python', 'requires_python'],
];
const LIST_FIELDS: readonly (readonly [string, string])[] = [
  ['Classifier', 'classifiers'],
  ['Platform', 'platform'],
  ['Supported-Platform', 'supported_platform'],
  ['Requires-Dist', 'requires_dist'],
  ['Provides-Dist', 'provides_dist'],
  ['Obsoletes-Dist', 'obsoletes_dist'],
  ['Requires-External', 'requires_external'],
  ['Project-URL', 'project_urls'],
  ['Provides-Extra', 'provides_extra'],
  ['License-File', 'license_file'],
  ['Dynamic', 'dynamic'],
];

/** The form fields of one upload, text fields in twine's order (the file follows as `content`). */
export function uploadFields(artefact: LocalArtefact): [string, string][] {
  const parts = splitArtefactFilename(artefact.filename);
  const meta = artefact.metadata;
  const fields: [string, string][] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    // devpi answers 500 without name/version; pypiserver reads the filename instead.
    ['name', metadataField(meta, 'Name') ?? parts?.project ?? ''],
    ['version', metadataField(meta, 'Version') ?? parts?.version ?? ''],
    ['filetype', parts?.kind === 'wheel' ? 'bdist_wheel' : 'sdist'],
    ['pyversion', parts?.kind === 'wheel' ? (parts.pythonTag ?? '') : 'source'],
  ];
  for (const [field, form] of SINGLE_FIELDS) {
    const value = metadataField(meta, field);
    if (value !== undefined) fields.push([form, value]);
  }
  for (const [field, form] of LIST_FIELDS) for (const value of metadataList(meta, field)) fields.push([form, value]);
  fields.push(['sha256_digest', artefact.sha256]);
  return fields;
}
