/**
 * The licenses scaffold writes in full (templates/licenses/): the SPDX identifier, the text file and
 * the Trove classifier that states it in the metadata. The long texts (Apache-2.0, MPL-2.0, GPL/LGPL 3)
 * are the canonical texts as their stewards publish them; the short ones carry the copyright line.
 */
export interface LicenseInfo {
  spdx: string;
  file: string;
  classifier: string;
}

const TABLE: readonly LicenseInfo[] = [
  { spdx: 'MIT', file: 'MIT.txt', classifier: 'License :: OSI Approved :: MIT License' },
  { spdx: 'Apache-2.0', file: 'Apache-2.0.txt', classifier: 'License :: OSI Approved :: Apache Software License' },
  { spdx: 'BSD-3-Clause', file: 'BSD-3-Clause.txt', classifier: 'License :: OSI Approved :: BSD License' },
  { spdx: 'BSD-2-Clause', file: 'BSD-2-Clause.txt', classifier: 'License :: OSI Approved :: BSD License' },
  { spdx: 'ISC', file: 'ISC.txt', classifier: 'License :: OSI Approved :: ISC License (ISCL)' },
  { spdx: 'MPL-2.0', file: 'MPL-2.0.txt', classifier: 'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)' },
  { spdx: 'GPL-3.0-only', file: 'GPL-3.0.txt', classifier: 'License :: OSI Approved :: GNU General Public License v3 (GPLv3)' },
  {
    spdx: 'GPL-3.0-or-later',
    file: 'GPL-3.0.txt',
    classifier: 'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
  },
  {
    spdx: 'LGPL-3.0-only',
    file: 'LGPL-3.0.txt',
    classifier: 'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
  },
  {
    spdx: 'LGPL-3.0-or-later',
    file: 'LGPL-3.0.txt',
    classifier: 'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
  },
  { spdx: 'Unlicense', file: 'Unlicense.txt', classifier: 'License :: OSI Approved :: The Unlicense (Unlicense)' },
];

export const LICENSE_IDS: readonly string[] = TABLE.map((l) => l.spdx);

/** The license with this SPDX id; SPDX ids compare case-insensitively (SPDX spec, annex D). */
export function findLicense(id: string): LicenseInfo | undefined {
  const wanted = id.toLowerCase();
  return TABLE.find((l) => l.spdx.toLowerCase() === wanted);
}
