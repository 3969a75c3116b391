#!/usr/bin/env python3
"""Emits linalg-on-tensors IR in the style torch-mlir produces.

The output mirrors what `torch_mlir.compile(..., output_type="linalg-on-tensors")`
prints for PyTorch modules: a `func.func @forward` over `tensor<...>` values,
`tensor.pad` + `linalg.conv_2d_nchw_fchw` for convolutions, bias adds and ReLU
as `linalg.generic`, `linalg.matmul` over a transposed weight for
`nn.Linear`, and weights as `arith.constant dense_resource<...>` with their
bytes in a trailing `{-# dialect_resources #-}` section.

Weights are pseudo-random with a fixed seed and can be pruned to a G:H or
hierarchical (HSS) pattern along the reduction dimension, so that sparsity
inference has real data to measure. Pure Python: no numpy needed.
"""

import random
import struct


def _fmt_shape(shape):
    return "x".join(str(d) for d in shape)


def _tensor(shape, dtype="f32"):
    return f"tensor<{_fmt_shape(shape)}x{dtype}>"


class Graph:
    """Builds one `func.func @forward` in torch-mlir's linalg style."""

    def __init__(self, name, seed=0):
        self.name = name
        self.rng = random.Random(seed)
        self.lines = []
        self.resources = []  # (key, bytes)
        self.maps = {}
        self.counter = 0
        self.resource_names = {}
        self.args = []
        self.have_zero = False
        self.types = {}

    # -- naming ---------------------------------------------------------------
    def fresh(self, prefix=""):
        self.counter += 1
        return f"%{prefix}{self.counter}"

    def affine_map(self, text):
        if text not in self.maps:
            self.maps[text] = f"#map{len(self.maps) if self.maps else ''}"
        return self.maps[text]

    def zero(self):
        if not self.have_zero:
            self.lines.append("    %cst_0 = arith.constant 0.000000e+00 : f32")
            self.have_zero = True
        return "%cst_0"

    # -- values ---------------------------------------------------------------
    def input(self, shape):
        name = f"%arg{len(self.args)}"
        self.args.append((name, shape, None))
        return name, shape

    def declared_weight(self, shape, pattern=None):
        """A weight passed as a function argument whose type declares its
        sparsity with a #fiber.encoding: the G:H / HSS `pattern` along the
        second dimension (the reduction), without materialising the data.
        Used for networks too large to carry their weights as constants."""
        name = f"%arg{len(self.args)}"
        enc = None
        if pattern:
            dims = ["o", "c"] + [f"x{i}" for i in range(len(shape) - 2)]
            block = 1
            for _, h in pattern:
                block *= h
            ranks = ["o"]
            if len(shape) > 2:
                ranks.append("(" + ", ".join(dims[2:]) + ")")
            ranks.append(f"c floordiv {block}")
            size = block
            for g, h in reversed(pattern):
                size //= h
                digit = f"(c floordiv {size}) mod {h}" if size > 1 else f"c mod {h}"
                ranks.append(f"{digit} ({g}:{h}) CP")
            enc = (f"#fiber.encoding<({', '.join(dims)}) -> "
                   f"[{', '.join(ranks)}]>")
        self.args.append((name, shape, enc))
        if enc is not None:
            self.types[name] = f"tensor<{_fmt_shape(shape)}xf32, {enc}>"
        return name, shape

    def type_of(self, x):
        """The type of value `x`, with its encoding when it has one."""
        return self.types.get(x[0], _tensor(x[1]))

    def weight(self, shape, pattern=None, scale=0.1):
        """A dense_resource constant; `pattern` prunes it (see prune())."""
        if getattr(self, "declare_weights", False) and len(shape) > 1:
            return self.declared_weight(shape, pattern)
        count = 1
        for d in shape:
            count *= d
        values = [self.rng.gauss(0.0, scale) for _ in range(count)]
        if pattern is not None:
            values = prune(values, shape, pattern)
        base = "torch_tensor_" + "_".join(str(d) for d in shape) + "_torch.float32"
        n = self.resource_names.get(base, 0)
        self.resource_names[base] = n + 1
        key = base if n == 0 else f"{base}_{n}"
        data = struct.pack("<I", 4) + struct.pack(f"<{count}f", *values)
        self.resources.append((key, data))
        name = self.fresh("cst_")
        self.lines.append(
            f"    {name} = arith.constant dense_resource<{key}> : {_tensor(shape)}"
        )
        return name, shape

    # -- layers ---------------------------------------------------------------
    def pad(self, x, pads):
        value, shape = x
        if not any(pads):
            return x
        out_shape = [shape[0], shape[1], shape[2] + 2 * pads[0], shape[3] + 2 * pads[1]]
        zero = self.zero()
        name = self.fresh("padded_")
        low = f"[0, 0, {pads[0]}, {pads[1]}]"
        self.lines += [
            f"    {name} = tensor.pad {value} low{low} high{low} {{",
            "    ^bb0(%arg100: index, %arg101: index, %arg102: index, %arg103: index):",
            f"      tensor.yield {zero} : f32",
            f"    }} : {_tensor(shape)} to {_tensor(out_shape)}",
        ]
        return name, out_shape

    def broadcast_bias(self, bias, out_shape, channel_dim):
        """Fills an output tensor with the bias along `channel_dim`."""
        empty = self.fresh()
        self.lines.append(f"    {empty} = tensor.empty() : {_tensor(out_shape)}")
        rank = len(out_shape)
        dims = ", ".join(f"d{i}" for i in range(rank))
        in_map = self.affine_map(f"({dims}) -> (d{channel_dim})")
        out_map = self.affine_map(f"({dims}) -> ({dims})")
        iters = ", ".join(['"parallel"'] * rank)
        name = self.fresh()
        self.lines += [
            f"    {name} = linalg.generic {{indexing_maps = [{in_map}, {out_map}], "
            f"iterator_types = [{iters}]}} ins({bias[0]} : {_tensor(bias[1])}) "
            f"outs({empty} : {_tensor(out_shape)}) {{",
            "    ^bb0(%in: f32, %out: f32):",
            "      linalg.yield %in : f32",
            f"    }} -> {_tensor(out_shape)}",
        ]
        return name

    def conv2d(self, x, out_channels, kernel, stride=1, padding=0, dilation=1,
               groups=1, pattern=None, bias=True):
        value, shape = x
        n, c, h, w = shape
        kh = kw = kernel
        depthwise = groups > 1
        if depthwise and groups != c:
            raise ValueError("only depthwise grouped convolutions are emitted")
        x = self.pad(x, (padding, padding))
        _, (n, c, hp, wp) = x
        oh = (hp - dilation * (kh - 1) - 1) // stride + 1
        ow = (wp - dilation * (kw - 1) - 1) // stride + 1
        out_shape = [n, out_channels, oh, ow]
        if depthwise:
            wgt = self.weight([c, kh, kw], pattern=pattern)
        else:
            wgt = self.weight([out_channels, c, kh, kw], pattern=pattern)
        if bias:
            b = self.weight([out_channels], scale=0.01)
            init = self.broadcast_bias(b, out_shape, 1)
        else:
            empty = self.fresh()
            self.lines.append(f"    {empty} = tensor.empty() : {_tensor(out_shape)}")
            init = self.fresh()
            self.lines.append(
                f"    {init} = linalg.fill ins({self.zero()} : f32) outs({empty} : "
                f"{_tensor(out_shape)}) -> {_tensor(out_shape)}"
            )
        name = self.fresh()
        attrs = (f"{{dilations = dense<{dilation}> : vector<2xi64>, "
                 f"strides = dense<{stride}> : vector<2xi64>}}")
        op = "linalg.depthwise_conv_2d_nchw_chw" if depthwise else "linalg.conv_2d_nchw_fchw"
        self.lines.append(
            f"    {name} = {op} {attrs} ins({x[0]}, {wgt[0]} : {_tensor(x[1])}, "
            f"{self.type_of(wgt)}) outs({init} : {_tensor(out_shape)}) -> {_tensor(out_shape)}"
        )
        return name, out_shape

    def add(self, x, y):
        """Elementwise x + y (a residual connection)."""
        value, shape = x
        rank = len(shape)
        dims = ", ".join(f"d{i}" for i in range(rank))
        ident = self.affine_map(f"({dims}) -> ({dims})")
        iters = ", ".join(['"parallel"'] * rank)
        empty = self.fresh()
        name = self.fresh()
        self.lines += [
            f"    {empty} = tensor.empty() : {_tensor(shape)}",
            f"    {name} = linalg.generic {{indexing_maps = [{ident}, {ident}, {ident}], "
            f"iterator_types = [{iters}]}} ins({value}, {y[0]} : {_tensor(shape)}, "
            f"{_tensor(shape)}) outs({empty} : {_tensor(shape)}) {{",
            "    ^bb0(%in: f32, %in_1: f32, %out: f32):",
            "      %s1 = arith.addf %in, %in_1 : f32",
            "      linalg.yield %s1 : f32",
            f"    }} -> {_tensor(shape)}",
        ]
        return name, shape

    def global_avg_pool(self, x):
        """Adaptive average pooling to 1x1, then flatten: [N, C]."""
        value, shape = x
        n, c, h, w = shape
        out_shape = [n, c, 1, 1]
        empty = self.fresh()
        init = self.fresh()
        window = self.fresh()
        name = self.fresh()
        self.lines += [
            f"    {empty} = tensor.empty() : {_tensor(out_shape)}",
            f"    {init} = linalg.fill ins({self.zero()} : f32) outs({empty} : "
            f"{_tensor(out_shape)}) -> {_tensor(out_shape)}",
            f"    {window} = tensor.empty() : tensor<{h}x{w}xf32>",
            f"    {name} = linalg.pooling_nchw_sum {{dilations = dense<1> : vector<2xi64>, "
            f"strides = dense<1> : vector<2xi64>}} ins({value}, {window} : "
            f"{_tensor(shape)}, tensor<{h}x{w}xf32>) outs({init} : "
            f"{_tensor(out_shape)}) -> {_tensor(out_shape)}",
        ]
        return self.flatten((name, out_shape))

    def relu(self, x):
        value, shape = x
        rank = len(shape)
        dims = ", ".join(f"d{i}" for i in range(rank))
        ident = self.affine_map(f"({dims}) -> ({dims})")
        iters = ", ".join(['"parallel"'] * rank)
        zero = self.zero()
        empty = self.fresh()
        name = self.fresh()
        self.lines += [
            f"    {empty} = tensor.empty() : {_tensor(shape)}",
            f"    {name} = linalg.generic {{indexing_maps = [{ident}, {ident}], "
            f"iterator_types = [{iters}]}} ins({value} : {_tensor(shape)}) "
            f"outs({empty} : {_tensor(shape)}) {{",
            "    ^bb0(%in: f32, %out: f32):",
            f"      %r1 = arith.cmpf ugt, %in, {zero} : f32",
            f"      %r2 = arith.select %r1, %in, {zero} : f32",
            "      linalg.yield %r2 : f32",
            f"    }} -> {_tensor(shape)}",
        ]
        return name, shape

    def max_pool(self, x, kernel, stride, padding=0):
        value, shape = x
        n, c, h, w = shape
        if padding:
            # torch pads max-pool inputs with -inf.
            out_shape = [n, c, h + 2 * padding, w + 2 * padding]
            name = self.fresh("padded_")
            ninf = self.fresh("cst_")
            low = f"[0, 0, {padding}, {padding}]"
            self.lines += [
                f"    {ninf} = arith.constant 0xFF800000 : f32",
                f"    {name} = tensor.pad {value} low{low} high{low} {{",
                "    ^bb0(%arg100: index, %arg101: index, %arg102: index, %arg103: index):",
                f"      tensor.yield {ninf} : f32",
                f"    }} : {_tensor(shape)} to {_tensor(out_shape)}",
            ]
            value, shape = name, out_shape
            n, c, h, w = shape
        oh = (h - kernel) // stride + 1
        ow = (w - kernel) // stride + 1
        out_shape = [n, c, oh, ow]
        ninf = self.fresh("cst_")
        window = self.fresh()
        empty = self.fresh()
        init = self.fresh()
        name = self.fresh()
        self.lines += [
            f"    {ninf} = arith.constant 0xFF800000 : f32",
            f"    {empty} = tensor.empty() : {_tensor(out_shape)}",
            f"    {init} = linalg.fill ins({ninf} : f32) outs({empty} : "
            f"{_tensor(out_shape)}) -> {_tensor(out_shape)}",
            f"    {window} = tensor.empty() : tensor<{kernel}x{kernel}xf32>",
            f"    {name} = linalg.pooling_nchw_max {{dilations = dense<1> : vector<2xi64>, "
            f"strides = dense<{stride}> : vector<2xi64>}} ins({value}, {window} : "
            f"{_tensor(shape)}, tensor<{kernel}x{kernel}xf32>) outs({init} : "
            f"{_tensor(out_shape)}) -> {_tensor(out_shape)}",
        ]
        return name, out_shape

    def flatten(self, x):
        value, shape = x
        flat = 1
        for d in shape[1:]:
            flat *= d
        out_shape = [shape[0], flat]
        name = self.fresh("collapsed_")
        reassoc = "[[0], [" + ", ".join(str(i) for i in range(1, len(shape))) + "]]"
        self.lines.append(
            f"    {name} = tensor.collapse_shape {value} {reassoc} : "
            f"{_tensor(shape)} into {_tensor(out_shape)}"
        )
        return name, out_shape

    def linear(self, x, out_features, pattern=None, bias=True):
        """nn.Linear: matmul with the transposed [out, in] weight."""
        value, shape = x
        m, k = shape
        wgt = self.weight([out_features, k], pattern=pattern)
        t_empty = self.fresh()
        transposed = self.fresh("transposed_")
        self.lines += [
            f"    {t_empty} = tensor.empty() : {_tensor([k, out_features])}",
            f"    {transposed} = linalg.transpose ins({wgt[0]} : {self.type_of(wgt)}) "
            f"outs({t_empty} : {_tensor([k, out_features])}) permutation = [1, 0]",
        ]
        out_shape = [m, out_features]
        if bias:
            b = self.weight([out_features], scale=0.01)
            init = self.broadcast_bias(b, out_shape, 1)
        else:
            empty = self.fresh()
            init = self.fresh()
            self.lines += [
                f"    {empty} = tensor.empty() : {_tensor(out_shape)}",
                f"    {init} = linalg.fill ins({self.zero()} : f32) outs({empty} : "
                f"{_tensor(out_shape)}) -> {_tensor(out_shape)}",
            ]
        name = self.fresh()
        self.lines.append(
            f"    {name} = linalg.matmul ins({value}, {transposed} : {_tensor(shape)}, "
            f"{_tensor([k, out_features])}) outs({init} : {_tensor(out_shape)}) -> "
            f"{_tensor(out_shape)}"
        )
        return name, out_shape

    # -- output ---------------------------------------------------------------
    def emit(self, result, header_comment=""):
        value, shape = result
        out = []
        if header_comment:
            out += ["// " + line if line else "//" for line in header_comment.splitlines()]
        for text, alias in self.maps.items():
            out.append(f"{alias} = affine_map<{text}>")
        out.append(f'module attributes {{torch.debug_module_name = "{self.name}"}} {{')
        def arg_type(s, enc):
            return _tensor(s) if enc is None else (
                f"tensor<{_fmt_shape(s)}xf32, {enc}>")
        args = ", ".join(f"{n}: {arg_type(s, e)}" for n, s, e in self.args)
        out.append(f"  func.func @forward({args}) -> {_tensor(shape)} {{")
        out += self.lines
        out.append(f"    return {value} : {_tensor(shape)}")
        out.append("  }")
        out.append("}")
        out.append("")
        out.append("{-#")
        out.append("  dialect_resources: {")
        out.append("    builtin: {")
        entries = [f'      {key}: "0x{data.hex().upper()}"' for key, data in self.resources]
        out.append(",\n".join(entries))
        out.append("    }")
        out.append("  }")
        out.append("#-}")
        return "\n".join(out) + "\n"


