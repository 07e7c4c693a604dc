"""Reads a JSON list of strings on stdin; prints, for each, packaging's verdict: valid, str(), the dense
rank of its sort key among the valid ones (equal versions share a rank), and its classification."""
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
            None
            if v is None
            else {
                "normal": str(v),
                "rank": rank[v._key],
                "public": v.public,
                "base": v.base_version,
                "pre": v.is_prerelease,
                "dev": v.is_devrelease,
                "post": v.is_postrelease,
                "local": v.local is not None,
            }
            for v in parsed
        ],
    },
    sys.stdout,
)
