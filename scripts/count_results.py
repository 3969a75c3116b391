#!/usr/bin/env python3
"""Prints `N passed, N failed` from a lit JSON results file.

Each lit test counts once; a GoogleTest binary run as one lit test counts
each of its cases (lit records them as micro results or as one test per case
depending on its version, and both shapes are handled).
"""
import json
import sys

PASS = {"PASS", "XFAIL"}
FAIL = {"FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"}


def main(path):
    try:
        with open(path) as f:
            data = json.load(f)
    except (OSError, ValueError) as err:
        print(f"cannot read test results {path}: {err}")
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    skipped = []
    for test in data.get("tests", []):
        code = test.get("code")
        if code in PASS:
            passed += 1
        elif code in FAIL:
            failed += 1
        elif code == "UNSUPPORTED":
            skipped.append(test.get("name", "?"))
    if skipped:
        print(f"{len(skipped)} skipped (a requirement is missing): " + ", ".join(skipped))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/test-results.json"))
