"""setuptools_scm's answer for many cases in one interpreter.

stdin: JSON list of {"root": str, "kwargs": {...} | null, "pyproject": str | null, "env": {...}}
  kwargs    -> setuptools_scm.get_version(root=root, **kwargs)  (the documented Python API)
  pyproject -> written to <root>/pyproject.toml (untracked, so never dirty) and read as
               `python -m setuptools_scm` reads it; removed afterwards
stdout: JSON {"versions": {...}, "results": [{"version": str} | {"error": str}]}
The environment of each case is the base environment (without SETUPTOOLS_SCM_*/VCS_VERSIONING_*) plus
case["env"].
"""
import json
import os
import sys
import warnings
from importlib.metadata import version as dist_version

import setuptools_scm
from vcs_versioning._config import Configuration
from vcs_versioning._environment import VcsEnvironment
from vcs_versioning._get_version_impl import _get_version
from vcs_versioning.overrides import GlobalOverrides

BASE = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("SETUPTOOLS_SCM_", "VCS_VERSIONING_", "GIT_"))
}


def compute(case):
    os.environ.clear()
    os.environ.update(BASE)
    os.environ.update(case.get("env") or {})
    root = case["root"]
    if case.get("pyproject") is not None:
        path = os.path.join(root, "pyproject.toml")
        with open(path, "w", encoding="utf-8") as file:
            file.write(case["pyproject"])
        try:
            with GlobalOverrides.from_env("SETUPTOOLS_SCM"):
                env = VcsEnvironment.from_env("SETUPTOOLS_SCM")
                config = env.build_config(name=path)
                version = _get_version(config, force_write_version_files=False)
                if version is None:
                    raise LookupError("no version")
                return version
        finally:
            os.remove(path)
    return setuptools_scm.get_version(root=root, **(case.get("kwargs") or {}))


def main():
    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                results.append({"version": compute(case), "warnings": [str(w.message) for w in caught]})
            except BaseException as error:  # noqa: BLE001 - every failure is an answer to compare
                if isinstance(error, KeyboardInterrupt):
                    raise
                message = str(error).splitlines()[0] if str(error) else ""
                results.append({"error": f"{type(error).__name__}: {message}"})
    json.dump(
        {
            "versions": {
                "setuptools-scm": dist_version("setuptools-scm"),
                "vcs-versioning": dist_version("vcs-versioning"),
            },
            "results": results,
        },
        sys.stdout,
    )


main()
