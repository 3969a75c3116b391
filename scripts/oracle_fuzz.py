#!/usr/bin/env python3
"""Differential testing of sparse-model against the real timeloop-model.

Generates random, valid Timeloop cases (a matmul or convolution, a 2-5
level architecture with spatial fan-outs, a random legal mapping with
bypass, random ERT energies and, with --sparse, densities, per-rank
formats and gating/skipping SAFs), runs both tools on the same files and
compares every quantity with scripts/oracle_compare.py.

sparse-model runs with --timeloop-variant=public-2022 (it counts as this
Timeloop does; docs/cost-model.md, "Two Timeloops").

Usage:
  oracle_fuzz.py --timeloop-model PATH [--sparse-model build/bin/sparse-model]
                 [--cases N] [--seed S] [--jobs N] [--sparse] [--keep DIR]
                 [--markdown FILE] [--allow-differ N]
Case i of seed S is generated from the seed "S-i" alone, so any case can be
regenerated and a campaign is reproducible. Prints one line per case that
differs or that only one tool accepts, and the totals by class:
  agrees              every compared quantity within tolerance
  both-invalid        both tools refuse the case (an invalid mapping)
  differs             some quantity outside tolerance
  timeloop-underflow  Timeloop printed an unsigned count below zero
  timeloop-rejects    Timeloop fails (or asserts) where sparse-model runs
  sparse-model-rejects  the other way round
--markdown writes the class table and, for the cases that differ, which
kind of quantity differs first. The exit status is 1 if a case is in any
class but agrees/both-invalid, unless --allow-differ N permits up to N
such cases (a ratchet for a corpus with known disagreements).
"""
import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import oracle_compare  # noqa: E402
import timeloop_stats  # noqa: E402

STORAGE_ACTIONS = ["read", "write", "gated_read", "gated_write", "metadata_read",
                   "metadata_write", "gated_metadata_read", "gated_metadata_write",
                   "decompression_count", "compression_count"]


def factors_of(n):
    out, p = [], 2
    while n > 1:
        while n % p == 0:
            out.append(p)
            n //= p
        p += 1
    return out


def split_product(rng, n, parts):
    """n as a product of `parts` factors (random distribution of primes)."""
    f = [1] * parts
    for p in factors_of(n):
        f[rng.randrange(parts)] *= p
    return f


def gen_problem(rng):
    if rng.random() < 0.4:
        dims = ["M", "K", "N"]
        bounds = {d: rng.choice([1, 2, 3, 4, 6, 8, 12, 16]) for d in dims}
        spaces = [("Weights", [["K"], ["N"]], False), ("Inputs", [["M"], ["K"]], False),
                  ("Outputs", [["M"], ["N"]], True)]
        coefs = {}
    else:
        dims = ["N", "K", "C", "P", "Q", "R", "S"]
        bounds = {"N": rng.choice([1, 1, 2]), "K": rng.choice([1, 2, 4, 8]),
                  "C": rng.choice([1, 2, 3, 4]), "P": rng.choice([1, 2, 4, 6, 8]),
                  "Q": rng.choice([1, 2, 4, 7]), "R": rng.choice([1, 3]),
                  "S": rng.choice([1, 2, 3])}
        hs, ws = rng.choice([1, 1, 2]), rng.choice([1, 1, 2])
        coefs = {"Hstride": hs, "Wstride": ws}
        spaces = [("Weights", [["K"], ["C"], ["R"], ["S"]], False),
                  ("Inputs", [["N"], ["C"], ["P*Hstride", "R"], ["Q*Wstride", "S"]], False),
                  ("Outputs", [["N"], ["K"], ["P"], ["Q"]], True)]
    return dims, bounds, spaces, coefs


def problem_yaml(dims, bounds, spaces, coefs, densities):
    lines = ["problem:", "  shape:", "    name: fuzz", "    dimensions: [%s]" % ", ".join(dims)]
    if coefs:
        lines.append("    coefficients:")
        for n, v in coefs.items():
            lines.append("      - {name: %s, default: %d}" % (n, v))
    lines.append("    data-spaces:")
    for name, axes, rw in spaces:
        lines.append("      - name: %s" % name)
        lines.append("        projection:")
        for axis in axes:
            terms = []
            for t in axis:
                if "*" in t:
                    d, c = t.split("*")
                    terms.append("[%s, %s]" % (d, c))
                else:
                    terms.append("[%s]" % t)
            lines.append("          - [%s]" % ", ".join(terms))
        if rw:
            lines.append("        read-write: true")
    lines.append("  instance:")
    for d in dims:
        lines.append("    %s: %d" % (d, bounds[d]))
    if densities:
        lines.append("    densities:")
        for name, spec in densities.items():
            lines.append("      %s: %s" % (name, spec))
    return "\n".join(lines) + "\n"


