#!/usr/bin/env python3
"""Writes PyTorch models as torch-mlir's `torch` dialect (value semantics).

torch-mlir is not packaged for Debian, so this is the stand-in for
`torch_mlir.compile(model, x, output_type="torch")`: the model is traced with
TorchScript (what torch-mlir's importer read until 2024), in-place operations
become their value forms (`aten.relu_` -> `aten.relu`, what torch-mlir's
MaximizeValueSemantics does), and the module is printed the way torch-mlir
prints it: `!torch.vtensor<[1,3,224,224],f32>` values, `torch.constant.*`,
`torch.prim.ListConstruct`, `torch.aten.<name>.<overload>` and weights as
`torch.vtensor.literal`.

Vintages (what changed in torch-mlir's output over the years):
  2022  `@forward`, `torch.debug_module_name`, weights as `dense<"0x...">`
  2023  `@forward`, `torch.debug_module_name`, weights as `dense_resource`
        blobs in a trailing `{-# dialect_resources #-}` section
  2024  `@main` (the FX importer's name), `dense_resource` weights

Weights can be pruned to a G:H pattern along the input channels
(`--prune 2:4`) so that the compiler has sparsity to measure.

  torch_export.py --model resnet50 -o resnet50.torch.mlir
  torch_export.py --model mobilenet_v3_small --prune 2:4 --vintage 2022 -o m.mlir
  torch_export.py --list
"""
import argparse
import sys

import torch

DTYPES = {
    torch.float32: "f32", torch.float64: "f64", torch.float16: "f16",
    torch.bfloat16: "bf16", torch.int64: "si64", torch.int32: "si32",
    torch.int16: "si16", torch.int8: "si8", torch.uint8: "ui8",
    torch.bool: "i1",
}
SCALAR_TYPES = {"Float": torch.float32, "Double": torch.float64,
                "Half": torch.float16, "BFloat16": torch.bfloat16,
                "Long": torch.int64, "Int": torch.int32, "Short": torch.int16,
                "Char": torch.int8, "Byte": torch.uint8, "Bool": torch.bool}


class TinyTransformer(torch.nn.Module):
    """A BERT-style encoder block stack (post-norm, GELU FFN)."""

    def __init__(self, layers=2, d=256, heads=4, ffn=1024, seq=64, vocab=1000):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab, d)
        self.layers = torch.nn.ModuleList(
            torch.nn.TransformerEncoderLayer(d, heads, ffn, batch_first=True,
                                             activation="gelu")
            for _ in range(layers))
        self.head = torch.nn.Linear(d, 2)

    def forward(self, ids):
        x = self.embed(ids)
        for layer in self.layers:
            x = layer(x)
        return self.head(x[:, 0])


class EdgeCases(torch.nn.Module):
    """The shapes a mapper meets in real networks and rarely in examples:
    a dilated conv, ResNet-50's stride-2 1x1 downsample (1024 -> 2048,
    14x14 -> 7x7), a grouped conv, a 1x1 conv on a 1x1 map, a conv1d, a
    large linear layer and a one-element one; batch 4 throughout."""

    def __init__(self):
        super().__init__()
        self.dilated = torch.nn.Conv2d(16, 1024, 3, padding=2, dilation=2)
        self.down = torch.nn.Conv2d(1024, 2048, 1, stride=2, bias=False)
        self.grouped = torch.nn.Conv2d(2048, 2048, 3, padding=1, groups=32)
        self.point = torch.nn.Conv2d(2048, 64, 1)
        self.seq = torch.nn.Conv1d(64, 32, 5, padding=2)
        self.big = torch.nn.Linear(2048, 2048)
        self.tiny = torch.nn.Linear(1, 1)

    def forward(self, x):
        y = self.grouped(self.down(self.dilated(x)))
        y = torch.nn.functional.adaptive_avg_pool2d(y, 1)
        y = self.point(y)
        z = self.seq(y.flatten(2).expand(4, 64, 64))
        w = self.big(z.reshape(4, 2048))
        return self.tiny(w[:, :1])


