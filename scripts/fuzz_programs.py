#!/usr/bin/env python3
"""Fuzzes sparse-sim's program loader and executor from the outside.

    fuzz_programs.py replay --sparse-sim PATH --corpus DIR
    fuzz_programs.py run --sparse-sim PATH --seeds DIR --iterations N --seed S

`replay` runs every file of a corpus (libFuzzer's minimised corpus for
tools/fuzz/program-fuzzer.cpp and its crash reproducers); `run` mutates the
seeds (byte flips, insertions, deletions, splices of header fields), fixes
the checksum of half the mutants so that they reach the structural checks,
and runs each, with inputs of ones or (every other mutant) zeros, which any
weight pattern accepts. Every run must end with exit code 0 (a valid program ran on
inputs filled with ones) or 1 (a clean error); anything else (a signal, an
abort) is a crash. Prints one summary line.
"""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib


def run_one(sim, path, fill="1"):
    p = subprocess.run([sim, path, "--fill-inputs=" + fill], capture_output=True,
                       text=True, errors="replace", timeout=60)
    return p.returncode in (0, 1), p


def fix_crc(data):
    if len(data) < 8:
        return data
    return data[:-4] + struct.pack("<I", zlib.crc32(data[:-4]) & 0xFFFFFFFF)


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        if not data:
            break
        at = rng.randrange(len(data))
        if kind == 0:
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            data[at] = rng.choice([0, 1, 2, 3, 0x7F, 0x80, 0xFF])
        elif kind == 2:
            del data[at:at + rng.randint(1, 16)]
        elif kind == 3:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            # A 32-bit field set to an extreme value (counts, shapes, loops).
            at -= at % 4
            data[at:at + 4] = struct.pack("<I", rng.choice(
                [0, 1, 2, 0xFFFF, 0x10000, 0x7FFFFFFF, 0xFFFFFFFF]))
    data = bytes(data)
    return fix_crc(data) if rng.random() < 0.5 else data


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("mode", choices=["replay", "run"])
    ap.add_argument("--sparse-sim", default="sparse-sim")
    ap.add_argument("--corpus")
    ap.add_argument("--seeds")
    ap.add_argument("--iterations", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    crashes = 0
    if args.mode == "replay":
        files = sorted(os.listdir(args.corpus))
        for f in files:
            ok, p = run_one(args.sparse_sim, os.path.join(args.corpus, f))
            if not ok:
                crashes += 1
                print("CRASH %s (exit %d): %s" % (f, p.returncode, p.stderr[-300:]))
        print("replayed %d inputs: %d crash(es)" % (len(files), crashes))
        return 1 if crashes else 0
    rng = random.Random(args.seed)
    seeds = [open(os.path.join(args.seeds, f), "rb").read()
             for f in sorted(os.listdir(args.seeds))]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mutant.bin")
        for i in range(args.iterations):
            data = mutate(rng, rng.choice(seeds))
            open(path, "wb").write(data)
            # Zeros fit any weight pattern (weights packed at load).
            ok, p = run_one(args.sparse_sim, path, "0" if i % 2 else "1")
            if not ok:
                crashes += 1
                keep = "crash-%d-%d.bin" % (args.seed, i)
                open(keep, "wb").write(data)
                print("CRASH (exit %d), kept as %s: %s" % (p.returncode, keep, p.stderr[-300:]))
    print("ran %d mutants (seed %d): %d crash(es)" % (args.iterations, args.seed, crashes))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
