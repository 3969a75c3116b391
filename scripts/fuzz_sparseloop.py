#!/usr/bin/env python3
"""Mutation fuzzing of sparse-model's Timeloop YAML front end.

Takes the bundled example (five YAML files concatenated) and, for each
iteration, applies a few random edits: drop a line, duplicate a line, replace
a scalar value with an awkward one (0, -1, huge, NaN, a string, a list),
rename a key, or truncate the text. Runs sparse-model on the mutant and
counts crashes: an exit by signal, an exit code other than 0/1/2, a timeout,
or a stack dump in the output. Deterministic for a given --seed.

  fuzz_sparseloop.py --sparse-model build/bin/sparse-model --seed 7 --iterations 500
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

AWKWARD = ["0", "-1", "1e30", "nan", "inf", "18446744073709551617", "abc",
           "[]", "{}", "[1, 2]", "''", "0.0", "2.5", "M0", "M=0", "null",
           "true", "9999999999999", "K4 K4", "\"\"", "-0"]


def mutate(text, rng):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(6)
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op in (2, 3):
            # Replace one scalar value (after a ': ' or inside a flow map).
            m = list(re.finditer(r"(:\s*)([^,{}\[\]\n]+)", lines[i]))
            if m:
                g = rng.choice(m)
                lines[i] = lines[i][:g.start(2)] + rng.choice(AWKWARD) + lines[i][g.end(2):]
        elif op == 4:
            m = list(re.finditer(r"([A-Za-z_-]+)(\s*:)", lines[i]))
            if m:
                g = rng.choice(m)
                lines[i] = lines[i][:g.start(1)] + g.group(1)[::-1] + lines[i][g.end(1):]
        else:
            cut = rng.randrange(len(text))
            return text[:cut]
    return "\n".join(lines)


def run_one(tool, path):
    """Returns the exit code (or 'timeout') and whether it is a crash."""
    try:
        p = subprocess.run([tool, "--quiet", path], capture_output=True,
                           text=True, timeout=20)
        return p.returncode, p.returncode not in (0, 1, 2) or "Stack dump" in p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", True


def replay(args):
    crashes = 0
    files = sorted(glob.glob(os.path.join(args.replay, "*")))
    for f in files:
        code, bad = run_one(args.sparse_model, f)
        if bad:
            crashes += 1
            print("crash (exit %s) on %s" % (code, f), file=sys.stderr)
    print("replayed %d inputs: %d crash(es)" % (len(files), crashes))
    return 1 if crashes else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-model", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--example", default=os.path.join(
        here, "..", "examples", "sparseloop", "stc-m512-k256-n1024"))
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="folder to keep crashing inputs in")
    ap.add_argument("--replay", help="run every file of this corpus instead")
    args = ap.parse_args()
    if args.replay:
        return replay(args)

    base = ""
    for f in sorted(glob.glob(os.path.join(args.example, "*.yaml"))):
        base += open(f).read() + "\n"
    rng = random.Random(args.seed)
    crashes = 0
    codes = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mutant.yaml")
        for it in range(args.iterations):
            text = mutate(base, rng)
            with open(path, "w") as f:
                f.write(text)
            code, bad = run_one(args.sparse_model, path)
            codes[code] = codes.get(code, 0) + 1
            if bad:
                crashes += 1
                print("crash (exit %s) on iteration %d" % (code, it), file=sys.stderr)
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    with open(os.path.join(args.keep, "crash-%d-%d.yaml" % (args.seed, it)), "w") as f:
                        f.write(text)
    summary = ", ".join("exit %s: %d" % (k, v) for k, v in sorted(codes.items(), key=str))
    print("ran %d mutants (seed %d): %d crash(es) [%s]" % (
        args.iterations, args.seed, crashes, summary))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
