"""Shared by the Python tests: run a tool, compile IR to one accelerator
program. Not a test itself (lit.local.cfg excludes it)."""
import os
import subprocess


def run(*cmd):
    p = subprocess.run(list(cmd), capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("%s failed: %s" % (cmd[0], p.stderr))
    return p.stdout


def compile_program(tmp, ir_text, options, name="op"):
    """Writes `ir_text`, maps it with --sparse-accel-pipeline=`options` and
    lowers it with --to-accel-binary; returns the one program's path."""
    src = os.path.join(tmp, name + ".mlir")
    mapped = os.path.join(tmp, name + ".mapped.mlir")
    out = os.path.join(tmp, name + ".programs")
    with open(src, "w") as f:
        f.write(ir_text)
    run("sparse-opt", src, "--sparse-accel-pipeline=" + options, "-o", mapped)
    run("sparse-translate", "--to-accel-binary", mapped, "-o", out)
    progs = [f for f in os.listdir(out) if f.endswith(".bin")]
    if len(progs) != 1:
        with open(os.path.join(out, "HOST")) as f:
            raise AssertionError("%d programs; HOST says:\n%s"
                                 % (len(progs), f.read()))
    return os.path.join(out, progs[0])
