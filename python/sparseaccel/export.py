"""Export a (pruned) model's layers as linalg-on-tensors IR.

`export_module(model, input_shape)` runs the torch model once on zeros to
record each Linear and Conv2d layer's input shape, then writes one
`func.func` per layer in the style of examples/: the weights as
`arith.constant dense<"0x...">` (float32, little endian), a zero-filled
init tensor and the `linalg.matmul` / `linalg.conv_2d_nchw_fchw` (strides
and dilations kept; padding is taken as already applied to the layer's
input, whose shape includes it). `export_layers` does the same from numpy
weights. The pipeline then measures the weights' sparsity itself.
"""

from typing import List, Sequence, Tuple

import numpy as np


def _hex(a: np.ndarray) -> str:
    return "0x" + np.ascontiguousarray(a, dtype="<f4").tobytes().hex().upper()


def _tensor(shape: Sequence[int]) -> str:
    return "tensor<%sxf32>" % "x".join(str(int(s)) for s in shape)


def _linear(name: str, x_shape, w: np.ndarray) -> str:
    if w.ndim != 2 or len(x_shape) != 2 or x_shape[1] != w.shape[1]:
        raise ValueError("%s: a linear layer needs input (B, %d) and weight "
                         "(out, in), got %s and %s"
                         % (name, w.shape[1] if w.ndim == 2 else -1,
                            tuple(x_shape), w.shape))
    wt = np.ascontiguousarray(w.T)
    out = (x_shape[0], w.shape[0])
    return ("func.func @%s(%%x: %s) -> %s {\n"
            "  %%w = arith.constant dense<\"%s\"> : %s\n"
            "  %%zero = arith.constant 0.000000e+00 : f32\n"
            "  %%e = tensor.empty() : %s\n"
            "  %%init = linalg.fill ins(%%zero : f32) outs(%%e : %s) -> %s\n"
            "  %%r = linalg.matmul ins(%%x, %%w : %s, %s) outs(%%init : %s) -> %s\n"
            "  return %%r : %s\n}\n"
            % (name, _tensor(x_shape), _tensor(out), _hex(wt), _tensor(wt.shape),
               _tensor(out), _tensor(out), _tensor(out), _tensor(x_shape),
               _tensor(wt.shape), _tensor(out), _tensor(out), _tensor(out)))


def _conv(name: str, x_shape, w: np.ndarray, stride, dilation) -> str:
    if w.ndim != 4 or len(x_shape) != 4 or x_shape[1] != w.shape[1]:
        raise ValueError("%s: a conv layer needs input (N, C, H, W) and weight "
                         "(F, C, KH, KW) with the same C, got %s and %s"
                         % (name, tuple(x_shape), w.shape))
    n, c, h, wd = x_shape
    f, _, kh, kw = w.shape
    oh = (h - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (wd - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    if oh < 1 or ow < 1:
        raise ValueError("%s: input %s is too small for the kernel"
                         % (name, tuple(x_shape)))
    out = (n, f, oh, ow)
    return ("func.func @%s(%%x: %s) -> %s {\n"
            "  %%w = arith.constant dense<\"%s\"> : %s\n"
            "  %%zero = arith.constant 0.000000e+00 : f32\n"
            "  %%e = tensor.empty() : %s\n"
            "  %%init = linalg.fill ins(%%zero : f32) outs(%%e : %s) -> %s\n"
            "  %%r = linalg.conv_2d_nchw_fchw {dilations = dense<[%d, %d]> : "
            "vector<2xi64>, strides = dense<[%d, %d]> : vector<2xi64>} "
            "ins(%%x, %%w : %s, %s) outs(%%init : %s) -> %s\n"
            "  return %%r : %s\n}\n"
            % (name, _tensor(x_shape), _tensor(out), _hex(w), _tensor(w.shape),
               _tensor(out), _tensor(out), _tensor(out), dilation[0],
               dilation[1], stride[0], stride[1], _tensor(x_shape),
               _tensor(w.shape), _tensor(out), _tensor(out), _tensor(out)))


def export_layers(layers: Sequence[Tuple]) -> str:
    """`layers`: (name, "linear", input_shape, weight) or
    (name, "conv2d", input_shape, weight, stride, dilation) tuples."""
    funcs: List[str] = []
    for layer in layers:
        name, kind, x_shape, w = layer[:4]
        w = np.asarray(w)
        if w.dtype.kind not in "fiu":
            raise ValueError("%s: weights must be numeric, got %s" % (name, w.dtype))
        if kind == "linear":
            funcs.append(_linear(name, tuple(x_shape), w))
        elif kind == "conv2d":
            stride = tuple(layer[4]) if len(layer) > 4 else (1, 1)
            dilation = tuple(layer[5]) if len(layer) > 5 else (1, 1)
            funcs.append(_conv(name, tuple(x_shape), w, stride, dilation))
        else:
            raise ValueError("%s: unknown layer kind %r" % (name, kind))
    return "\n".join(funcs)


def export_module(model, input_shape: Sequence[int]) -> str:
    """One function per Linear/Conv2d of a torch model (see module doc)."""
    try:
        import torch
    except ImportError as e:  # pragma: no cover
        raise ValueError("export_module needs torch") from e
    if not isinstance(model, torch.nn.Module):
        raise ValueError("export_module takes a torch.nn.Module")
    layers, hooks = [], []

    def hook(name):
        def record(mod, inputs, _):
            x = inputs[0]
            w = mod.weight.detach().cpu().numpy()
            fname = "layer%d_%s" % (len(layers), name.replace(".", "_") or "root")
            if isinstance(mod, torch.nn.Linear):
                layers.append((fname, "linear", tuple(x.shape), w))
            else:
                if mod.groups != 1:
                    raise ValueError("%s: grouped convolutions are not "
                                     "exported" % name)
                shape = list(x.shape)
                pad = mod.padding if isinstance(mod.padding, tuple) else (0, 0)
                shape[2] += 2 * pad[0]
                shape[3] += 2 * pad[1]
                layers.append((fname, "conv2d", tuple(shape), w,
                               tuple(mod.stride), tuple(mod.dilation)))
        return record

    for name, mod in model.named_modules():
        if isinstance(mod, (torch.nn.Linear, torch.nn.Conv2d)):
            hooks.append(mod.register_forward_hook(hook(name)))
    try:
        with torch.no_grad():
            model(torch.zeros(*input_shape))
    finally:
        for h in hooks:
            h.remove()
    if not layers:
        raise ValueError("the model has no Linear or Conv2d layer")
    return export_layers(layers)
