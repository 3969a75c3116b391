#!/usr/bin/env python3
"""Strict reader of `timeloop-model.stats.txt` (public Timeloop/Sparseloop).

Every line of the file must be recognised: a line this reader does not know
raises `StatsError` with its line number, so a comparison built on it can
never skip a block silently (the `A (Streamed):` blocks of the authors' fork
are read, and marked as streamed).

`parse(text)` returns the numbers in the shape of `sparse-model --format
json` (per-instance action counts, per-rank (metadata, payload) format
counts, per-tensor energy), plus what only Timeloop prints (network
energies, the summary):

    {"cycles": int, "energy_pJ": float,      # energy: sum of the components
     "summary": {"cycles": int, "energy_uJ": float},
     "compute": {"name", "algorithmic", "actual", "gated", "skipped",
                 "utilized_instances", "cycles", "energy_pJ"},
     "levels": [{"name", "cycles", "slowdown",
                 "tensors": {T: {"streamed": bool, "reads"|"fills"|"updates":
                     {"algorithmic", "actual", "gated", "skipped"},
                     "format_reads"|...: {"actual"|"gated"|"skipped":
                         None (printed as 0 bits) or [[md, pl], ...] rank 0 first},
                     "utilized_instances", "energy_pJ", ...}}}],
     "networks": [{"name", "energy_pJ"}]}

Usage as a command: timeloop_stats.py FILE  (prints the JSON).
"""
import json
import re
import sys


class StatsError(Exception):
    pass


_NUM = r"(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|inf|-inf|nan|-)"


def _num(text, where):
    text = text.strip()
    if text == "-":
        return None
    try:
        v = float(text)
    except ValueError:
        raise StatsError("%s: not a number: %r" % (where, text))
    return int(v) if v.is_integer() and abs(v) < 2**62 else v


# Keys of a storage level's per-tensor STATS block (sparse modules) that
# carry one value; the value's unit (if any) follows.
_TENSOR_SCALAR = {
    "Partition size": "partition_size",
    "Tile density distribution": None,  # a name, not compared
    "Data tile shape": "tile_shape",
    "Max utilized data storage capacity": "utilized_capacity",
    "Representation format": None,
    "Utilized instances (max)": "utilized_instances",
    "Utilized instances (average)": "utilized_instances_average",
    "Utilized clusters (max)": "utilized_clusters",
    "Temporal reductions (per-instance)": "temporal_reductions",
    "Address generations (per-cluster)": "address_generations",
    "Energy (per-scalar-access)": None,
    "Energy (per-instance)": "energy_per_instance_pJ",
    "Energy (total)": "energy_pJ",
    "Temporal Reduction Energy (per-instance)": None,
    "Temporal Reduction Energy (total)": "temporal_reduction_energy_pJ",
    "Address Generation Energy (per-cluster)": None,
    "Address Generation Energy (total)": "address_generation_energy_pJ",
    "Average Shared Bandwidth (per-instance)": None,
    "Shared Bandwidth (total)": None,
    "Average Read Bandwidth (per-instance)": None,
    "Read Bandwidth (total)": None,
    "Average Write Bandwidth (per-instance)": None,
    "Write Bandwidth (total)": None,
    # Dense-module spellings (a design without sparse_optimizations).
    "Utilized capacity": "utilized_capacity",
    "Scalar reads (per-instance)": "dense_reads",
    "Scalar updates (per-instance)": "dense_updates",
    "Scalar fills (per-instance)": "dense_fills",
    "Shared Bandwidth (per-instance)": None,
    "Read Bandwidth (per-instance)": None,
    "Write Bandwidth (per-instance)": None,
}

_ACTION = re.compile(
    r"^(Algorithmic|Actual|Gated|Skipped) scalar (reads|fills|updates) \(per-instance\)$")
_FORMAT = re.compile(
    r"^(Actual|Gated|Skipped) scalar format (reads|fills|updates) \(per-instance\)$")
_RANK = re.compile(
    r"^ {12}Rank (\d+) \(metadata, payload\): \(" + _NUM + r",\s+" + _NUM + r"\)$")
_KV = re.compile(r"^(\s+)(\S.*?)\s*:(?: (.*))?$")

_COMPUTE_KEYS = {
    "Utilized instances (max)": "utilized_instances",
    "Utilized instances (average)": "utilized_instances_average",
    "Cycles": "cycles",
    "Algorithmic Computes (total)": "algorithmic",
    "Actual Computes (total)": "actual",
    "Gated Computes (total)": "gated",
    "Skipped Computes (total)": "skipped",
    "Energy (total)": "energy_pJ",
    "Area (total)": None,
    # dense module
    "Utilized instances": "utilized_instances",
    "Computes (total)": "actual",
}

_NETWORK_KEYS = {
    "Fanout": None, "Fanout (distributed)": None, "Multicast factor": None,
    "Multicast factor (distributed)": None, "Ingresses": None,
    "Link transfers": None, "Spatial reductions": None,
    "Average number of hops": None, "Energy (per-hop)": None,
    "Energy (per-instance)": None, "Energy (total)": "energy_pJ",
    "Link transfer energy (per-instance)": None,
    "Link transfer energy (total)": "link_energy_pJ",
    "Spatial Reduction Energy (per-instance)": None,
    "Spatial Reduction Energy (total)": "spatial_reduction_energy_pJ",
}