def _models():
    import torchvision.models as tv
    return {
        # name: (constructor, example input)
        "resnet18": (tv.resnet18, lambda: torch.zeros(1, 3, 224, 224)),
        "resnet50": (tv.resnet50, lambda: torch.zeros(1, 3, 224, 224)),
        "mobilenet_v3_small": (tv.mobilenet_v3_small,
                               lambda: torch.zeros(1, 3, 224, 224)),
        "squeezenet1_1": (tv.squeezenet1_1, lambda: torch.zeros(1, 3, 224, 224)),
        "densenet121": (tv.densenet121, lambda: torch.zeros(1, 3, 224, 224)),
        "inception_v3": (lambda: tv.inception_v3(init_weights=False,
                                                 aux_logits=False),
                         lambda: torch.zeros(1, 3, 299, 299)),
        "shufflenet_v2_x0_5": (tv.shufflenet_v2_x0_5,
                               lambda: torch.zeros(1, 3, 224, 224)),
        "resnext50_32x4d": (tv.resnext50_32x4d,
                            lambda: torch.zeros(1, 3, 224, 224)),
        "alexnet": (tv.alexnet, lambda: torch.zeros(2, 3, 224, 224)),
        "edge_cases": (EdgeCases, lambda: torch.zeros(4, 16, 14, 14)),
        "tiny_transformer": (TinyTransformer,
                             lambda: torch.zeros(1, 64, dtype=torch.int64)),
    }


def prune_gh(weight, g, h):
    """Keeps the `g` largest of every `h` along dim 1 (input channels)."""
    if weight.dim() < 2 or weight.shape[1] % h:
        return weight
    w = weight.detach().clone()
    moved = w.movedim(1, -1)
    groups = moved.reshape(-1, h)
    keep = groups.abs().topk(g, dim=1).indices
    mask = torch.zeros_like(groups, dtype=torch.bool).scatter_(1, keep, True)
    return (groups * mask).reshape(moved.shape).movedim(-1, 1).contiguous()


