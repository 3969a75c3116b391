"""Plots of compiler reports (matplotlib, Agg backend; PNG files).

    python3 -m sparseaccel.plots report.json --out plots/
        per-layer cycles and energy bars of an --accel-report=format=json
        report (or of run_pipeline's list of ops)
    python3 -m sparseaccel.plots study.json --out plots/
        EDP versus sparsity degree for several designs, from a study file
        written by examples/highlight_study.py
"""

import argparse
import json
import os
import sys
from typing import Dict, List, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def layer_bars(ops: Sequence[dict], path: str, title: str = "") -> str:
    """Cycles and energy per mapped op (two bar charts, one PNG)."""
    if not all(isinstance(o, dict) for o in ops):
        raise ValueError("a report is a list of operation dicts")
    mapped = [o for o in ops if o.get("mapped")]
    if not mapped:
        raise ValueError("no mapped operation to plot")
    labels = ["%d %s" % (i, o["op"].replace("linalg.", ""))
              for i, o in enumerate(mapped)]
    fig, axes = plt.subplots(2, 1, figsize=(max(6, 0.25 * len(mapped)), 6),
                             sharex=True)
    axes[0].bar(range(len(mapped)), [o["cycles"] for o in mapped],
                color="#4477aa", label="sparse")
    axes[0].bar(range(len(mapped)), [o.get("dense_cycles", 0) for o in mapped],
                color="none", edgecolor="#cc6677", label="dense")
    axes[0].set_ylabel("cycles")
    axes[0].legend()
    axes[1].bar(range(len(mapped)), [o["energy_pJ"] * 1e-6 for o in mapped],
                color="#228833")
    axes[1].set_ylabel("energy (uJ)")
    axes[1].set_xticks(range(len(mapped)))
    axes[1].set_xticklabels(labels, rotation=90, fontsize=6)
    if title:
        axes[0].set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def edp_vs_sparsity(rows: Sequence[dict], path: str, metric: str = "edp",
                    title: str = "") -> str:
    """`rows`: dicts with design, a_sparsity, b_sparsity and a metric
    normalised to the dense design (`edp`, `energy` or `latency`); one line
    per design and A sparsity, over B sparsity."""
    if not rows:
        raise ValueError("no rows to plot")
    designs = sorted({r["design"] for r in rows},
                     key=lambda d: [r["design"] for r in rows].index(d))
    a_levels = sorted({r["a_sparsity"] for r in rows})
    fig, axes = plt.subplots(1, len(a_levels), figsize=(4 * len(a_levels), 3.5),
                             sharey=True, squeeze=False)
    for ax, a in zip(axes[0], a_levels):
        for d in designs:
            pts = sorted((r["b_sparsity"], r[metric]) for r in rows
                         if r["design"] == d and r["a_sparsity"] == a)
            ax.plot([p[0] * 100 for p in pts], [p[1] for p in pts],
                    marker="o", label=d)
        ax.set_title("A sparsity %d %%" % round(a * 100))
        ax.set_xlabel("B sparsity (%)")
        ax.set_yscale("log")
        ax.grid(True, which="both", alpha=0.3)
    axes[0][0].set_ylabel("%s normalised to dense" % metric)
    axes[0][-1].legend(fontsize=7)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def main(argv: List[str] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m sparseaccel.plots",
                                 description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="a JSON report or study file")
    ap.add_argument("--out", default=".", help="output directory")
    args = ap.parse_args(argv)
    try:
        data = json.load(open(args.input))
    except (OSError, ValueError) as e:
        print("error: cannot read %s: %s" % (args.input, e), file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    stem = os.path.splitext(os.path.basename(args.input))[0]
    try:
        if isinstance(data, dict) and "rows" in data:
            for metric in ("edp", "energy", "latency"):
                print(edp_vs_sparsity(data["rows"], os.path.join(
                    args.out, "%s-%s.png" % (stem, metric)), metric))
        else:
            ops = data["ops"] if isinstance(data, dict) else data
            print(layer_bars(ops, os.path.join(args.out, stem + "-layers.png"),
                             data.get("arch", "") if isinstance(data, dict) else ""))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        print("error: %s is neither a report nor a study file: %s"
              % (args.input, e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
