#!/usr/bin/env python3
"""Compares `sparse-model --format json` with the real `timeloop-model`.

`compare(tl, sm)` takes Timeloop's numbers (read by timeloop_stats.parse)
and sparse-model's JSON for the same files and returns a `Comparison`: every
quantity compared, by name, with both values and its relative difference.
Nothing present on one side is skipped: a level or a kept tensor that only
one side has is a mismatch of its own.

Compared: total cycles (0.5 %), total energy (1 %); compute algorithmic /
actual / gated / skipped; per level cycles (0.5 %); per level and tensor
the utilised instances (Timeloop's average, the factor of the totals), the algorithmic / actual / gated / skipped reads,
fills and updates, the actual / gated / skipped format (metadata, payload)
accesses of every rank (1 %), and the tensor's energy (1 %). Counts below
10 are compared absolutely (+-1: Timeloop floors fractional counts).

Usage as a command: oracle_compare.py timeloop-model.stats.txt sparse-model.json
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import timeloop_stats  # noqa: E402

CYCLE_TOL = 0.005
ENERGY_TOL = 0.01
ACTION_TOL = 0.01
OPS = ("reads", "fills", "updates")
KINDS = ("actual", "gated", "skipped")


def rel(a, b):
    if a == b:
        return 0.0
    if b == 0:
        return math.inf
    return abs(a - b) / abs(b)


class Comparison:
    def __init__(self):
        self.rows = []  # (name, timeloop, sparse-model, rel, tol, ok)

    def add(self, name, tl, sm, tol, absolute=0.0):
        if tl is None or sm is None:
            ok, e = tl is None and sm is None, 0.0 if tl is None and sm is None else math.inf
        else:
            e = rel(sm, tl)
            ok = e <= tol or abs(sm - tl) <= absolute
        self.rows.append((name, tl, sm, e, tol, ok))

    def count(self, name, tl, sm):
        # Timeloop floors fractional counts; tiny counts differ by one.
        self.add(name, tl, sm, ACTION_TOL, absolute=1.0 if max(tl or 0, sm or 0) < 10 else 0.0)

    @property
    def compared(self):
        return len(self.rows)

    @property
    def mismatches(self):
        return [r for r in self.rows if not r[5]]

    def worst(self, prefix=None):
        rows = [r for r in self.rows if prefix is None or r[0].startswith(prefix)]
        return max(rows, key=lambda r: (not r[5], r[3] if math.isfinite(r[3]) else 1e300),
                   default=None)

    def get(self, name):
        for r in self.rows:
            if r[0] == name:
                return r
        return None


def _ranks(value):
    """A Timeloop per-rank block: None means 'printed as 0 bits'."""
    return value


def compare(tl, sm):
    c = Comparison()
    c.add("cycles", tl["cycles"], sm["cycles"], CYCLE_TOL)
    # Timeloop prints energies to 0.01 pJ: allow that much per printed term.
    terms = 1 + sum(len(l["tensors"]) * 3 for l in tl["levels"]) + len(tl["networks"])
    c.add("energy_pJ", tl["energy_pJ"], sm["energy_pJ"], ENERGY_TOL, absolute=0.005 * terms)
    tc, sc = tl["compute"], sm["compute"]
    for k in ("algorithmic", "actual", "gated", "skipped"):
        c.count("compute.%s" % k, tc.get(k, 0), sc.get(k, 0))
    c.add("compute.energy_pJ", tc["energy_pJ"], sc["energy_pJ"], ENERGY_TOL, absolute=0.01)
    sm_levels = {l["name"]: l for l in sm["levels"]}
    tl_names = [l["name"] for l in tl["levels"]]
    for name in sm_levels:
        if name not in tl_names:
            c.add("level %s (only in sparse-model)" % name, None, 1, 0)
    for lv in tl["levels"]:
        name = lv["name"]
        s = sm_levels.get(name)
        if s is None:
            c.add("level %s (only in Timeloop)" % name, 1, None, 0)
            continue
        c.add("%s.cycles" % name, lv["cycles"], s["cycles"], CYCLE_TOL)
        for tname in sorted(set(lv["tensors"]) | set(s["tensors"])):
            t, st = lv["tensors"].get(tname), s["tensors"].get(tname)
            where = "%s.%s" % (name, tname)
            if t is None or st is None:
                c.add("%s kept (only in %s)" % (where, "Timeloop" if st is None else "sparse-model"),
                      None if t is None else 1, None if st is None else 1, 0)
                continue
            # Timeloop's "(max)" is the bounding rectangle of the used part of
            # the mesh; its "(average)" is what multiplies per-instance counts
            # into totals, and what sparse-model reports.
            c.count(where + ".utilized_instances",
                    t.get("utilized_instances_average", t.get("utilized_instances", 0)),
                    st["utilized_instances"])
            for op in OPS:
                for kind in ("algorithmic",) + KINDS:
                    c.count("%s.%s.%s" % (where, op, kind), t[op][kind], st[op][kind])
                fmt = t.get("format_" + op)
                if fmt is None:
                    continue  # an uncompressed tensor: Timeloop prints no format block
                for kind in KINDS:
                    ranks = fmt.get(kind)
                    mine = st["format_" + op][kind]
                    if ranks is None:
                        # Timeloop printed 0: the access bits total zero. Our
                        # counts must then carry no bits either.
                        widths = st.get("format_word_bits")
                        if widths is None or len(widths) < len(mine):
                            c.add("%s.format_%s.%s: sparse-model gives no word bits"
                                  % (where, op, kind), 0, None, 0)
                            continue
                        bits = sum((r[0] * w[0] + r[1] * w[1]) for r, w in zip(mine, widths))
                        c.count("%s.format_%s.%s.bits" % (where, op, kind), 0, bits)
                        continue
                    for r, (md, pl) in enumerate(ranks):
                        gmd, gpl = mine[r] if r < len(mine) else (0, 0)
                        c.count("%s.format_%s.%s[%d].md" % (where, op, kind, r), md, gmd)
                        c.count("%s.format_%s.%s[%d].pl" % (where, op, kind, r), pl, gpl)
                    for r in range(len(ranks), len(mine)):
                        c.count("%s.format_%s.%s[%d] (only in sparse-model)" % (where, op, kind, r),
                                0, mine[r][0] + mine[r][1])
            tl_energy = t.get("energy_pJ", 0.0) + t.get("temporal_reduction_energy_pJ", 0.0) + \
                t.get("address_generation_energy_pJ", 0.0)
            c.add(where + ".energy_pJ", tl_energy, st["energy_pJ"], ENERGY_TOL, absolute=0.03)
    return c


def format_row(r):
    name, tl, sm, e, tol, ok = r
    pct = "inf" if not math.isfinite(e) else "%.3f %%" % (100 * e)
    return "%s %-60s timeloop %-16s sparse-model %-16s %s (tol %.1f %%)" % (
        "ok  " if ok else "DIFF", name, tl, sm, pct, 100 * tol)


def main(argv):
    if len(argv) != 3:
        print("usage: oracle_compare.py timeloop-model.stats.txt sparse-model.json", file=sys.stderr)
        return 2
    try:
        with open(argv[1]) as f:
            tl = timeloop_stats.parse(f.read())
        with open(argv[2]) as f:
            sm = json.load(f)
    except (OSError, ValueError, timeloop_stats.StatsError) as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    c = compare(tl, sm)
    for r in c.rows:
        if not r[5]:
            print(format_row(r))
    print("%d quantities compared, %d differ" % (c.compared, len(c.mismatches)))
    return 0 if not c.mismatches else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