class Printer:
    def __init__(self, vintage):
        self.vintage = vintage
        self.lines = []
        self.names = {}
        self.types = {}
        self.resources = []
        self.counter = 0
        self.literals = {}
        self.keep = []  # tensors made here, alive so that id() stays unique

    def fresh(self, hint=""):
        self.counter += 1
        return f"%{hint}{self.counter}"

    # -- types ---------------------------------------------------------------
    def tensor_type(self, shape, dtype):
        return f"!torch.vtensor<[{','.join(str(d) for d in shape)}],{DTYPES[dtype]}>"

    def jit_type(self, t):
        kind = t.kind()
        if kind == "TensorType":
            sizes = t.sizes()
            dtype = SCALAR_TYPES.get(t.scalarType()) if t.scalarType() else None
            if sizes is None or dtype is None:
                raise SystemExit(f"torch_export: a tensor without a static "
                                 f"shape or dtype ({t}); trace with concrete "
                                 "inputs")
            return self.tensor_type(sizes, dtype)
        simple = {"IntType": "!torch.int", "FloatType": "!torch.float",
                  "BoolType": "!torch.bool", "NoneType": "!torch.none",
                  "StringType": "!torch.str", "DeviceObjType": "!torch.Device",
                  "NumberType": "!torch.number"}
        if kind in simple:
            return simple[kind]
        if kind == "ListType":
            elem = t.getElementType().kind()
            inner = {"IntType": "int", "FloatType": "float", "BoolType": "bool",
                     "TensorType": "vtensor"}.get(elem)
            if inner:
                return f"!torch.list<{inner}>"
        raise SystemExit(f"torch_export: no torch-mlir type for {t}")

    # -- values --------------------------------------------------------------
    def literal(self, tensor, hint="w"):
        key = id(tensor)
        if key in self.literals:
            return self.literals[key]
        t = tensor.detach().contiguous()
        shape = list(t.shape)
        mlir_t = f"tensor<{'x'.join(str(d) for d in shape)}{'x' if shape else ''}{DTYPES[t.dtype]}>"
        name = self.fresh(hint)
        data = t.numpy().tobytes()
        if t.numel() == 1:
            # One value is a splat, printed as such in every vintage.
            v = t.item()
            text = ("true" if v else "false") if t.dtype == torch.bool else \
                (f"{v:.9e}" if t.is_floating_point() else str(v))
            attr = f"dense<{text}> : {mlir_t}"
        elif self.vintage == "2022":
            attr = f'dense<"0x{data.hex().upper()}"> : {mlir_t}'
        else:
            rkey = f"torch_tensor_{'_'.join(str(d) for d in shape) or 'scalar'}_{t.dtype}".replace(".", "_")
            rkey = f"{rkey}_{len(self.resources)}"
            self.resources.append((rkey, t.element_size(), data))
            attr = f"dense_resource<{rkey}> : {mlir_t}"
        self.lines.append(f"    {name} = torch.vtensor.literal({attr}) : "
                          f"{self.tensor_type(shape, t.dtype)}")
        self.literals[key] = name
        self.types[name] = self.tensor_type(shape, t.dtype)
        return name

    def constant(self, value, jt):
        kind = jt.kind()
        name = self.fresh()
        if kind == "NoneType":
            self.lines.append(f"    {name} = torch.constant.none")
        elif kind == "BoolType":
            self.lines.append(f"    {name} = torch.constant.bool {'true' if value else 'false'}")
        elif kind == "IntType":
            self.lines.append(f"    {name} = torch.constant.int {int(value)}")
        elif kind == "FloatType":
            self.lines.append(f"    {name} = torch.constant.float {float(value):.6e}")
        elif kind == "StringType":
            self.lines.append(f'    {name} = torch.constant.str "{value}"')
        elif kind == "DeviceObjType":
            self.lines.append(f'    {name} = torch.constant.device "{value}"')
        elif kind == "TensorType":
            if not isinstance(value, torch.Tensor):
                value = torch.tensor(value)  # a traced size, as a 0-d tensor
            self.keep.append(value)
            return self.literal(value, "c")
        elif kind == "ListType" and jt.getElementType().kind() in ("IntType", "BoolType", "FloatType"):
            et = jt.getElementType()
            items = [self.constant(v, et) for v in value]
            types = ", ".join(self.jit_type(et) for _ in items)
            self.lines.append(f"    {name} = torch.prim.ListConstruct {', '.join(items)} : "
                              f"({types}) -> {self.jit_type(jt)}")
        else:
            raise SystemExit(f"torch_export: constant of type {jt} not printed")
        return name


def op_name(node):
    """`aten::add_.Tensor` -> `torch.aten.add.Tensor` (value semantics)."""
    schema = node.schema()
    full = schema.split("(")[0] if schema != "(no schema)" else node.kind()
    ns, rest = full.split("::")
    base, _, overload = rest.partition(".")
    if base.endswith("_") and not base.endswith("__"):
        base = base[:-1]
    name = f"torch.{ns}.{base}"
    if overload:
        name += f".{overload}"
    fixes = {"torch.aten.size": "torch.aten.size.int",
             "torch.prim.NumToTensor": "torch.prim.NumToTensor.Scalar",
             "torch.aten.Int": "torch.aten.Int.Tensor",
             "torch.aten.flatten": "torch.aten.flatten.using_ints"}
    return fixes.get(name, name)


