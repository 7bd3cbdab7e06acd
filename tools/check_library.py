#!/usr/bin/python3
"""Proves src/TorchScriptSharp/Library/torch/nn/functional.py against real PyTorch 1.13.

Run with Debian's PyTorch:  /usr/bin/python3 tools/check_library.py [-v] [name ...]
                            /usr/bin/python3 tools/check_library.py --opinfo tests/opinfo/cases

For every function in the library it checks that
  * torch.jit.script compiles it (overloaded ones are compiled through a caller, as PyTorch requires);
  * its signature (parameter names, order, kinds, defaults) equals torch.nn.functional's;
  * the scripted function gives the same outputs as torch.nn.functional on the sample cases below
    (same type, dtype, shape and values; random ops are compared under the same seed);
  * expected errors are raised by both, with PyTorch's message;
and that the `# boolean_dispatch:` / `# alias:` comment tables agree with PyTorch's, and that no
function PyTorch treats as a direct aten builtin is redefined.
Exits non-zero on any failure.
"""
import copy
import importlib.util
import inspect
import os
import re
import sys
import warnings
from typing import List, Optional

import torch
import torch.nn.functional as F
from torch import Tensor
from torch._jit_internal import _try_get_dispatched_fn
from torch.jit._builtins import _builtin_ops

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB_PATH = os.environ.get("TSS_FUNCTIONAL_PY") or os.path.join(ROOT, "src", "TorchScriptSharp", "Library", "torch", "nn", "functional.py")


