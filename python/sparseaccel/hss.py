"""Hierarchical structured sparsity (HSS) pruning, thesis Sec. 5.2.2.

A pattern is a list of G:H rules, one per rank of the split dimension,
innermost (C0) first; `parse_pattern("C1(2:4)->C0(2:4)")` or `"2:4"`.
Pruning goes rank by rank from the lowest: at C0 each group of H0
elements keeps its G0 largest magnitudes; at C(r) each group of H(r)
blocks (a block is the H0*...*H(r-1) elements below it) keeps the G(r)
blocks whose surviving payload has the largest scaled L2 norm (the norm
divided by the square root of the block size). The result satisfies the
pattern exactly and, on data without zeros, has density prod G/H.
"""

import re
from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np


@dataclass(frozen=True)
class Pattern:
    """G:H per rank, innermost (C0) first."""
    ranks: Tuple[Tuple[int, int], ...]

    @property
    def density(self) -> float:
        d = 1.0
        for g, h in self.ranks:
            d *= g / h
        return d

    @property
    def period(self) -> int:
        p = 1
        for _, h in self.ranks:
            p *= h
        return p

    def __str__(self) -> str:
        n = len(self.ranks)
        if n == 1:
            return "%d:%d" % self.ranks[0]
        return "->".join("C%d(%d:%d)" % (r, g, h)
                         for r, (g, h) in reversed(list(enumerate(self.ranks))))


def parse_pattern(pattern) -> Pattern:
    """'2:4', 'C1(2:4)->C0(2:4)', a Pattern, or [(G0, H0), (G1, H1), ...]
    (innermost first)."""
    if isinstance(pattern, Pattern):
        return pattern
    if isinstance(pattern, str):
        parts = [p.strip() for p in pattern.split("->")]
        if not pattern.strip() or any(not p for p in parts):
            raise ValueError("empty rank in pattern %r" % pattern)
        ranks = []
        for i, part in enumerate(parts):
            expect = len(parts) - 1 - i
            m = re.fullmatch(r"(?:[Cc](\d+)\(\s*)?(\d+)\s*:\s*(\d+)\s*\)?", part)
            if not m or (m.group(1) is None) != (not part.upper().startswith("C")):
                raise ValueError("bad rank %r in pattern %r (expected G:H or "
                                 "Cn(G:H))" % (part, pattern))
            if m.group(1) is not None and int(m.group(1)) != expect:
                raise ValueError("rank %r of %r should be C%d (ranks go from "
                                 "C%d down to C0)" % (part, pattern, expect,
                                                      len(parts) - 1))
            ranks.append((int(m.group(2)), int(m.group(3))))
        ranks.reverse()
    else:
        try:
            ranks = [(int(g), int(h)) for g, h in pattern]
        except (TypeError, ValueError):
            raise ValueError("a pattern is a string or a list of (G, H), "
                             "got %r" % (pattern,))
    if not ranks:
        raise ValueError("a pattern needs at least one G:H rank")
    for g, h in ranks:
        if h < 1 or g < 1 or g > h:
            raise ValueError("bad rule %d:%d in %r (need 1 <= G <= H)"
                             % (g, h, pattern))
    return Pattern(tuple(ranks))


def _as_array(weights) -> np.ndarray:
    a = np.asarray(weights)
    if a.dtype == object or a.dtype.kind not in "fiu":
        raise ValueError("weights must be a real numeric array, got dtype %s"
                         % a.dtype)
    if a.ndim == 0:
        raise ValueError("weights must have at least one dimension")
    return a


def _grouped(a: np.ndarray, axis: int, period: int) -> Tuple[np.ndarray, int]:
    axis = axis % a.ndim
    extent = a.shape[axis]
    if extent % period:
        raise ValueError("axis %d has extent %d, not a multiple of the "
                         "pattern's period %d" % (axis, extent, period))
    moved = np.moveaxis(a, axis, -1)
    return moved.reshape(-1, extent), axis


def hss_mask(weights, pattern, axis: int = -1) -> np.ndarray:
    """The boolean keep-mask of `prune` (same shape as `weights`)."""
    a = _as_array(weights)
    p = parse_pattern(pattern)
    rows, axis = _grouped(np.abs(a.astype(np.float64)), axis, p.period)
    n, extent = rows.shape
    keep = np.ones_like(rows, dtype=bool)
    block = 1
    for g, h in p.ranks:
        # Blocks of `block` elements, in groups of h.
        payload = np.where(keep, rows, 0.0).reshape(n, extent // (block * h), h, block)
        if block == 1:
            score = payload[..., 0]
        else:
            score = np.sqrt((payload ** 2).sum(axis=-1)) / np.sqrt(block)
        # Keep the g best blocks of each group; stable order breaks ties by
        # position.
        order = np.argsort(-score, axis=-1, kind="stable")
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(h)[None, None, :]
                          .repeat(n, 0).repeat(order.shape[1], 1), axis=-1)
        chosen = ranks < g
        keep &= np.repeat(chosen[..., None], block, axis=-1).reshape(n, extent)
        block *= h
    shape = list(np.moveaxis(a, axis, -1).shape)
    return np.moveaxis(keep.reshape(shape), -1, axis)


def prune(weights, pattern, axis: int = -1):
    """Prunes `weights` to `pattern` along `axis`: returns (mask, pruned)."""
    a = _as_array(weights)
    mask = hss_mask(a, pattern, axis)
    return mask, np.where(mask, a, np.zeros_like(a))


def satisfies(weights, pattern, axis: int = -1) -> bool:
    """True when every group along `axis` obeys every rank of `pattern`."""
    a = _as_array(weights)
    p = parse_pattern(pattern)
    rows, _ = _grouped(a != 0, axis, p.period)
    occupied = rows
    for g, h in p.ranks:
        groups = occupied.reshape(occupied.shape[0], -1, h)
        if (groups.sum(axis=-1) > g).any():
            return False
        occupied = groups.any(axis=-1)
    return True


def prune_module(module, pattern, axis: int = 1, types=None):
    """Prunes the weights of a torch.nn.Module in place (Linear and Conv
    layers by default; `axis` 1 is the input-channel axis, the reduction
    dimension). Returns {parameter name: mask as a torch.bool tensor}."""
    try:
        import torch
    except ImportError as e:  # pragma: no cover - torch comes from Debian
        raise ValueError("prune_module needs torch") from e
    if not isinstance(module, torch.nn.Module):
        raise ValueError("prune_module takes a torch.nn.Module, got %r"
                         % type(module))
    types = types or (torch.nn.Linear, torch.nn.Conv1d, torch.nn.Conv2d)
    masks = {}
    with torch.no_grad():
        for name, sub in module.named_modules():
            if not isinstance(sub, types):
                continue
            w = sub.weight
            if not w.dtype.is_floating_point:
                raise ValueError("%s.weight has dtype %s" % (name, w.dtype))
            m = hss_mask(w.detach().cpu().numpy(), pattern, axis)
            mt = torch.from_numpy(m).to(w.device)
            w.mul_(mt.to(w.dtype))
            masks[(name + "." if name else "") + "weight"] = mt
    return masks