def gen_case(rng, sparse):
    dims, bounds, spaces, coefs = gen_problem(rng)
    names = [s[0] for s in spaces]
    nlev = rng.randint(2, 5)  # storage levels, innermost first; the last is DRAM
    # Fan-out below each level (to the next inner level or the MACs).
    fanx = [rng.choice([1, 1, 2, 4]) for _ in range(nlev)]
    fany = [rng.choice([1, 1, 2, 3]) for _ in range(nlev)]
    fanx[-1] = fany[-1] = 1 if rng.random() < 0.5 else fanx[-1]
    # Instances: the MACs are the product of all fan-outs.
    inst = [1] * nlev
    meshx = [1] * nlev
    meshy = [1] * nlev
    mx = my = 1
    for l in range(nlev - 1, -1, -1):
        meshx[l], meshy[l] = mx, my
        mx *= fanx[l]
        my *= fany[l]
    mac_mx, mac_my = mx, my
    # Mapping: split every dimension over (spatial X, spatial Y, temporal) of
    # every level; spatial factors must fit the fan-outs.
    level_t = [dict((d, 1) for d in dims) for _ in range(nlev)]
    level_x = [dict((d, 1) for d in dims) for _ in range(nlev)]
    level_y = [dict((d, 1) for d in dims) for _ in range(nlev)]
    capx = fanx[:]
    capy = fany[:]
    for d in dims:
        for p in factors_of(bounds[d]):
            choices = []
            for l in range(nlev):
                choices.append(("t", l))
                if capx[l] % p == 0:
                    choices.append(("x", l))
                if capy[l] % p == 0:
                    choices.append(("y", l))
            # A Timeloop spatial permutation names a dimension once: at one
            # level it fans out along X or along Y, not both.
            choices = [(k, l) for k, l in choices
                       if not (k == "x" and level_y[l][d] > 1)
                       and not (k == "y" and level_x[l][d] > 1)]
            kind, l = rng.choice(choices)
            if kind == "t":
                level_t[l][d] *= p
            elif kind == "x":
                level_x[l][d] *= p
                capx[l] //= p
            else:
                level_y[l][d] *= p
                capy[l] //= p
    keep = []
    for l in range(nlev):
        if l == nlev - 1:
            keep.append(names[:])
        else:
            keep.append([n for n in names if rng.random() < 0.55])
    # Architecture tree: one subtree per level whose instance count grows;
    # the MACs share the innermost level's node when it does not fan out.
    level_names = ["L%d" % l for l in range(nlev - 1)] + ["DRAM"]
    wordbits = rng.choice([8, 16])
    arch = ["architecture:", "  version: 0.3", "  subtree:", "    - name: system",
            "      attributes: {technology: 45nm}"]
    indent = "      "  # indentation of the current node's keys
    count = 1
    opened_local = False
    for l in range(nlev - 1, -1, -1):
        n = meshx[l] * meshy[l]
        if n != count:
            arch.append(indent + "subtree:")
            arch.append(indent + "  - name: arr%d[0..%d]" % (l, n // count - 1))
            indent += "    "
            count = n
            opened_local = False
        if not opened_local:
            arch.append(indent + "local:")
            opened_local = True
        name = level_names[l]
        arch.append(indent + "  - name: %s" % name)
        if name == "DRAM":
            arch.append(indent + "    class: DRAM")
            md = ", metadata_storage_width: 64, metadata_datawidth: 8" if sparse else ""
            arch.append(indent + "    attributes: {datawidth: %d, width: %d, block_size: 1, "
                        "meshX: 1, meshY: 1%s}" % (wordbits, wordbits, md))
        else:
            block = rng.choice([1, 1, 2, 4])
            bw = "" if rng.random() < 0.5 else ", read_bandwidth: %d, write_bandwidth: %d" % (
                rng.choice([1, 2, 4, 8]), rng.choice([1, 2, 4, 8]))
            arch.append(indent + "    class: storage")
            arch.append(indent + "    subclass: SRAM_MD")
            md = ""
            if sparse:
                md = (", metadata_storage_width: 64, metadata_storage_depth: 1048576, "
                      "metadata_datawidth: %d, decompression_supported: true, "
                      "compression_supported: true" % rng.choice([4, 8, 16]))
            arch.append(indent + "    attributes: {datawidth: %d, width: %d, block_size: %d, "
                        "depth: 1048576, meshX: %d, meshY: %d%s%s}"
                        % (wordbits, wordbits * block, block, meshx[l], meshy[l], bw, md))
    macs = mac_mx * mac_my
    mac_name = "MAC"
    if macs != count:
        mac_name = "MAC[0..%d]" % (macs // count - 1)
    arch.append(indent + "  - name: %s" % mac_name)
    arch.append(indent + "    class: compute")
    arch.append(indent + "    attributes: {datawidth: %d, meshX: %d, meshY: %d}" % (wordbits, mac_mx, mac_my))
    # Paths for the ERT.
    mapping = ["mapping:"]
    for l in range(nlev):
        name = level_names[l]
        k = keep[l]
        mapping.append("  - {target: %s, type: datatype, keep: [%s], bypass: [%s]}" % (
            name, ", ".join(k), ", ".join(n for n in names if n not in k)))
        perm = dims[:]
        rng.shuffle(perm)
        mapping.append("  - {target: %s, type: temporal, factors: %s, permutation: %s}" % (
            name, " ".join("%s=%d" % (d, level_t[l][d]) for d in dims), "".join(perm)))
        if fanx[l] * fany[l] > 1:
            xs = [d for d in dims if level_x[l][d] > 1]
            ys = [d for d in dims if level_y[l][d] > 1]
            rest = [d for d in dims if d not in xs and d not in ys]
            rng.shuffle(xs)
            rng.shuffle(ys)
            f = {d: level_x[l][d] * level_y[l][d] for d in dims}
            mapping.append("  - {target: %s, type: spatial, factors: %s, permutation: %s, split: %d}" % (
                name, " ".join("%s=%d" % (d, f[d]) for d in dims), "".join(xs + ys + rest), len(xs)))
    densities = {}
    sparse_text = "sparse_optimizations:\n  targets: []\n"
    if sparse:
        densities, sparse_text = gen_sparse(rng, names, spaces, level_names, keep)
    return {"problem": problem_yaml(dims, bounds, spaces, coefs, densities),
            "arch": "\n".join(arch) + "\n", "map": "\n".join(mapping) + "\n",
            "sparse": sparse_text, "levels": level_names, "ert_seed": rng.random()}


def gen_sparse(rng, names, spaces, level_names, keep):
    """Densities of the operands, per-rank formats where they are kept, and
    gating/skipping SAFs (leader -> follower or double-sided), compute
    gating/skipping."""
    operands = [n for n, _, rw in spaces if not rw]
    densities = {}
    for n in operands:
        r = rng.random()
        if r < 0.35:
            densities[n] = "{distribution: fixed-structured, density: %s}" % rng.choice(
                ["0.25", "0.5", "0.75"])
        elif r < 0.7:
            densities[n] = "{distribution: hypergeometric, density: %s}" % rng.choice(
                ["0.1", "0.2", "0.3", "0.45", "0.6", "0.8"])
    # Per operand, one format (enough UOP ranks over an inner rank) used at
    # every kept level from a random level up: Timeloop models neither
    # compression between two on-chip levels nor pre-tiling into other
    # formats, so a compressed level's parents are compressed alike.
    formats = {}
    for n in operands:
        if n not in densities or rng.random() < 0.3:
            continue
        inner = rng.choice(["B", "CP", "RLE", "UB", "CP", "B"])
        bits = "" if rng.random() < 0.3 else ", metadata-word-bits: %d" % rng.choice(
            [1, 2, 3, 4, 5, 8] if inner != "B" else [1])
        ranks = ["{format: UOP, payload-word-bits: 0}"] * 9 + ["{format: %s%s}" % (inner, bits)]
        kept = [l for l in range(len(level_names)) if n in keep[l]]
        formats[n] = (set(kept[rng.randrange(len(kept)):]), ranks)
    targets = []
    for l, lname in enumerate(level_names):
        entry = []
        reps = []
        for n in operands:
            if n in formats and l in formats[n][0]:
                reps.append((n, formats[n][1]))
        if reps:
            entry.append("      representation-format:")
            entry.append("        data-spaces:")
            for n, ranks in reps:
                entry.append("          - name: %s" % n)
                entry.append("            rank-application-order: inner-to-outer")
                entry.append("            ranks:")
                for r in ranks:
                    entry.append("              - %s" % r)
        acts = []
        if lname != "DRAM" and keep[l] and rng.random() < 0.5:
            kind = rng.choice(["gating", "skipping"])
            tgt = rng.choice(keep[l])  # a SAF acts on what the level keeps
            leaders = [n for n in operands if n != tgt]
            if rng.random() < 0.3 and tgt not in operands:
                leaders = operands[:]
            acts.append((kind, tgt, leaders))
            if tgt in operands and rng.random() < 0.3:  # double-sided
                acts.append((kind, leaders[0], [tgt]))
        if acts:
            entry.append("      action-optimization:")
            for kind, tgt, leaders in acts:
                entry.append("        - type: %s" % kind)
                entry.append("          target: %s" % tgt)
                entry.append("          condition-on: [%s]" % ", ".join(leaders))
        if entry:
            targets.append("    - name: %s" % lname)
            targets.extend(entry)
    r = rng.random()
    if r < 0.4:
        targets.append("    - name: MAC")
        targets.append("      compute-optimization:")
        targets.append("        - type: %s" % rng.choice(["gating", "skipping"]))
    text = "sparse_optimizations:\n  targets:" + ("\n" + "\n".join(targets) if targets else " []") + "\n"
    return densities, text


def ert_yaml(case, paths):
    rng = random.Random(case["ert_seed"])
    # Sparse cases also leave actions out (Timeloop then falls back to other
    # ERT names or to its built-in energies); dense ones keep the corpus of
    # fuzz-dense.test as it was.
    drop = random.Random(case["ert_seed"] + 1) if "targets: []" not in case["sparse"] else None
    lines = ["ERT:", "  version: 0.3", "  tables:"]
    for p in paths["storage"]:
        energies = [(a, rng.uniform(0.1, 20)) for a in STORAGE_ACTIONS]
        if drop and drop.random() < 0.3:
            energies = [(a, e) for a, e in energies if drop.random() < 0.5]
        lines.append("    - name: %s" % p)
        lines.append("      actions:" if energies else "      actions: []")
        for a, e in energies:
            lines.append("        - {name: %s, energy: %.3f}" % (a, e))
    lines.append("    - name: %s" % paths["compute"])
    lines.append("      actions:")
    for a in ["mac_random", "mac_gated", "mac_skipped"]:
        lines.append("        - {name: %s, energy: %.3f}" % (a, rng.uniform(0.1, 5)))
    return "\n".join(lines) + "\n"


def component_paths(arch_text):
    """Full component names of every storage level and the MACs, from the tree."""
    storage, compute = [], None
    stack = []
    for line in arch_text.splitlines():
        s = line.lstrip()
        ind = len(line) - len(s)
        if s.startswith("- name: "):
            name = s[len("- name: "):]
            while stack and stack[-1][0] >= ind:
                stack.pop()
            stack.append((ind, name))
        elif s.startswith("class: "):
            path = ".".join(n for _, n in stack)
            if s.endswith("compute"):
                compute = path
            else:
                storage.append(path)
    return {"storage": storage, "compute": compute}


def write_case(case, d):
    os.makedirs(d, exist_ok=True)
    paths = component_paths(case["arch"])
    files = {"problem.yaml": case["problem"], "arch.yaml": case["arch"],
             "map.yaml": case["map"], "sparse_opt.yaml": case["sparse"],
             "ERT.yaml": ert_yaml(case, paths)}
    for n, t in files.items():
        with open(os.path.join(d, n), "w") as f:
            f.write(t)


FILES = ["arch.yaml", "problem.yaml", "map.yaml", "sparse_opt.yaml", "ERT.yaml"]


def run_case(d, args):
    p = subprocess.run([args.timeloop_model] + FILES, cwd=d, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=300)
    stats = os.path.join(d, "timeloop-model.stats.txt")
    tl_ok = p.returncode == 0 and os.path.exists(stats)
    # Against the public Timeloop: count as it does (docs/cost-model.md).
    q = subprocess.run([args.sparse_model] + FILES + ["--format=json", "--quiet",
                                                     "--timeloop-variant=public-2022"], cwd=d,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    if not tl_ok:
        tail = [l for l in p.stdout.splitlines() if l.strip()][-2:]
        if q.returncode == 2:
            return "both-invalid", "both reject the mapping: %s" % " | ".join(tail)
        return "timeloop-rejects", "timeloop-model failed: %s; sparse-model exit %d" % (
            " | ".join(tail), q.returncode)
    if q.returncode != 0:
        return "sparse-model-rejects", "sparse-model exit %d: %s" % (q.returncode, q.stderr.strip()[:300])
    tl = timeloop_stats.parse(open(stats).read())
    sm = json.loads(q.stdout)
    c = oracle_compare.compare(tl, sm)
    if c.mismatches:
        bad = c.mismatches
        # An unsigned count that went below zero in Timeloop (printed near
        # 2^64): its arithmetic is not a count any more (docs/validation.md).
        wrapped = [r for r in c.rows if isinstance(r[1], (int, float)) and r[1] >= 2**63]
        if wrapped:
            return "timeloop-underflow", "Timeloop prints %s = %d (a count below zero); " \
                "sparse-model %s" % (wrapped[0][0], wrapped[0][1], wrapped[0][2])
        return "differs", "%d of %d differ; first: %s" % (len(bad), c.compared,
                                                        oracle_compare.format_row(bad[0]))
    return "agrees", "%d compared" % c.compared


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--timeloop-model", default=os.environ.get("TIMELOOP_MODEL"))
    ap.add_argument("--sparse-model", default=os.path.join(ROOT, "build", "bin", "sparse-model"))
    ap.add_argument("--cases", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--sparse", action="store_true")
    ap.add_argument("--keep", help="keep the case folders here")
    ap.add_argument("--markdown", help="write the disagreement table here")
    ap.add_argument("--allow-differ", type=int, default=0,
                    help="succeed with up to this many cases outside agrees/both-invalid")
    args = ap.parse_args()
    if not args.timeloop_model:
        print("error: no timeloop-model")
        return 2
    work = args.keep or tempfile.mkdtemp(prefix="oracle-fuzz.")
    os.makedirs(work, exist_ok=True)
    dirs = []
    for i in range(args.cases):
        rng = random.Random("%d-%d" % (args.seed, i))
        case = gen_case(rng, args.sparse)
        d = os.path.join(work, "case%05d" % i)
        write_case(case, d)
        dirs.append(d)
    counts = {}
    first = {}  # kind of the first differing quantity -> (count, example)
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for d, (kind, msg) in zip(dirs, pool.map(lambda d: run_case(d, args), dirs)):
            counts[kind] = counts.get(kind, 0) + 1
            if kind not in ("agrees", "both-invalid"):
                print("%s: %s: %s" % (os.path.basename(d), kind, msg[:400]))
            if kind == "differs":
                m = re.search(r"first: DIFF (\S+)", msg)
                q = quantity_kind(m.group(1)) if m else "?"
                n, ex = first.get(q, (0, os.path.basename(d)))
                first[q] = (n + 1, ex)
    seconds = time.time() - start
    print(", ".join("%s %d" % kv for kv in sorted(counts.items())))
    if args.markdown:
        valid = counts.get("agrees", 0) + counts.get("differs", 0)
        lines = ["# Differential campaign against the public Timeloop", "",
                 "Generated by `scripts/oracle_fuzz.py --timeloop-model $(scripts/oracle.sh) "
                 "%s--cases %d --seed %d --jobs %d --markdown <this file>` in %.0f s. Each "
                 "case is a random valid Timeloop input (scripts/oracle_fuzz.py says what "
                 "is drawn); `sparse-model --timeloop-variant=public-2022` and "
                 "`timeloop-model` run on the same files and every quantity is compared "
                 "(scripts/oracle_compare.py: cycles 0.5 %%, energy 1 %%, every per-level, "
                 "per-tensor action and format count 1 %%, +-1 below 10)."
                 % ("--sparse " if args.sparse else "", args.cases, args.seed, args.jobs,
                    seconds), "",
                 "Cases both tools evaluate: %d, of which %d agree (%.1f %%)."
                 % (valid, counts.get("agrees", 0),
                    100.0 * counts.get("agrees", 0) / valid if valid else 0.0), "",
                 "| class | cases |", "|---|---:|"]
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
            lines.append("| %s | %d |" % (k, v))
        if first:
            lines += ["", "| first differing quantity (cases that differ) | cases | example |",
                      "|---|---:|---|"]
            for q, (n, ex) in sorted(first.items(), key=lambda kv: -kv[1][0]):
                lines.append("| %s | %d | %s |" % (q, n, ex))
        with open(args.markdown, "w") as f:
            f.write("\n".join(lines) + "\n")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    others = sum(v for k, v in counts.items() if k not in ("agrees", "both-invalid"))
    return 0 if others <= args.allow_differ else 1


def quantity_kind(name):
    """'L2.Inputs.format_reads.actual[1].pl' -> 'level.tensor.format_reads.actual.pl'."""
    parts = name.split(".")
    if len(parts) >= 3:
        parts = ["level", "tensor"] + parts[2:]
    elif len(parts) == 2 and parts[0] not in ("compute",):
        parts = ["level"] + parts[1:]
    return re.sub(r"\[\d+\]", "", ".".join(parts))


if __name__ == "__main__":
    sys.exit(main())
