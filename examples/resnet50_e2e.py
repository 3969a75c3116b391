#!/usr/bin/env python3
"""ResNet-50 end to end on the simulated accelerator.

Builds ResNet-50 (torchvision's architecture, written out here: no
torchvision needed) with random weights, prunes every convolution whose
channels allow it to HighLight's C1(2:4)->C0(2:4) along C (as in
examples/resnet50.mlir) and the classifier likewise, and then:

1. exports each convolution and the classifier as linalg IR with its
   weights (sparseaccel.export_module) and compiles them with
   `sparse-opt --sparse-accel-pipeline` and `sparse-translate
   --to-accel-binary`: one accelerator program per layer;
2. runs the network with every convolution and the classifier executed by
   `sparse-sim` on the real activations, and everything else (padding,
   batch norm, ReLU, pooling, residual adds, the classifier's bias) on the
   host in torch: the documented host fallback;
3. compares the logits with the same pruned network run entirely in torch
   (float64), and reports per-layer simulated versus predicted cycles.

    examples/resnet50_e2e.py [--size 224] [--budget 1000] [--arch highlight]

Exit status 1 if the logits disagree (relative error above 1e-3) or a
layer did not run on the accelerator.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "build", "python_packages"))
import torch  # noqa: E402
import sparseaccel as sa  # noqa: E402

BIN = os.environ.get("SPARSEACCEL_BIN", os.path.join(HERE, "..", "build", "bin"))


class Bottleneck(torch.nn.Module):
    def __init__(self, cin, width, stride):
        super().__init__()
        cout = width * 4
        nn = torch.nn
        self.conv1 = nn.Conv2d(cin, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, stride, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, cout, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(cout)
        self.down = None
        if stride != 1 or cin != cout:
            self.down = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False),
                                      nn.BatchNorm2d(cout))

    def forward(self, x):
        r = torch.relu(self.bn1(self.conv1(x)))
        r = torch.relu(self.bn2(self.conv2(r)))
        r = self.bn3(self.conv3(r))
        return torch.relu(r + (self.down(x) if self.down is not None else x))


class ResNet50(torch.nn.Module):
    def __init__(self, classes=1000):
        super().__init__()
        nn = torch.nn
        self.conv1 = nn.Conv2d(3, 64, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.pool = nn.MaxPool2d(3, 2, 1)
        blocks, cin = [], 64
        for width, count, stride in ((64, 3, 1), (128, 4, 2), (256, 6, 2),
                                     (512, 3, 2)):
            for i in range(count):
                blocks.append(Bottleneck(cin, width, stride if i == 0 else 1))
                cin = width * 4
        self.blocks = nn.Sequential(*blocks)
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn1(self.conv1(x))))
        x = self.blocks(x)
        return self.fc(torch.flatten(torch.mean(x, dim=(2, 3), keepdim=True), 1))


def run(*cmd):
    p = subprocess.run([os.path.join(BIN, cmd[0])] + list(cmd[1:]),
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit("%s failed:\n%s" % (cmd[0], p.stderr[-2000:]))
    return p.stdout


def layers_of(model):
    return [(name, m) for name, m in model.named_modules()
            if isinstance(m, (torch.nn.Conv2d, torch.nn.Linear))]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size", type=int, default=224, help="input height/width")
    ap.add_argument("--budget", type=int, default=1000,
                    help="mappings evaluated per layer")
    ap.add_argument("--arch", default="highlight")
    ap.add_argument("--pattern", default="C1(2:4)->C0(2:4)")
    ap.add_argument("--json", help="write the per-layer results here")
    args = ap.parse_args()

    torch.manual_seed(0)
    model = ResNet50().eval()
    with torch.no_grad():
        # Batch norm with non-trivial statistics, so the host's share is
        # real work; weights pruned along C where C allows the pattern.
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-0.1, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.0)
        for _, m in layers_of(model):
            if m.weight.shape[1] % 16 == 0:
                _, pruned = sa.prune(m.weight.detach().numpy(), args.pattern,
                                     axis=1)
                m.weight.copy_(torch.from_numpy(pruned))
    x = torch.randn(1, 3, args.size, args.size)

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.time()
        ir = os.path.join(tmp, "resnet50_layers.mlir")
        open(ir, "w").write(sa.export_module(model, tuple(x.shape)))
        mapped = os.path.join(tmp, "mapped.mlir")
        run("sparse-opt", ir, "--sparse-accel-pipeline=arch=%s budget=%d" %
            (args.arch, args.budget), "-o", mapped)
        out = os.path.join(tmp, "programs")
        run("sparse-translate", "--to-accel-binary", mapped, "-o", out)
        compile_s = time.time() - t0
        programs = {}
        for line in open(os.path.join(out, "INDEX")):
            if line.startswith("#"):
                continue
            name, _, predicted, bits, _ = line.rstrip("\n").split("\t")
            index = int(name.split("_", 1)[0][len("layer"):])
            programs[index] = (name, int(predicted), int(bits))
        host = [l for l in open(os.path.join(out, "HOST"))
                if not l.startswith("#")]
        layers = layers_of(model)
        missing = [layers[i][0] for i in range(len(layers)) if i not in programs]

        # Forward with every conv/fc replaced by its program.
        results = []
        order = {m: i for i, (_, m) in enumerate(layers)}

        def on_accelerator(mod, inputs, output):
            i = order[mod]
            name, predicted, bits = programs[i]
            xin = inputs[0].detach()
            if isinstance(mod, torch.nn.Conv2d):
                p = mod.padding
                xin = torch.nn.functional.pad(xin, (p[1], p[1], p[0], p[0]))
            xi = os.path.join(tmp, "x.npy")
            yo = os.path.join(tmp, "y.npy")
            np.save(xi, xin.numpy().astype(np.float32))
            t = time.time()
            stats = json.loads(run("sparse-sim", os.path.join(out, name + ".bin"),
                                   "--input", xi, "--output", yo,
                                   "--format=json"))
            wall = time.time() - t
            y = torch.from_numpy(np.load(yo))
            if isinstance(mod, torch.nn.Linear) and mod.bias is not None:
                y = y + mod.bias.detach()  # the host adds the bias
            results.append({"layer": layers[i][0], "program": name,
                            "predicted": predicted, "simulated": stats["cycles"],
                            "effectual_macs": stats["effectual_macs"],
                            "mac_slots": stats["mac_slots"],
                            "packed_weight_bits": bits, "sim_seconds": wall})
            return y.reshape(output.shape)

        if missing:
            print("not on the accelerator: %s" % ", ".join(missing))
            print("".join(host))
            return 1
        hooks = [m.register_forward_hook(on_accelerator) for _, m in layers]
        t0 = time.time()
        with torch.no_grad():
            y_acc = model(x)
        run_s = time.time() - t0
        for h in hooks:
            h.remove()
        with torch.no_grad():
            y_ref = model.double()(x.double())

    err = float(((y_acc.double() - y_ref).abs() / (1 + y_ref.abs())).max())
    pred = sum(r["predicted"] for r in results)
    sim = sum(r["simulated"] for r in results)
    slots = sum(r["mac_slots"] for r in results)
    sim_s = sum(r["sim_seconds"] for r in results)
    print("ResNet-50, %dx%d input, %s: %d convolutions and the classifier "
          "on the accelerator (sparse-sim); padding, batch norm, ReLU, "
          "pooling, residual adds and the classifier's bias on the host "
          "(torch)" % (args.size, args.size, args.arch, len(results) - 1))
    print("%-28s %12s %12s %7s" % ("layer", "predicted", "simulated", "ratio"))
    for r in results:
        print("%-28s %12d %12d %7.3f" % (r["layer"], r["predicted"],
                                          r["simulated"],
                                          r["simulated"] / max(r["predicted"], 1)))
    print("total cycles: predicted %d, simulated %d (ratio %.3f)"
          % (pred, sim, sim / max(pred, 1)))
    print("MAC slots %d, effectual %d; simulator %.1f s (%.2e slots/s, "
          "process start-up included); compile %.1f s; network %.1f s"
          % (slots, sum(r["effectual_macs"] for r in results), sim_s,
             slots / max(sim_s, 1e-9), compile_s, run_s))
    print("logits: max relative error vs torch float64 %.2e" % err)
    if args.json:
        json.dump({"layers": results, "max_rel_err": err}, open(args.json, "w"),
                  indent=1)
    return 0 if err <= 1e-3 else 1


if __name__ == "__main__":
    sys.exit(main())
