"""The version a project's own build backend gives it: prepare_metadata_for_build_wheel, then METADATA.

argv[1]: the project folder. Runs the backend named in pyproject.toml (setuptools' legacy backend when
there is none) in this interpreter, without build isolation, so the venv must hold the backends.
stdout: JSON {"version": str} or {"error": str}.
"""
import contextlib
import importlib
import json
import os
import sys
import tempfile
import tomllib
import warnings
from email.parser import HeaderParser


def main():
    project = sys.argv[1]
    os.chdir(project)
    backend_name = "setuptools.build_meta:__legacy__"
    if os.path.exists("pyproject.toml"):
        with open("pyproject.toml", "rb") as file:
            backend_name = tomllib.load(file).get("build-system", {}).get("build-backend", backend_name)
    module_name, _, attribute = backend_name.partition(":")
    sys.path.insert(0, project)
    backend = importlib.import_module(module_name)
    for part in filter(None, attribute.split(".")):
        backend = getattr(backend, part)
    # Backends print progress on stdout; only the answer goes there.
    with tempfile.TemporaryDirectory() as out, warnings.catch_warnings(), contextlib.redirect_stdout(sys.stderr):
        warnings.simplefilter("ignore")
        name = backend.prepare_metadata_for_build_wheel(out)
        with open(os.path.join(out, name, "METADATA"), encoding="utf-8") as file:
            version = HeaderParser().parsestr(file.read())["Version"]
    return version


try:
    result = {"version": main()}
except BaseException as error:  # noqa: BLE001 - every failure is an answer to compare
    if isinstance(error, KeyboardInterrupt):
        raise
    result = {"error": f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"}
print(json.dumps(result))
