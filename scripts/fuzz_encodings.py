#!/usr/bin/env python3
"""Mutation fuzzer for the fiber attribute parsers, verifiers and passes.

    fuzz_encodings.py run    --sparse-opt BIN --seeds DIR [--iterations N]
                             [--seed S] [--save-crashes DIR]
    fuzz_encodings.py replay --sparse-opt BIN --corpus DIR

`run` mutates the valid inputs in DIR (character edits, boundary integers,
keyword swaps, splices) and feeds them to sparse-opt in batches through
`--split-input-file`, with --fiber-report and --fiber-export-sparse-tensor
enabled so the derived-number and interop code run on every mutant that
parses. `replay` feeds every file of a corpus. A crash is a signal, LLVM's crash
banner, or sparse-opt's crash-recovery error; a crashing batch is bisected to
the single input that crashes, which is printed and optionally saved. Each
crash is then re-run without recovery and classified by its stack: frames in
sparse-opt's own code make it ours (the run fails), frames only in MLIR's
libraries make it an upstream MLIR defect that sparse-opt already turns into
a clean error (reported, not failed). Deterministic for a given --seed.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

SEPARATOR = "\n// -----\n"
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "LLVM ERROR",
                 "Assertion", "UNREACHABLE", "a component of MLIR crashed")
INTEGERS = [0, 1, -1, 2, 3, 4, 5, 7, 8, 9, 16, 63, 64, 65, 255, 256, 1023,
            1024, 1025, 65535, 65536, 65537, 2**31 - 1, 2**31, 2**32,
            2**62, 2**63 - 1, 2**63, 2**64, 10**30]
KEYWORDS = ["floordiv", "mod", "U", "B", "CP", "UOP", "RLE", "UB", "dense",
            "unconstrained", "md", "pl", "bits", "codebook", "density", "hss",
            "uniform", "banded", "actual", "fixed_structured", "width",
            "mask", "m", "k", "c", "r", "s", "n", "i", "j"]
PUNCTUATION = list("()[]{}<>,:=-.#%") + ["->", "...", " ", "0x", "?"]
PASSES = ["--fiber-report=format=json", "--fiber-export-sparse-tensor=allow-partial=true"]


def read_text(path):
    # Fuzzer inputs are arbitrary bytes: keep them, whatever they decode to.
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def load_inputs(directory):
    """The `// -----`-separated inputs of every .mlir file in `directory`,
    plus every file of its libfuzzer/ subdirectory as one raw input."""
    inputs = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".mlir"):
            continue
        text = read_text(os.path.join(directory, name))
        for chunk in text.split("// -----"):
            lines = [l for l in chunk.splitlines()
                     if l.strip() and not l.lstrip().startswith("//")]
            if lines:
                inputs.append("\n".join(lines))
    raw = os.path.join(directory, "libfuzzer")
    if os.path.isdir(raw):
        for name in sorted(os.listdir(raw)):
            inputs.append(read_text(os.path.join(raw, name)))
    return inputs


def mutate(rng, text, seeds):
    choice = rng.randrange(8)
    if choice == 0 and len(text) > 1:                      # delete a range
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 8))
        return text[:i] + text[j:]
    if choice == 1:                                        # insert punctuation
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(PUNCTUATION) + text[i:]
    if choice == 2:                                        # duplicate a range
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 24))
        return text[:j] + text[i:j] + text[j:]
    numbers = list(re.finditer(r"-?\d+", text))
    if choice in (3, 4) and numbers:                       # boundary integer
        m = rng.choice(numbers)
        return text[:m.start()] + str(rng.choice(INTEGERS)) + text[m.end():]
    words = list(re.finditer(r"[A-Za-z_]+", text))
    if choice == 5 and words:                              # keyword swap
        m = rng.choice(words)
        return text[:m.start()] + rng.choice(KEYWORDS) + text[m.end():]
    if choice == 6:                                        # splice two inputs
        other = rng.choice(seeds)
        i = rng.randrange(len(text) + 1)
        j = rng.randrange(len(other) + 1)
        return text[:i] + other[j:]
    i = rng.randrange(len(text))                           # swap two chars
    j = rng.randrange(len(text))
    chars = list(text)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def crashed(result):
    if result.returncode not in (0, 1):
        return True
    return any(marker in result.stderr for marker in CRASH_MARKERS)


def run_batch(sparse_opt, inputs, extra_args):
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False,
                                     encoding="utf-8", errors="surrogateescape") as f:
        f.write(SEPARATOR.join(inputs))
        path = f.name
    try:
        return subprocess.run(
            [sparse_opt, path, "--split-input-file", "-o", "/dev/null"] + extra_args,
            capture_output=True, text=True, errors="replace", timeout=600)
    finally:
        os.unlink(path)


def find_crashes(sparse_opt, inputs):
    """All single inputs (with the pass set that crashes) that crash."""
    crashes = []
    for args in ([], *([p] for p in PASSES)):
        result = run_batch(sparse_opt, inputs, args)
        if not crashed(result):
            continue
        if len(inputs) == 1:
            crashes.append((inputs[0], args, result))
            break
        half = len(inputs) // 2
        for part in (inputs[:half], inputs[half:]):
            for text, part_args, part_result in find_crashes(sparse_opt, part):
                crashes.append((text, part_args, part_result))
        break
    return crashes


def classify(sparse_opt, text, args):
    """'upstream' when every frame above MlirOptMain is in MLIR's own
    libraries, 'ours' when one is in sparse-opt (the project's code)."""
    env = dict(os.environ, SPARSE_OPT_NO_CRASH_RECOVERY="1")
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False,
                                     encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
        path = f.name
    try:
        result = subprocess.run([sparse_opt, path, "-o", "/dev/null"] + args,
                                capture_output=True, text=True, errors="replace",
                                timeout=600, env=env)
    finally:
        os.unlink(path)
    binary = os.path.basename(sparse_opt)
    for line in result.stderr.splitlines():
        if not re.match(r"\s*#\d+ ", line):
            continue
        if "MlirOptMain" in line:
            break
        if f"{binary}+0x" in line or "mlir::fiber::" in line or "sparseaccel::" in line:
            return "ours", result.stderr
    return "upstream", result.stderr


def report(crashes, save_dir, sparse_opt):
    """Prints each crash; returns how many are the project's own."""
    ours = 0
    for n, (text, args, result) in enumerate(crashes):
        owner, trace = classify(sparse_opt, text, args)
        ours += owner == "ours"
        print(f"CRASH ({owner}) with args {args} (exit {result.returncode}):")
        print(text)
        print(trace[-3000:])
        if save_dir:
            os.makedirs(save_dir, exist_ok=True)
            with open(os.path.join(save_dir, f"crash-{owner}-{n}.mlir"), "w",
                      encoding="utf-8", errors="surrogateescape") as f:
                f.write(text + "\n")
    return ours


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["run", "replay"])
    parser.add_argument("--sparse-opt", required=True)
    parser.add_argument("--seeds", help="directory of valid inputs to mutate")
    parser.add_argument("--corpus", help="directory of inputs to replay")
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save-crashes")
    parser.add_argument("--save-corpus", help="write the mutants here")
    args = parser.parse_args()

    if args.mode == "replay":
        inputs = load_inputs(args.corpus)
        crashes = find_crashes(args.sparse_opt, inputs)
        ours = report(crashes, args.save_crashes, args.sparse_opt)
        print(f"replayed {len(inputs)} inputs: {len(crashes)} crash(es), "
              f"{ours} in the project's code, {len(crashes) - ours} in MLIR "
              f"itself (recovered as clean errors)")
        return 1 if ours else 0

    seeds = load_inputs(args.seeds)
    rng = random.Random(args.seed)
    mutants = []
    for _ in range(args.iterations):
        text = rng.choice(seeds)
        for _ in range(rng.randint(1, 4)):
            text = mutate(rng, text, seeds)
        mutants.append(text)
    if args.save_corpus:
        os.makedirs(args.save_corpus, exist_ok=True)
        with open(os.path.join(args.save_corpus, f"mutants-seed{args.seed}.mlir"), "w") as f:
            f.write(SEPARATOR.join(mutants) + "\n")
    crashes = []
    for start in range(0, len(mutants), args.batch):
        crashes += find_crashes(args.sparse_opt, mutants[start:start + args.batch])
    ours = report(crashes, args.save_crashes, args.sparse_opt)
    print(f"ran {len(mutants)} mutants (seed {args.seed}): {len(crashes)} crash(es), "
          f"{ours} in the project's code, {len(crashes) - ours} in MLIR itself "
          f"(recovered as clean errors)")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