def _load_library():
    spec = importlib.util.spec_from_file_location("torch.nn.functional_lib_check", LIB_PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


L = _load_library()

# ---------------------------------------------------------------------------------------------
# Sample inputs


def r(*shape, seed=0, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed + 7 * len(shape) + sum(shape))
    return torch.randn(*shape, generator=g, dtype=dtype)


def u(*shape, seed=0, lo=0.05, hi=0.95):
    g = torch.Generator().manual_seed(seed + 11 + sum(shape))
    return torch.rand(*shape, generator=g) * (hi - lo) + lo


def ri(hi, *shape, seed=0):
    g = torch.Generator().manual_seed(seed + 13 + sum(shape))
    return torch.randint(0, hi, shape, generator=g)


def pm1(*shape, seed=0):
    return ri(2, *shape, seed=seed).float() * 2 - 1


class C:
    """One sample call: positional args, keyword args; `err` = expected exception text."""

    def __init__(self, *args, err=None, **kwargs):
        self.args, self.kwargs, self.err = args, kwargs, err

    def __repr__(self):
        def short(v):
            if isinstance(v, Tensor):
                return "T{}{}".format(list(v.shape), "" if v.dtype == torch.float32 else ":" + str(v.dtype)[6:])
            return repr(v)
        parts = [short(a) for a in self.args] + ["{}={}".format(k, short(v)) for k, v in self.kwargs.items()]
        return "(" + ", ".join(parts) + ")" + (" !" + self.err if self.err else "")


RED = ["none", "mean", "sum"]


def loss_cases(make, extra=None, legacy=True, bad="bogus is not a valid value for reduction"):
    """Cases over the three reductions, an invalid reduction, and the legacy flags."""
    cs = [C(*make(), reduction=red, **(extra or {})) for red in RED]
    cs.append(C(*make()))
    cs.append(C(*make(), reduction="bogus", err=bad))
    if legacy:
        cs.append(C(*make(), size_average=False))
        cs.append(C(*make(), reduce=False))
        cs.append(C(*make(), size_average=True, reduce=True))
    return cs


x4 = lambda: r(2, 3, 5, 6)
QKV, KV = r(3, 2, 6, seed=5), r(4, 2, 6, seed=6)
CASES = {
    # pooling (boolean-dispatch variants checked against the public PyTorch function)
    "max_pool1d_with_indices": [C(r(2, 3, 9), 3), C(r(2, 3, 9), 3, stride=2, padding=1, dilation=2, ceil_mode=True),
                                C(r(3, 10), [2], [1])],
    "_max_pool1d": [C(r(2, 3, 9), 3), C(r(2, 3, 9), kernel_size=2, stride=1, padding=1, ceil_mode=True)],
    "max_pool2d_with_indices": [C(x4(), 2), C(x4(), (3, 2), stride=(2, 1), padding=1, dilation=1, ceil_mode=True),
                                C(r(3, 5, 6), 3, 2)],
    "_max_pool2d": [C(x4(), 2), C(x4(), kernel_size=3, stride=2, padding=1, ceil_mode=True), C(x4(), [2, 3], dilation=[1, 2])],
    "max_pool3d_with_indices": [C(r(1, 2, 4, 5, 6), 2), C(r(1, 2, 4, 5, 6), (2, 3, 2), stride=1, padding=1)],
    "_max_pool3d": [C(r(1, 2, 4, 5, 6), 2), C(r(2, 4, 5, 6), 3, 2, 1, 1, True)],
    "adaptive_max_pool1d_with_indices": [C(r(2, 3, 9), 4), C(r(3, 9), [3])],
    "_adaptive_max_pool1d": [C(r(2, 3, 9), 4), C(r(3, 9), output_size=2)],
    "adaptive_max_pool2d_with_indices": [C(x4(), 3), C(x4(), (2, 4))],
    "_adaptive_max_pool2d": [C(x4(), 3), C(r(3, 5, 6), output_size=[2, 3])],
    "adaptive_max_pool3d_with_indices": [C(r(1, 2, 4, 5, 6), 2), C(r(2, 4, 5, 6), (1, 2, 3))],
    "_adaptive_max_pool3d": [C(r(1, 2, 4, 5, 6), 2), C(r(2, 4, 5, 6), (1, 2, 3))],
    "fractional_max_pool2d_with_indices": [C(r(1, 2, 8, 8), 2, output_size=4), C(r(2, 8, 8), 3, output_ratio=0.5),
                                           C(r(1, 2, 8, 8), 2, err="requires specifying either")],
    "_fractional_max_pool2d": [C(r(1, 2, 8, 8), 2, output_size=(4, 5)),
                               C(r(1, 2, 8, 8), 2, output_size=4, _random_samples=u(1, 2, 2))],
    "fractional_max_pool3d_with_indices": [C(r(1, 2, 6, 6, 6), 2, output_size=3),
                                           C(r(2, 6, 6, 6), 2, output_ratio=(0.5, 0.5, 0.7))],
    "_fractional_max_pool3d": [C(r(1, 2, 6, 6, 6), 2, output_size=(3, 2, 4))],
    "max_unpool1d": [C(*F.max_pool1d(r(2, 3, 8), 2, return_indices=True), 2),
                     C(*F.max_pool1d(r(2, 3, 9), 3, stride=2, return_indices=True), 3, stride=2, output_size=[2, 3, 10]),
                     C(*F.max_pool1d(r(2, 3, 8), 2, return_indices=True), 2, output_size=[30], err="invalid output_size")],
    "max_unpool2d": [C(*F.max_pool2d(x4(), 2, return_indices=True), 2),
                     C(*F.max_pool2d(x4(), 2, stride=1, return_indices=True), (2, 2), stride=1, padding=0, output_size=(5, 6))],
    "max_unpool3d": [C(*F.max_pool3d(r(1, 2, 4, 4, 6), 2, return_indices=True), 2),
                     C(*F.max_pool3d(r(1, 2, 4, 4, 6), 2, return_indices=True), 2, 2, 0, [5, 5, 7])],
    "lp_pool1d": [C(u(2, 3, 9), 2, 3), C(u(2, 3, 9), 1.5, 2, stride=1, ceil_mode=True)],
    "lp_pool2d": [C(u(2, 3, 6, 6), 2, 2), C(u(2, 3, 6, 7), 3.0, (2, 3), stride=1, ceil_mode=True)],
    "adaptive_avg_pool2d": [C(x4(), 3), C(x4(), (2, 4)), C(r(3, 5, 6), [1, 1])],
    "adaptive_avg_pool3d": [C(r(1, 2, 4, 5, 6), 2), C(r(2, 4, 5, 6), (1, 2, 3))],
    # dropout (seeded)
    "dropout": [C(r(4, 5)), C(r(4, 5), 0.3, False), C(r(4, 5), p=0.2, training=True, inplace=True),
                C(r(4, 5), p=1.5, err="dropout probability has to be between 0 and 1, but got 1.5")],
    "alpha_dropout": [C(r(4, 5)), C(r(4, 5), 0.3, True), C(r(4, 5), p=0.2, training=True, inplace=True)],
    "dropout1d": [C(r(2, 4, 5)), C(r(4, 5), 0.3), C(r(4, 5), p=0.2, inplace=True), C(r(4, 5), training=False),
                  C(r(5), err="dropout1d: Expected 2D or 3D input, but received a 1D input")],
    "dropout2d": [C(r(2, 4, 5, 3)), C(r(4, 5, 3), 0.3), C(r(2, 4, 5, 3), p=0.2, inplace=True), C(r(4, 5), training=True)],
    "dropout3d": [C(r(2, 4, 5, 3, 2)), C(r(4, 5, 3, 2), 0.3), C(r(4, 5, 3, 2), p=0.2, inplace=True)],
    "feature_alpha_dropout": [C(r(2, 4, 5)), C(r(2, 4, 5), 0.3, True), C(r(2, 4, 5), p=0.5, training=True, inplace=True)],
    # activations
    "_threshold": [C(r(4, 5), 0.1, 20.0), C(r(4, 5), threshold=-0.5, value=1.0, inplace=True)],
    "relu": [C(r(4, 5)), C(r(4, 5), inplace=True)],
    "glu": [C(r(4, 6)), C(r(4, 6), 0), C(torch.tensor(1.0), err="glu does not support scalars")],
    "hardtanh": [C(r(4, 5)), C(r(4, 5), -0.5, 0.5), C(r(4, 5), min_val=-0.2, max_val=0.3, inplace=True)],
    "relu6": [C(r(4, 5) * 5), C(r(4, 5) * 5, inplace=True)],
    "elu": [C(r(4, 5)), C(r(4, 5), 0.5), C(r(4, 5), alpha=2.0, inplace=True)],
    "selu": [C(r(4, 5)), C(r(4, 5), inplace=True)],
    "celu": [C(r(4, 5)), C(r(4, 5), 0.5), C(r(4, 5), alpha=2.0, inplace=True)],
    "leaky_relu": [C(r(4, 5)), C(r(4, 5), 0.2), C(r(4, 5), negative_slope=0.3, inplace=True)],
    "rrelu": [C(r(4, 5)), C(r(4, 5), 0.1, 0.3, True), C(r(4, 5), training=True, inplace=True)],
    "tanhshrink": [C(r(4, 5)), C(r(3))],
    "softsign": [C(r(4, 5)), C(r(3))],
    "softmin": [C(r(4, 5), 0), C(r(4, 5), dim=1, dtype=torch.float64), C(r(2, 3, 4)), C(r(4, 5))],
    "softmax": [C(r(4, 5), 0), C(r(4, 5), dim=-1, dtype=torch.float64), C(r(2, 3, 4)), C(r(2, 3, 4, 5))],
    "log_softmax": [C(r(4, 5), 0), C(r(4, 5), dim=-1, dtype=torch.float64), C(r(5)), C(r(2, 3, 4, 5))],
    "gumbel_softmax": [C(r(4, 5)), C(r(4, 5), tau=0.5, hard=True), C(r(4, 5), 2.0, False, 1e-10, 0)],
    "tanh": [C(r(4, 5))],
    "sigmoid": [C(r(4, 5))],
    "hardsigmoid": [C(r(4, 5) * 4), C(r(4, 5) * 4, inplace=True)],
    "silu": [C(r(4, 5)), C(r(4, 5), inplace=True)],
    "mish": [C(r(4, 5)), C(r(4, 5), inplace=True)],
    "hardswish": [C(r(4, 5) * 4), C(r(4, 5) * 4, inplace=True)],
    # embeddings
    "embedding": [C(ri(10, 2, 4), r(10, 3)), C(ri(10, 2, 4), r(10, 3), padding_idx=2),
                  C(ri(10, 2, 4), r(10, 3), padding_idx=-1), C(ri(10, 5), r(10, 3), max_norm=1.0),
                  C(ri(10, 5), r(10, 3), None, 0.5, 1.0, True)],
    "embedding_bag": [C(ri(10, 6), r(10, 3), torch.tensor([0, 2, 4])),
                      C(ri(10, 2, 4), r(10, 3), mode="sum"),
                      C(ri(10, 6), r(10, 3), torch.tensor([0, 3]), mode="max"),
                      C(ri(10, 6), r(10, 3), offsets=torch.tensor([0, 2, 6]), mode="sum",
                        per_sample_weights=r(6), include_last_offset=True),
                      C(ri(10, 6), r(10, 3), torch.tensor([0, 1]), padding_idx=3),
                      C(ri(10, 6), r(10, 3), torch.tensor([0, 1]), max_norm=0.5),
                      C(ri(10, 6), r(10, 3), mode="max", err="offsets has to be a 1D Tensor but got None"),
                      C(ri(10, 6), r(10, 3), torch.tensor([0, 1]), mode="mode", err="mode has to be one of sum, mean or max")],
    # normalisation
    "batch_norm": [C(r(4, 3, 5), r(3), u(3)), C(r(4, 3, 5), r(3), u(3), r(3), r(3), True, 0.5, 1e-3),
                   C(r(4, 3), None, None, training=True), C(r(4, 3, 2, 2), r(3), u(3), weight=r(3), eps=0.1),
                   C(r(1, 3), None, None, training=True, err="Expected more than 1 value per channel when training")],
    "instance_norm": [C(r(4, 3, 5)), C(r(4, 3, 5), r(3), u(3), r(3), r(3), momentum=0.5, eps=0.6),
                      C(r(4, 3, 5), r(3), u(3), use_input_stats=False),
                      C(r(4, 3, 1), err="Expected more than 1 spatial element when training")],
    "layer_norm": [C(r(4, 3, 5), [5]), C(r(4, 3, 5), (3, 5), r(3, 5), r(3, 5)), C(r(4, 3, 5), [5], eps=0.5, bias=r(5))],
    "group_norm": [C(r(4, 6, 5), 2), C(r(4, 6, 5, 2), 3, r(6), r(6), 1e-3), C(r(4, 6), num_groups=6, weight=r(6))],
    "local_response_norm": [C(r(2, 5, 7), 2), C(r(2, 5, 4, 3), 3, alpha=3e-5, beta=0.5, k=1.25),
                            C(r(2, 5, 2, 3, 2), 4), C(r(2, 5), 2, err="Expected 3D or higher dimensionality")],
    "normalize": [C(r(4, 5)), C(r(4, 5), 1.0, 0), C(r(2, 3, 4), p=3.0, dim=-1, eps=0.5)],
    # losses
    "ctc_loss": [C(r(12, 2, 5).log_softmax(2), ri(4, 2, 6) + 1, torch.tensor([12, 10]), torch.tensor([6, 4]), reduction=red)
                 for red in RED] + [C(r(12, 2, 5).log_softmax(2), ri(4, 2, 6) + 1, torch.tensor([12, 10]),
                                      torch.tensor([6, 4]), 0, "mean", True)],
    "nll_loss": loss_cases(lambda: (r(5, 4).log_softmax(1), ri(4, 5))) + [
        C(r(5, 4, 3).log_softmax(1), ri(4, 5, 3), r(4), ignore_index=1),
        C(r(5, 4).log_softmax(1), ri(4, 5), weight=u(4), reduction="sum")],
    "poisson_nll_loss": loss_cases(lambda: (r(4, 5), u(4, 5) * 3), bad="bogus is not valid") + [
        C(u(4, 5), u(4, 5) * 3, False, True, reduction="none"), C(r(4, 5), u(4, 5) * 3, True, True, eps=1e-3)],
    "gaussian_nll_loss": [C(r(4, 5), r(4, 5), u(4, 5), reduction=red) for red in RED] + [
        C(r(4, 5), r(4, 5), u(4), full=True), C(r(4, 5), r(4, 5), u(4, 1), True, 1e-2, "sum"),
        C(r(4, 5), r(4, 5), u(3), err="var is of incorrect size"),
        C(r(4, 5), r(4, 5), u(4, 5), reduction="x", err="x is not valid"),
        C(r(4, 5), r(4, 5), -u(4, 5), err="var has negative entry/entries")],
    "kl_div": loss_cases(lambda: (r(4, 5).log_softmax(1), u(4, 5))) + [
        C(r(4, 5).log_softmax(1), u(4, 5), reduction="batchmean"),
        C(r(4, 5).log_softmax(1), u(4, 5).log(), reduction="sum", log_target=True)],
    "cross_entropy": loss_cases(lambda: (r(5, 4), ri(4, 5))) + [
        C(r(5, 4), u(5, 4).softmax(1)), C(r(5, 4, 3), ri(4, 5, 3), u(4), ignore_index=2, label_smoothing=0.1),
        C(r(4), torch.tensor(2)), C(r(5, 4), ri(4, 5), reduction="sum", label_smoothing=0.3)],
    "binary_cross_entropy": loss_cases(lambda: (u(4, 5), u(4, 5))) + [
        C(u(4, 5), u(4, 5), u(5), reduction="sum"), C(u(4, 5), u(4, 5), weight=u(4, 1)),
        C(u(4, 5), u(4, 1), err="Using a target size")],
    "binary_cross_entropy_with_logits": loss_cases(lambda: (r(4, 5), u(4, 5))) + [
        C(r(4, 5), u(4, 5), u(5), pos_weight=u(5)), C(r(4, 5), u(4, 5), reduction="sum", pos_weight=u(4, 5)),
        C(r(4, 5), u(5), err="Target size")],
    "smooth_l1_loss": loss_cases(lambda: (r(4, 5), r(4, 5))) + [C(r(4, 5), r(4, 5), beta=0.5), C(r(4, 5), r(5))],
    "huber_loss": [C(r(4, 5), r(4, 5), reduction=red) for red in RED] + [
        C(r(4, 5), r(4, 5), "sum", 0.5), C(r(4, 5), r(1, 5), delta=2.0),
        C(r(4, 5), r(4, 5), "bogus", err="bogus is not a valid value for reduction")],
    "l1_loss": loss_cases(lambda: (r(4, 5), r(4, 5))) + [C(r(4, 5), r(5))],
    "mse_loss": loss_cases(lambda: (r(4, 5), r(4, 5))) + [C(r(4, 5), r(5), reduction="none")],
    "margin_ranking_loss": loss_cases(lambda: (r(6), r(6), pm1(6))) + [
        C(r(6), r(6), pm1(6), 0.5), C(r(6), r(6), pm1(1, 6), err="All input tensors should have same dimension")],
    "hinge_embedding_loss": loss_cases(lambda: (r(4, 5), pm1(4, 5))) + [C(r(4, 5), pm1(4, 5), margin=-0.5)],
    "multilabel_margin_loss": loss_cases(lambda: (r(3, 5), torch.tensor([[3, 0, -1, 1, 2], [1, 2, 3, -1, 0], [4, -1, 0, 0, 0]]))),
    "soft_margin_loss": loss_cases(lambda: (r(4, 5), pm1(4, 5))),
    "multilabel_soft_margin_loss": loss_cases(lambda: (r(4, 5), ri(2, 4, 5).float()), bad="bogus is not valid") + [
        C(r(4, 5), ri(2, 4, 5).float(), u(5), reduction="sum"), C(r(4, 5), ri(2, 4, 5).float(), weight=u(4, 5))],
    "cosine_embedding_loss": loss_cases(lambda: (r(4, 5), r(4, 5), pm1(4))) + [C(r(4, 5), r(4, 5), pm1(4), margin=0.3)],
    "multi_margin_loss": loss_cases(lambda: (r(4, 5), ri(5, 4))) + [
        C(r(4, 5), ri(5, 4), 2, 0.5, u(5)), C(r(4, 5), ri(5, 4), p=3, err="only p == 1 and p == 2 supported"),
        C(r(4, 5), ri(5, 4), weight=u(5, 1), err="weight must be one-dimensional")],
    "triplet_margin_loss": loss_cases(lambda: (r(4, 5), r(4, 5), r(4, 5))) + [
        C(r(4, 5), r(4, 5), r(4, 5), 0.5, 1, 1e-3, True), C(r(4, 5), r(4, 5), r(4, 5), margin=1e-6, swap=True)],
    # resampling
    "grid_sample": [C(r(2, 3, 5, 6), u(2, 4, 4, 2) * 2 - 1, align_corners=False),
                    C(r(2, 3, 5, 6), u(2, 4, 4, 2) * 2 - 1, "nearest", "border", True),
                    C(r(2, 3, 5, 6), u(2, 4, 4, 2) * 2.4 - 1.2, mode="bicubic", padding_mode="reflection"),
                    C(r(1, 2, 3, 4, 5), u(1, 2, 3, 4, 3) * 2 - 1, align_corners=True),
                    C(r(2, 3, 5, 6), u(2, 4, 4, 2), mode="cubic", err="expected mode to be"),
                    C(r(2, 3, 5, 6), u(2, 4, 4, 2), padding_mode="wrap", err="expected padding_mode to be")],
    "affine_grid": [C(r(2, 2, 3), [2, 3, 4, 5]), C(r(2, 2, 3), [2, 3, 4, 5], True),
                    C(r(2, 3, 4), [2, 1, 3, 4, 5], align_corners=False), C(r(2, 2, 3), [2, 3, 1, 5], True),
                    C(r(2, 2, 3), [2, 3, 5], err="affine_grid only supports 4D and 5D sizes"),
                    C(r(2, 2, 3), [2, 3, 0, 5], False, err="Expected non-zero, positive output size"),
                    C(r(2, 3, 3), [2, 3, 4, 5], err="Expected a batch of 2D affine matrices")],
    "multi_head_attention_forward": [
        # self-attention (query is key is value), packed projection, eval mode
        C(*([QKV] * 3), 6, 2, r(18, 6), r(18), None, None, False, 0.0, r(6, 6), r(6), training=False),
        # distinct key/value, biases, zero attention, bool padding mask, float 2D mask, per-head weights
        C(r(3, 2, 6), r(4, 2, 6), r(4, 2, 6), 6, 2, r(18, 6), r(18), r(1, 1, 6), r(1, 1, 6), True, 0.0, r(6, 6), None,
          key_padding_mask=torch.tensor([[False, False, True, False], [False, True, False, False]]),
          attn_mask=r(3, 4), average_attn_weights=False),
        # key is value, bool 3D mask, no weights returned
        C(r(3, 2, 6), *([KV] * 2), 6, 3, r(18, 6), None, None, None, False, 0.0, r(6, 6), r(6),
          attn_mask=torch.rand(6, 3, 4, generator=torch.Generator().manual_seed(3)) > 0.7, need_weights=False),
        # unbatched, separate projection weights, dropout in training (seeded)
        C(r(3, 6), r(4, 5), r(4, 7), 6, 2, None, r(18), None, None, False, 0.3, r(6, 6), r(6), True,
          use_separate_proj_weight=True, q_proj_weight=r(6, 6), k_proj_weight=r(6, 5), v_proj_weight=r(6, 7)),
        # static keys/values, float padding mask
        C(r(3, 2, 6), r(4, 2, 6), r(4, 2, 6), 6, 2, r(18, 6), r(18), None, None, False, 0.0, r(6, 6), r(6),
          key_padding_mask=r(2, 5), static_k=r(4, 5, 3), static_v=r(4, 5, 3)),
        C(r(3, 2, 6), r(4, 2, 6), r(4, 2, 6), 6, 2, r(18, 6), r(18), None, None, False, 0.0, r(6, 6), r(6),
          attn_mask=r(3, 5), err="The shape of the 2D attn_mask is"),
        C(r(3, 2, 6), r(4, 2, 6), r(4, 2, 6), 8, 2, r(18, 6), r(18), None, None, False, 0.0, r(6, 6), r(6),
          err="was expecting embedding dimension of 8, but got 6")],
    "unfold": [C(r(2, 3, 5, 6), 2), C(r(2, 3, 5, 6), (2, 3), dilation=(1, 2), padding=1, stride=2)],
    "fold": [C(r(2, 12, 20), (5, 6), 2), C(r(2, 12, 12), [5, 6], (2, 2), 1, 1, 2)],
}


# Overloaded functions cannot be scripted directly; these callers pick each overload (as user code would).
def ov_interp_size_int(x: Tensor, s: int, mode: str, ac: Optional[bool]):
    return L.interpolate(x, s, mode=mode, align_corners=ac)


def ov_interp_size_list(x: Tensor, s: List[int], mode: str, ac: Optional[bool]):
    return L.interpolate(x, size=s, mode=mode, align_corners=ac)


def ov_interp_scale_float(x: Tensor, f: float, mode: str, ac: Optional[bool], rsf: Optional[bool]):
    return L.interpolate(x, scale_factor=f, mode=mode, align_corners=ac, recompute_scale_factor=rsf)


def ov_interp_scale_list(x: Tensor, f: List[float], mode: str, ac: Optional[bool], aa: bool):
    return L.interpolate(x, None, f, mode, ac, None, aa)


def ov_upsample_int(x: Tensor, s: int, mode: str):
    return L.upsample(x, s, mode=mode)


def ov_upsample_scale(x: Tensor, f: float, mode: str, ac: Optional[bool]):
    return L.upsample(x, scale_factor=f, mode=mode, align_corners=ac)


def ov_upsample_list(x: Tensor, s: List[int], mode: str):
    return L.upsample(x, size=s, mode=mode)


def ov_upsample_nearest_int(x: Tensor, s: int):
    return L.upsample_nearest(x, s)


def ov_upsample_nearest_list(x: Tensor):
    return L.upsample_nearest(x, size=(3,))


def ov_upsample_nearest_scale(x: Tensor, f: float):
    return L.upsample_nearest(x, scale_factor=f)


def ov_upsample_bilinear_list(x: Tensor):
    return L.upsample_bilinear(x, size=(3, 5))


def ov_upsample_bilinear_int(x: Tensor, s: int):
    return L.upsample_bilinear(x, s)


def ov_upsample_bilinear_scale(x: Tensor, f: float):
    return L.upsample_bilinear(x, scale_factor=f)


def ov_upsample_bilinear_scale_list(x: Tensor, f: List[float]):
    return L.upsample_bilinear(x, scale_factor=f)


# (wrapper, [(args, reference thunk)])
x3, x5 = r(2, 3, 5), r(1, 2, 3, 4, 5)
OVERLOADED = {
    "interpolate": [
        (ov_interp_size_int, [((x3, 7, "nearest", None), lambda: F.interpolate(x3, 7)),
                              ((x4(), 7, "bilinear", True), lambda: F.interpolate(x4(), 7, mode="bilinear", align_corners=True)),
                              ((x3, 4, "area", None), lambda: F.interpolate(x3, 4, mode="area")),
                              ((x5, 3, "trilinear", None), lambda: F.interpolate(x5, 3, mode="trilinear")),
                              ((x3, 7, "bilinear", None), "Got 3D input, but bilinear mode needs 4D input"),
                              ((x3, 7, "nearest", True), "align_corners option can only be set")]),
        (ov_interp_size_list, [((x3, [8], "linear", None), lambda: F.interpolate(x3, size=[8], mode="linear")),
                               ((x4(), [7, 3], "bicubic", False), lambda: F.interpolate(x4(), size=[7, 3], mode="bicubic", align_corners=False)),
                               ((x4(), [7, 3], "nearest-exact", None), lambda: F.interpolate(x4(), size=[7, 3], mode="nearest-exact")),
                               ((x5, [2, 3, 9], "area", None), lambda: F.interpolate(x5, size=[2, 3, 9], mode="area")),
                               ((x4(), [7], "nearest", None), "Input and output must have the same number of spatial dimensions")]),
        (ov_interp_scale_float, [((x3, 1.7, "nearest", None, None), lambda: F.interpolate(x3, scale_factor=1.7)),
                                 ((x4(), 1.7, "bilinear", False, True), lambda: F.interpolate(x4(), scale_factor=1.7, mode="bilinear", align_corners=False, recompute_scale_factor=True)),
                                 ((x4(), 0.6, "area", None, None), lambda: F.interpolate(x4(), scale_factor=0.6, mode="area")),
                                 ((x5, 1.5, "nearest-exact", None, None), lambda: F.interpolate(x5, scale_factor=1.5, mode="nearest-exact"))]),
        (ov_interp_scale_list, [((x4(), [2.0, 0.5], "bilinear", None, True), lambda: F.interpolate(x4(), scale_factor=[2.0, 0.5], mode="bilinear", antialias=True)),
                                ((x4(), [1.5, 1.3], "bicubic", True, False), lambda: F.interpolate(x4(), scale_factor=[1.5, 1.3], mode="bicubic", align_corners=True)),
                                ((x5, [1.5, 1.0, 2.0], "nearest", None, False), lambda: F.interpolate(x5, scale_factor=[1.5, 1.0, 2.0])),
                                ((x3, [2.0], "nearest", None, True), "Anti-alias option is only supported")]),
    ],
    "upsample": [
        (ov_upsample_int, [((x3, 7, "nearest"), lambda: F.upsample(x3, 7))]),
        (ov_upsample_scale, [((x4(), 2.0, "bilinear", True), lambda: F.upsample(x4(), scale_factor=2.0, mode="bilinear", align_corners=True))]),
        (ov_upsample_list, [((x4(), [3, 9], "nearest"), lambda: F.upsample(x4(), size=[3, 9]))]),
    ],
    "upsample_nearest": [
        (ov_upsample_nearest_int, [((x4(), 4), lambda: F.upsample_nearest(x4(), 4))]),
        (ov_upsample_nearest_list, [((x3,), lambda: F.upsample_nearest(x3, size=(3,)))]),
        (ov_upsample_nearest_scale, [((x3, 1.7), lambda: F.upsample_nearest(x3, scale_factor=1.7))]),
    ],
    "upsample_bilinear": [
        (ov_upsample_bilinear_list, [((x4(),), lambda: F.upsample_bilinear(x4(), size=(3, 5)))]),
        (ov_upsample_bilinear_int, [((x4(), 4), lambda: F.upsample_bilinear(x4(), 4))]),
        (ov_upsample_bilinear_scale, [((x4(), 1.7), lambda: F.upsample_bilinear(x4(), scale_factor=1.7))]),
        (ov_upsample_bilinear_scale_list, [((x4(), [1.5, 2.0]), lambda: F.upsample_bilinear(x4(), scale_factor=[1.5, 2.0]))]),
    ],
}

# ---------------------------------------------------------------------------------------------
# Comment tables in the library


def parse_tables():
    dispatch, alias = {}, {}
    for line in open(LIB_PATH):
        m = re.match(r"# boolean_dispatch: (\w+) (\w+) (\d+) (\w+) (\w+) (\w+)\s*$", line)
        if m:
            dispatch[m.group(1)] = (m.group(2), int(m.group(3)), m.group(4) == "True", m.group(5), m.group(6))
        m = re.match(r"# alias: (\w+) (\w+)\s*$", line)
        if m:
            alias[m.group(2)] = m.group(1)
    return dispatch, alias


DISPATCH, ALIAS = parse_tables()
VARIANT_OF = {}  # library variant name -> (public name, return_indices value)
for pub, (arg, pos, default, t, f) in DISPATCH.items():
    VARIANT_OF[t] = (pub, True)
    VARIANT_OF[f] = (pub, False)


def reference(name):
    """The real torch.nn.functional callable (and extra kwargs) a library function must agree with."""
    if name in VARIANT_OF:
        pub, flag = VARIANT_OF[name]
        arg = DISPATCH[pub][0]
        return (lambda *a, **k: getattr(F, pub)(*a, **{arg: flag}, **k)), getattr(F, name)
    public = ALIAS.get(name, name)
    return getattr(F, public), getattr(F, public)


# ---------------------------------------------------------------------------------------------
# Comparison


def same(a, b, path="out"):
    if isinstance(a, Tensor) or isinstance(b, Tensor):
        if not (isinstance(a, Tensor) and isinstance(b, Tensor)):
            return "{}: type {} vs {}".format(path, type(a).__name__, type(b).__name__)
        if a.dtype != b.dtype:
            return "{}: dtype {} vs {}".format(path, a.dtype, b.dtype)
        if a.shape != b.shape:
            return "{}: shape {} vs {}".format(path, list(a.shape), list(b.shape))
        if a.dtype.is_floating_point or a.dtype.is_complex:
            if not torch.allclose(a, b, rtol=1e-5, atol=1e-6, equal_nan=True):
                return "{}: values differ (max abs diff {})".format(path, (a - b).abs().max().item())
        elif not torch.equal(a, b):
            return "{}: values differ".format(path)
        return None
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        if len(a) != len(b):
            return "{}: length {} vs {}".format(path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            e = same(x, y, "{}[{}]".format(path, i))
            if e:
                return e
        return None
    return None if a == b else "{}: {!r} vs {!r}".format(path, a, b)


def run(fn, args, kwargs):
    """Runs fn on fresh copies of the inputs under a fixed seed; returns (outputs, mutated inputs) or raises."""
    args, kwargs = copy.deepcopy(args), copy.deepcopy(kwargs)
    torch.manual_seed(1234)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = fn(*args, **kwargs)
    return out, [a for a in args if isinstance(a, Tensor)]


def check_case(scripted, ref, case):
    if case.err:
        errs = []
        for fn in (ref, scripted):
            try:
                run(fn, case.args, case.kwargs)
                errs.append(None)
            except Exception as e:  # noqa: BLE001
                errs.append(str(e))
        if errs[0] is None or case.err not in errs[0]:
            return "reference did not raise '{}' (got {})".format(case.err, errs[0])
        if errs[1] is None or case.err not in errs[1]:
            return "library did not raise '{}' (got {})".format(case.err, (errs[1] or "no error").splitlines()[-1])
        return None
    try:
        want, want_in = run(ref, case.args, case.kwargs)
    except Exception as e:  # noqa: BLE001
        return "reference raised: {}".format(str(e).splitlines()[0])
    try:
        got, got_in = run(scripted, case.args, case.kwargs)
    except Exception as e:  # noqa: BLE001
        return "library raised: {}".format(str(e).strip().splitlines()[-1])
    return same(got, want) or same(got_in, want_in, "inputs after call")


def broadcasting_caller(scripted):
    """Calls a scripted function from Python, expanding a scalar passed for a BroadcastingListN
    parameter to a list of N (TorchScript call sites do this; the Python entry point does not)."""
    params = scripted.schema.arguments

    def widen(arg, v):
        if arg.N is not None and isinstance(v, (int, float)) and not isinstance(v, bool):
            return [v] * arg.N
        return v

    def call(*args, **kwargs):
        args = [widen(params[i], v) for i, v in enumerate(args)]
        by_name = {p.name: p for p in params}
        kwargs = {k: widen(by_name[k], v) for k, v in kwargs.items()}
        for i, p in enumerate(params):  # omitted scalar defaults are widened too, as call sites do
            if i >= len(args) and p.name not in kwargs and p.N is not None and p.has_default_value():
                kwargs[p.name] = widen(p, p.default_value)
        return scripted(*args, **kwargs)
    return call


def signature_diff(mine, theirs):
    try:
        a = inspect.signature(mine).parameters
        b = inspect.signature(theirs).parameters
    except (TypeError, ValueError):
        return None
    sa = [(p.name, p.kind, p.default) for p in a.values()]
    sb = [(p.name, p.kind, p.default) for p in b.values()]
    if sa != sb:
        return "signature {} vs PyTorch {}".format(sa, sb)
    return None


# ---------------------------------------------------------------------------------------------


def install_dispatch():
    """Gives the loaded library PyTorch's own boolean dispatchers and aliases, built from the
    comment tables, so scripted user code can call L.max_pool2d(..., return_indices=True)."""
    from torch._jit_internal import boolean_dispatch
    for pub, (arg, pos, default, t, f) in DISPATCH.items():
        setattr(L, pub, boolean_dispatch(arg_name=arg, arg_index=pos, default=default, if_true=getattr(L, t),
                                         if_false=getattr(L, f), module_name=L.__name__, func_name=pub))
    for fname, pub in ALIAS.items():
        setattr(L, pub, getattr(L, fname))


def check_opinfo(case_dir, verbose):
    """Runs the OpInfo conformance cases for torch.nn.functional with calls redirected to the library
    (functions it does not define stay PyTorch builtins) and compares with the stored goldens."""
    import glob
    import tempfile
    install_dispatch()
    tmp = tempfile.mkdtemp(prefix="check_library_")
    sys.path.insert(0, tmp)
    passed, failed, redirected = 0, [], 0
    for path in sorted(glob.glob(os.path.join(case_dir, "nn_functional_*.py"))):
        case = os.path.basename(path)[:-3]
        src = open(path).read()
        uses = set(re.findall(r"torch\.nn\.functional\.(\w+)", src))
        if not any(hasattr(L, n) and callable(getattr(L, n)) for n in uses):
            continue
        redirected += 1
        src = re.sub(r"torch\.nn\.functional\.(\w+)",
                     lambda m: ("L." if hasattr(L, m.group(1)) else "torch.nn.functional.") + m.group(1), src)
        src = "import torch.nn.functional_lib_check as L\n" + src
        modname = "opinfo_" + case
        with open(os.path.join(tmp, modname + ".py"), "w") as fh:
            fh.write(src)
        try:
            mod = importlib.import_module(modname)
            fn = torch.jit.script(mod.fn)
            inputs = torch.load(path[:-3] + ".inputs.pt")
            want = torch.load(path[:-3] + ".output.pt")
            got = run(fn, tuple(inputs), {})[0]
            err = same(got, want)
        except Exception as e:  # noqa: BLE001
            err = "raised: " + str(e).strip().splitlines()[-1]
        if err:
            failed.append((case, err))
        else:
            passed += 1
            if verbose:
                print("  opinfo {} ok".format(case))
    for case, err in failed:
        print("opinfo {}  FAIL  {}".format(case, err))
    print("opinfo cases through the library: {} passed, {} failed ({} cases call library functions)"
          .format(passed, len(failed), redirected))
    return len(failed)


def main(argv):
    verbose = "-v" in argv
    if "--opinfo" in argv:
        i = argv.index("--opinfo")
        case_dir = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
        return 1 if check_opinfo(case_dir, verbose) else 0
    only = [a for a in argv if not a.startswith("-")]
    rows, failures = [], 0

    def report(name, status, detail=""):
        nonlocal failures
        if status != "ok":
            failures += 1
        rows.append((name, status, detail))

    # Global tables
    for pub, (arg, pos, default, t, f) in DISPATCH.items():
        info = _try_get_dispatched_fn(getattr(F, pub))
        want = (info["arg_name"], info["index"], info["default"], info["if_true"].__name__, info["if_false"].__name__)
        report("[dispatch] " + pub, "ok" if want == (arg, pos, default, t, f) else "FAIL",
               "" if want == (arg, pos, default, t, f) else "PyTorch has {}".format(want))
    for fname, pub in ALIAS.items():
        ok = getattr(F, pub) is getattr(F, fname, None) and hasattr(L, fname)
        report("[alias] {} -> {}".format(pub, fname), "ok" if ok else "FAIL")
    builtin_ids = {id(f) for f, _ in _builtin_ops}
    for name, fn in vars(F).items():
        if id(fn) in builtin_ids and inspect.isfunction(vars(L).get(name)):
            report("[builtin] " + name, "FAIL", "is an aten builtin in PyTorch; must not be redefined")

    lib_fns = {n: f for n, f in vars(L).items() if inspect.isfunction(f) and f.__module__ == L.__name__}
    public = [n for n in lib_fns if not n.startswith("_") or n in VARIANT_OF or n in ALIAS]
    for name in sorted(public):
        if only and name not in only:
            continue
        if name in OVERLOADED:
            for wrapper, cases in OVERLOADED[name]:
                label = "{} via {}".format(name, wrapper.__name__)
                try:
                    s = torch.jit.script(wrapper)
                except Exception as e:  # noqa: BLE001
                    report(label, "FAIL", "script: " + str(e).splitlines()[0])
                    continue
                errs = []
                for args, ref in cases:
                    if isinstance(ref, str):
                        case, ref_fn = C(*args, err=ref), wrapper
                    else:
                        case, ref_fn = C(*args), (lambda thunk: lambda *a, **k: thunk())(ref)
                    e = check_case(s, ref_fn, case)
                    if e:
                        errs.append("{}: {}".format(case, e))
                report(label, "FAIL" if errs else "ok", "; ".join(errs) if errs else "{} cases".format(len(cases)))
            continue
        fn = lib_fns[name]
        ref, ref_sig = reference(name)
        sig = signature_diff(fn, ref_sig)
        try:
            scripted = torch.jit.script(fn)
        except Exception as e:  # noqa: BLE001
            report(name, "FAIL", "script: " + str(e).splitlines()[0])
            continue
        cases = CASES.get(name)
        if not cases:
            report(name, "FAIL", "no sample cases")
            continue
        errs = [sig] if sig else []
        call = broadcasting_caller(scripted)
        for case in cases:
            e = check_case(call, ref, case)
            if e:
                errs.append("{}: {}".format(case, e))
            elif verbose:
                print("  {} {} ok".format(name, case))
        report(name, "FAIL" if errs else "ok", "; ".join(errs) if errs else "{} cases".format(len(cases)))

    # Coverage: scriptable Python wrappers in torch.nn.functional the library lacks.
    missing = []
    for name, fn in vars(F).items():
        if not inspect.isfunction(fn) or fn.__module__ != "torch.nn.functional" or id(fn) in builtin_ids:
            continue
        if name in lib_fns or name in DISPATCH or name in ALIAS.values():
            continue
        missing.append(name)

    width = max(len(r[0]) for r in rows)
    for name, status, detail in rows:
        print("{:<{w}}  {:<4}  {}".format(name, status, detail if status != "ok" or verbose else detail, w=width))
    passed = sum(1 for r in rows if r[1] == "ok")
    print("\n{} passed, {} failed, {} checks".format(passed, failures, len(rows)))
    print("not in library (torch.nn.functional Python functions): " + ", ".join(sorted(missing)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
