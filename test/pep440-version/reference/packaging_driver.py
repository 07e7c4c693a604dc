"""Reads a JSON list of strings on stdin; prints, for each, packaging's verdict: valid, str(), and the
dense rank of its sort key among the valid ones (equal versions share a rank)."""
import json
import sys

import packaging
from packaging.version import InvalidVersion, Version

texts = json.load(sys.stdin)
parsed = []
for text in texts:
    try:
        parsed.append(Version(text))
    except InvalidVersion:
        parsed.append(None)
keys = sorted({v._key for v in parsed if v is not None})
rank = {key: i for i, key in enumerate(keys)}
json.dump(
    {
        "packaging": packaging.__version__,
        "results": [
            None if v is None else {"normal": str(v), "rank": rank[v._key]} for v in parsed
        ],
    },
    sys.stdout,
)
