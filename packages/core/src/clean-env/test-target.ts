/**
 * Which release clean-env-test tests, as far as the options alone say: a manifest, or a package name.
 * Kept apart from the installer, the stores and the report readers, so the action answers a run with
 * neither before it loads them; testRelease asks the same once the manifest is read.
 */
import { InputError } from '../errors/index';

/** The answer when no package name is given and no manifest names one. */
export function noPackageError(): InputError {
  return new InputError("input 'package' is empty and no manifest was given", {
    hint: "set input 'manifest' to publish's manifest, or input 'package' and input 'version'",
    options: [{ name: 'manifest' }, { name: 'package' }, { name: 'version' }],
  });
}

/** Throws noPackageError when the options give neither a manifest nor a package. */
export function checkTestTarget(options: { manifest?: string; package?: string }): void {
  if (!options.manifest && !options.package) throw noPackageError();
}