def export(model, example, vintage="2023", prune=None):
    model = model.eval()
    if prune:
        g, h = prune
        with torch.no_grad():
            for mod in model.modules():
                if isinstance(mod, (torch.nn.Conv2d, torch.nn.Linear)) and \
                        getattr(mod, "groups", 1) == 1:
                    mod.weight.copy_(prune_gh(mod.weight, g, h))
    traced = torch.jit.trace(model, example, check_trace=False)
    graph = traced.inlined_graph
    p = Printer(vintage)
    inputs = list(graph.inputs())
    objects = {inputs[0].unique(): model}
    args = []
    for i, v in enumerate(inputs[1:]):
        p.names[v.unique()] = f"%arg{i}"
        args.append(f"%arg{i}: {p.jit_type(v.type())}")
    for node in graph.nodes():
        kind = node.kind()
        outs = list(node.outputs())
        if kind == "prim::GetAttr":
            obj = getattr(objects[node.input().unique()], node.s("name"))
            if isinstance(obj, torch.Tensor):
                p.names[outs[0].unique()] = p.literal(obj)
            elif isinstance(obj, (bool, int, float)) or obj is None:
                p.names[outs[0].unique()] = p.constant(obj, outs[0].type())
            else:
                objects[outs[0].unique()] = obj
            continue
        if kind == "prim::Constant":
            p.names[outs[0].unique()] = p.constant(outs[0].toIValue(), outs[0].type())
            continue
        operands = [p.names[v.unique()] for v in node.inputs()]
        in_types = [p.types.get(n) or p.jit_type(v.type())
                    for n, v in zip(operands, node.inputs())]
        out_types = [p.jit_type(v.type()) for v in outs]
        results = [p.fresh() for _ in outs]
        for v, r in zip(outs, results):
            p.names[v.unique()] = r
        lhs = f"{', '.join(results)} = " if results else ""
        if kind == "prim::ListConstruct":
            p.lines.append(f"    {lhs}torch.prim.ListConstruct {', '.join(operands)} : "
                           f"({', '.join(in_types)}) -> {out_types[0]}")
            continue
        if kind == "prim::ListUnpack":
            p.lines.append(f"    {lhs}torch.prim.ListUnpack {operands[0]} : "
                           f"{in_types[0]} -> {', '.join(out_types)}")
            continue
        if kind.startswith("prim::") and kind not in ("prim::NumToTensor",):
            raise SystemExit(f"torch_export: {kind} is not printed")
        p.lines.append(f"    {lhs}{op_name(node)} {', '.join(operands)} : "
                       f"{', '.join(in_types)} -> {', '.join(out_types)}")
    rets = list(graph.outputs())
    ret_names = [p.names[v.unique()] for v in rets]
    ret_types = [p.jit_type(v.type()) for v in rets]
    fn = "main" if vintage == "2024" else "forward"
    head = []
    if vintage == "2024":
        head.append("module {")
    else:
        head.append(f'module attributes {{torch.debug_module_name = "{type(model).__name__}"}} {{')
    head.append(f"  func.func @{fn}({', '.join(args)}) -> {', '.join(ret_types)} {{")
    tail = [f"    return {', '.join(ret_names)} : {', '.join(ret_types)}", "  }", "}"]
    text = "\n".join(head + p.lines + tail) + "\n"
    if p.resources:
        entries = []
        for key, align, data in p.resources:
            prefix = align.to_bytes(4, "little").hex().upper()
            entries.append(f'      {key}: "0x{prefix}{data.hex().upper()}"')
        text += ("\n{-#\n  dialect_resources: {\n    builtin: {\n" +
                 ",\n".join(entries) + "\n    }\n  }\n#-}\n")
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", help="a torchvision model or tiny_transformer")
    ap.add_argument("--list", action="store_true", help="list the models")
    ap.add_argument("--vintage", choices=["2022", "2023", "2024"], default="2023")
    ap.add_argument("--prune", help="G:H pattern for conv/linear weights")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    models = _models()
    if a.list:
        print("\n".join(models))
        return 0
    if a.model not in models:
        ap.error(f"unknown model '{a.model}' (known: {', '.join(models)})")
    prune = None
    if a.prune:
        g, _, h = a.prune.partition(":")
        prune = (int(g), int(h))
    torch.manual_seed(a.seed)
    make, example = models[a.model]
    text = export(make(), example(), a.vintage, prune)
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