def _value(raw, where, unit=None):
    raw = raw.strip()
    for u in (" pJ", " fJ", " um^2", " words/cycle", " mm^2", " pJ/b/mm"):
        if raw.endswith(u):
            raw = raw[: -len(u)]
            break
    return _num(raw, where)


def parse(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = {"levels": [], "networks": [], "compute": None, "summary": {}}
    i = 0
    n = len(lines)

    def err(msg):
        raise StatsError("line %d: %s: %r" % (i + 1, msg, lines[i] if i < n else "<eof>"))

    def expect(pattern):
        nonlocal i
        if i >= n or not re.match(pattern, lines[i]):
            err("expected /%s/" % pattern)
        m = re.match(pattern, lines[i])
        i += 1
        return m

    def blank():
        nonlocal i
        while i < n and lines[i].strip() == "":
            i += 1

    expect(r"^Buffer and Arithmetic Levels$")
    expect(r"^-+$")
    while i < n and lines[i].startswith("Level "):
        expect(r"^Level \d+$")
        expect(r"^-+$")
        name = expect(r"^=== (.+) ===$").group(1)
        blank()
        expect(r"^    SPECS$")
        expect(r"^    -----$")
        # SPECS: key : value lines, not compared; anything else is an error.
        specs = {}
        while i < n and lines[i].strip() != "":
            m = _KV.match(lines[i])
            if not m:
                err("unreadable SPECS line")
            specs[m.group(2)] = m.group(3)
            i += 1
        blank()
        if "Compute energy" in specs:
            out["compute"] = _parse_compute(lines, i, name, err)
            i = out["compute"].pop("_next")
            continue
        level = {"name": name, "tensors": {}}
        if i < n and lines[i] == "    MAPPING":
            i += 1
            expect(r"^    -------$")
            expect(r"^    Loop nest:$")
            while i < n and lines[i].strip() != "":
                if not re.match(r"^\s+for \S+ in \[\d+:\d+(,\d+)?\)( \(Spatial-[XY]\))?( \(Temporal\))?$",
                                lines[i]):
                    err("unreadable loop")
                i += 1
            blank()
        expect(r"^    STATS$")
        expect(r"^    -----$")
        level["cycles"] = _value(expect(r"^    Cycles\s+: (.*)$").group(1), name)
        level["slowdown"] = _value(expect(r"^    Bandwidth throttling : (.*)$").group(1), name)
        while i < n and lines[i].strip() != "":
            m = re.match(r"^    (\w+)( \(Streamed\))?:$", lines[i])
            if not m:
                err("expected a data-space block")
            i += 1
            t = {"streamed": bool(m.group(2))}
            level["tensors"][m.group(1)] = t
            i = _parse_tensor(lines, i, t, "%s.%s" % (name, m.group(1)), err)
        out["levels"].append(level)
        blank()
    if out["compute"] is None:
        err("no arithmetic level")
    expect(r"^Networks$")
    expect(r"^-+$")
    while i < n and lines[i].startswith("Network "):
        expect(r"^Network \d+$")
        expect(r"^-+$")
        net = {"name": lines[i].strip(), "energy_pJ": 0.0}
        i += 1
        blank()
        expect(r"^    SPECS$")
        expect(r"^    -----$")
        while i < n and lines[i].strip() != "":
            if not _KV.match(lines[i]):
                err("unreadable network SPECS line")
            i += 1
        blank()
        expect(r"^    STATS$")
        expect(r"^    -----$")
        while i < n and lines[i].strip() != "":
            if re.match(r"^    \w+:$", lines[i]):
                i += 1
                continue
            if re.match(r"^ {12}@multicast \d+ @scatter \d+: " + _NUM + "$", lines[i]):
                i += 1
                continue
            m = _KV.match(lines[i])
            if not m or m.group(1) != " " * 8 or m.group(2) not in _NETWORK_KEYS:
                err("unknown network statistic")
            key = _NETWORK_KEYS[m.group(2)]
            if key:
                v = _value(m.group(3) or "", net["name"])
                net["energy_pJ"] += v or 0.0
            i += 1
        out["networks"].append(net)
        blank()
    blank()
    # Operational intensity / summary sections: read the totals strictly,
    # the per-component breakdown loosely (it repeats the numbers above).
    while i < n:
        line = lines[i]
        m = re.match(r"^Cycles: (\d+)$", line)
        if m:
            out["summary"]["cycles"] = int(m.group(1))
        m = re.match(r"^Energy: " + _NUM + r" uJ$", line)
        if m:
            out["summary"]["energy_uJ"] = float(m.group(1))
        i += 1
    if "cycles" not in out["summary"] or "energy_uJ" not in out["summary"]:
        raise StatsError("no summary (Cycles:/Energy:) at the end of the file")
    out["cycles"] = out["summary"]["cycles"]
    total = out["compute"]["energy_pJ"]
    for lv in out["levels"]:
        for t in lv["tensors"].values():
            total += t.get("energy_pJ", 0.0) + t.get("temporal_reduction_energy_pJ", 0.0) + \
                t.get("address_generation_energy_pJ", 0.0)
    for net in out["networks"]:
        total += net["energy_pJ"]
    out["energy_pJ"] = total
    # The summary is rounded to 10 nJ; the sum of the parts must agree with it.
    if abs(total / 1e6 - out["summary"]["energy_uJ"]) > 0.006 + 1e-4 * total / 1e6:
        raise StatsError("the per-component energies add up to %.2f pJ but the summary says %s uJ"
                         % (total, out["summary"]["energy_uJ"]))
    return out


def _parse_compute(lines, i, name, err):
    c = {"name": name}
    if lines[i] != "    STATS":
        err("expected STATS of the arithmetic level")
    i += 2
    # A dense arithmetic level prints no blank line after its statistics.
    while i < len(lines) and lines[i].startswith("    "):
        m = _KV.match(lines[i])
        if not m or m.group(2) not in _COMPUTE_KEYS:
            raise StatsError("line %d: unknown compute statistic: %r" % (i + 1, lines[i]))
        key = _COMPUTE_KEYS[m.group(2)]
        if key:
            c[key] = _value(m.group(3) or "", name)
        i += 1
    for k in ("algorithmic", "gated", "skipped"):
        c.setdefault(k, c.get("actual") if k == "algorithmic" else 0)
    while i < len(lines) and lines[i].strip() == "":
        i += 1
    c["_next"] = i
    return c


def _parse_tensor(lines, i, t, where, err_unused):
    n = len(lines)
    pending = None  # (dict, key) awaiting Rank lines
    while i < n:
        line = lines[i]
        if line.strip() == "" or re.match(r"^    \w+( \(Streamed\))?:$", line):
            break
        m = _RANK.match(line)
        if m:
            if pending is None:
                raise StatsError("line %d: a Rank line outside a per-rank block: %r" % (i + 1, line))
            target, key = pending
            r = int(m.group(1))
            ranks = target.setdefault(key, [])
            while len(ranks) <= r:
                ranks.append(None)
            ranks[r] = [_num(m.group(2), where), _num(m.group(3), where)]
            i += 1
            continue
        if re.match(r"^ {12}Breakdown \(Data, Format\): \(" + _NUM + r"%, " + _NUM + r"%\)$", line):
            i += 1
            continue
        m = _KV.match(line)
        if m and m.group(1) == " " * 8:
            key, val = m.group(2), m.group(3)
        elif line.startswith(" " * 8) and line[8] != " " and ":" not in line:
            # A per-rank block's header: no colon, the ranks follow.
            key, val = line.strip(), None
        else:
            raise StatsError("line %d: %s: unreadable line: %r" % (i + 1, where, line))
        pending = None
        a = _ACTION.match(key)
        f = _FORMAT.match(key)
        if a:
            kind, op = a.group(1).lower(), a.group(2)
            t.setdefault(op, {})[kind] = _value(val or "", where)
        elif f:
            kind, op = f.group(1).lower(), f.group(2)
            fmt = t.setdefault("format_" + op, {})
            if val is None:
                fmt[kind] = []
                pending = (fmt, kind)
            elif _num(val, where) == 0:
                fmt[kind] = None  # Timeloop prints 0 when the bit total is 0
            else:
                raise StatsError("line %d: %s: unexpected format value %r" % (i + 1, where, val))
        elif key == "Max utilized Repr format storage capacity":
            if val is None:
                t["format_capacity"] = []
                pending = (t, "format_capacity")
            elif _num(val, where) != 0:
                raise StatsError("line %d: %s: unexpected capacity %r" % (i + 1, where, val))
        elif key in _TENSOR_SCALAR:
            name = _TENSOR_SCALAR[key]
            if name:
                t[name] = _value(val or "", where)
            elif key == "Representation format":
                t["format"] = (val or "").strip()
        else:
            raise StatsError("line %d: %s: unknown statistic %r" % (i + 1, where, key))
        i += 1
    for k in ("format_reads", "format_fills", "format_updates", "format_capacity"):
        for kind, ranks in (t.get(k) or {}).items() if isinstance(t.get(k), dict) else []:
            if ranks is not None and any(r is None for r in ranks):
                raise StatsError("%s: %s %s misses a rank" % (where, k, kind))
    # Dense modules print one count per action: it is the actual count.
    for op in ("reads", "fills", "updates"):
        if "dense_" + op in t:
            v = t.pop("dense_" + op)
            t[op] = {"algorithmic": v, "actual": v, "gated": 0, "skipped": 0}
    return i


def main(argv):
    if len(argv) != 2:
        print("usage: timeloop_stats.py timeloop-model.stats.txt", file=sys.stderr)
        return 2
    try:
        with open(argv[1]) as f:
            stats = parse(f.read())
    except (OSError, StatsError) as e:
        print("error: %s: %s" % (argv[1], e), file=sys.stderr)
        return 1
    json.dump(stats, sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