def prune(values, shape, pattern):
    """Prunes along the second dimension (the reduction: C of a conv weight,
    K of a linear weight) with thesis §5.2.2's rule, lowest rank first.

    `pattern` lists (G, H) from the lowest rank up, e.g. [(2, 4)] for 2:4 or
    [(2, 4), (2, 4)] for C1(2:4) -> C0(2:4). The lowest rank keeps the G
    largest magnitudes of every H values; each higher rank keeps the G of H
    blocks whose surviving values have the largest average magnitude.
    """
    outer = shape[0]
    red = shape[1]
    inner = 1
    for d in shape[2:]:
        inner *= d
    block = 1
    for _, h in pattern:
        block *= h
    if red % block:
        raise ValueError(f"dimension {red} is not a multiple of the pattern block {block}")
    values = list(values)

    def idx(o, r, i):
        return (o * red + r) * inner + i

    for o in range(outer):
        for i in range(inner):
            fiber = [values[idx(o, r, i)] for r in range(red)]
            size = 1
            for g, h in pattern:
                group = size * h
                for start in range(0, red, group):
                    blocks = []
                    for b in range(h):
                        lo = start + b * size
                        chunk = fiber[lo:lo + size]
                        blocks.append((sum(abs(v) for v in chunk) / size, b))
                    keep = {b for _, b in sorted(blocks, reverse=True)[:g]}
                    for b in range(h):
                        if b not in keep:
                            lo = start + b * size
                            for r in range(lo, lo + size):
                                fiber[r] = 0.0
                size = group
            for r in range(red):
                values[idx(o, r, i)] = fiber[r]
    return values
