#!/usr/bin/env python3
"""Reads the README of a Sparseloop folder that sparse-translate
--to-sparseloop or sparse-model --emit-timeloop wrote
(lib/Target/Sparseloop/TimeloopFolder.cpp writes these lines). Every
script that checks such a folder reads it through here, so the format has
one reader.
"""
import re
import shlex


class ReadmeError(RuntimeError):
    pass


def commands(readme):
    """The timeloop-model and sparse-model commands the README gives."""
    tl = re.search(r"^Run Sparseloop on this folder:\n\n    (timeloop-model .*)$", readme, re.M)
    sm = re.search(r"^or the compiler's model on the same files:\n\n    (sparse-model .*)$",
                   readme, re.M)
    if not tl or not sm:
        raise ReadmeError("README does not give the timeloop-model and sparse-model commands")
    return shlex.split(tl.group(1)), shlex.split(sm.group(1))


def approximation_claim(readme):
    """None when the README lists no approximation; otherwise the numbers it
    says the files give (cycles, energy pJ) next to its reference's (the
    operation's accel.cost, or sparse-model's evaluation)."""
    if re.search(r"^Approximations: none\b", readme, re.M):
        return None
    m = re.search(r"^Approximations \(these files give (\d+) cycles and ([0-9.e+-]+) pJ; "
                  r"\S+ says (\d+) cycles and ([0-9.e+-]+) pJ", readme, re.M)
    if not m:
        raise ReadmeError("README lists approximations but not the difference they make")
    return int(m.group(1)), float(m.group(2)), int(m.group(3)), float(m.group(4))


def public_claim(readme):
    """(cycles, energy pJ) the README says the public Timeloop of July 2022
    gives where it counts differently from Sparseloop, or None."""
    m = re.search(r"^Timeloop versions: the public Timeloop of July 2022 gives (\d+) cycles "
                  r"and ([0-9.e+-]+) pJ", readme, re.M)
    return (int(m.group(1)), float(m.group(2))) if m else None


def public_refusal(readme):
    """Whether the README says the public Timeloop of July 2022 refuses the
    files (its rounding overflows a buffer that Sparseloop's count fits)."""
    return re.search(r"^Timeloop versions: the public Timeloop of July 2022 refuses",
                     readme, re.M) is not None
