# torch.nn.functional for TorchScriptSharp, written as TorchScript source.
# Compiled like user code so qualified names match PyTorch's (__torch__.torch.nn.functional.X).
# Functions PyTorch maps straight to aten builtins (relu_, gelu, softplus, logsigmoid, pad, linear,
# conv*, avg_pool*, adaptive_avg_pool1d, one_hot, pairwise_distance, ...) are not defined here.
#
# Boolean dispatch (public name, arg name, 0-based arg position, default, if-true fn, if-false fn):
# boolean_dispatch: max_pool1d return_indices 6 False max_pool1d_with_indices _max_pool1d
# boolean_dispatch: max_pool2d return_indices 6 False max_pool2d_with_indices _max_pool2d
# boolean_dispatch: max_pool3d return_indices 6 False max_pool3d_with_indices _max_pool3d
# boolean_dispatch: adaptive_max_pool1d return_indices 2 False adaptive_max_pool1d_with_indices _adaptive_max_pool1d
# boolean_dispatch: adaptive_max_pool2d return_indices 2 False adaptive_max_pool2d_with_indices _adaptive_max_pool2d
# boolean_dispatch: adaptive_max_pool3d return_indices 2 False adaptive_max_pool3d_with_indices _adaptive_max_pool3d
# boolean_dispatch: fractional_max_pool2d return_indices 4 False fractional_max_pool2d_with_indices _fractional_max_pool2d
# boolean_dispatch: fractional_max_pool3d return_indices 4 False fractional_max_pool3d_with_indices _fractional_max_pool3d
#
# Aliases (public name -> function defined here), as in PyTorch's module:
# alias: threshold _threshold
#
# Overloads: interpolate, upsample, upsample_nearest and upsample_bilinear are declared with
# @_overload stubs (size: int or List[int], scale_factor: float or List[float]); the body after the
# stubs is compiled once per stub signature, and a call site picks the first stub that binds.

import math
import warnings
from typing import List, Optional, Tuple, Union

import torch
from torch import Tensor
from torch._jit_internal import BroadcastingList1, BroadcastingList2, BroadcastingList3, _overload


# ---------------------------------------------------------------------------------------------
# Reduction helpers (ATen's Reduction enum: none=0, mean=1, sum=2)

def _reduction_enum(reduction: str) -> int:
    if reduction == "none":
        return 0
    if reduction == "mean":
        return 1
    if reduction == "elementwise_mean":
        warnings.warn("reduction='elementwise_mean' is deprecated, please use reduction='mean' instead.")
        return 1
    if reduction == "sum":
        return 2
    raise ValueError("{} is not a valid value for reduction".format(reduction))


def _legacy_reduction(size_average: Optional[bool], reduce: Optional[bool]) -> str:
    # Deprecated size_average/reduce flags: each defaults to True when unset.
    avg = True if size_average is None else size_average
    red = True if reduce is None else reduce
    if avg and red:
        ret = "mean"
    elif red:
        ret = "sum"
    else:
        ret = "none"
    warnings.warn("size_average and reduce args will be deprecated, please use reduction='{}' instead.".format(ret))
    return ret


def _reduction_arg(size_average: Optional[bool], reduce: Optional[bool], reduction: str) -> str:
    if size_average is not None or reduce is not None:
        return _legacy_reduction(size_average, reduce)
    return reduction


def _warn_size_mismatch(input: Tensor, target: Tensor) -> None:
    if target.size() != input.size():
        warnings.warn("Using a target size ({}) that is different to the input size ({}). This will likely lead "
                      "to incorrect results due to broadcasting. Please ensure they have the same size."
                      .format(target.size(), input.size()), stacklevel=2)


def _check_p(p: float) -> None:
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))


# ---------------------------------------------------------------------------------------------
# Pooling

def fractional_max_pool2d_with_indices(input: Tensor, kernel_size: BroadcastingList2[int],
                                       output_size: Optional[BroadcastingList2[int]] = None,
                                       output_ratio: Optional[BroadcastingList2[float]] = None,
                                       return_indices: bool = False,
                                       _random_samples: Optional[Tensor] = None) -> Tuple[Tensor, Tensor]:
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool2d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        assert output_ratio is not None
        size = [int(input.size(-2) * output_ratio[0]), int(input.size(-1) * output_ratio[1])]
    else:
        size = output_size
    if _random_samples is None:
        n = 1 if input.dim() == 3 else input.size(0)
        samples = torch.rand(n, input.size(-3), 2, dtype=input.dtype, device=input.device)
    else:
        samples = _random_samples
    return torch._C._nn.fractional_max_pool2d(input, kernel_size, size, samples)


def _fractional_max_pool2d(input: Tensor, kernel_size: BroadcastingList2[int],
                           output_size: Optional[BroadcastingList2[int]] = None,
                           output_ratio: Optional[BroadcastingList2[float]] = None,
                           return_indices: bool = False,
                           _random_samples: Optional[Tensor] = None) -> Tensor:
    return fractional_max_pool2d_with_indices(input, kernel_size, output_size, output_ratio,
                                              return_indices, _random_samples)[0]


def fractional_max_pool3d_with_indices(input: Tensor, kernel_size: BroadcastingList3[int],
                                       output_size: Optional[BroadcastingList3[int]] = None,
                                       output_ratio: Optional[BroadcastingList3[float]] = None,
                                       return_indices: bool = False,
                                       _random_samples: Optional[Tensor] = None) -> Tuple[Tensor, Tensor]:
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool3d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        assert output_ratio is not None
        size = [int(input.size(-3) * output_ratio[0]), int(input.size(-2) * output_ratio[1]),
                int(input.size(-1) * output_ratio[2])]
    else:
        size = output_size
    if _random_samples is None:
        n = 1 if input.dim() == 4 else input.size(0)
        samples = torch.rand(n, input.size(-4), 3, dtype=input.dtype, device=input.device)
    else:
        samples = _random_samples
    return torch._C._nn.fractional_max_pool3d(input, kernel_size, size, samples)


def _fractional_max_pool3d(input: Tensor, kernel_size: BroadcastingList3[int],
                           output_size: Optional[BroadcastingList3[int]] = None,
                           output_ratio: Optional[BroadcastingList3[float]] = None,
                           return_indices: bool = False,
                           _random_samples: Optional[Tensor] = None) -> Tensor:
    return fractional_max_pool3d_with_indices(input, kernel_size, output_size, output_ratio,
                                              return_indices, _random_samples)[0]


def _stride_or_empty(stride: Optional[List[int]]) -> List[int]:
    # aten's max_pool* take stride=[] to mean "same as kernel_size".
    if stride is None:
        return torch.jit.annotate(List[int], [])
    return stride


def max_pool1d_with_indices(input: Tensor, kernel_size: BroadcastingList1[int],
                            stride: Optional[BroadcastingList1[int]] = None,
                            padding: BroadcastingList1[int] = 0, dilation: BroadcastingList1[int] = 1,
                            ceil_mode: bool = False, return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch.max_pool1d_with_indices(input, kernel_size, _stride_or_empty(stride), padding, dilation, ceil_mode)


def _max_pool1d(input: Tensor, kernel_size: BroadcastingList1[int],
                stride: Optional[BroadcastingList1[int]] = None,
                padding: BroadcastingList1[int] = 0, dilation: BroadcastingList1[int] = 1,
                ceil_mode: bool = False, return_indices: bool = False) -> Tensor:
    return torch.max_pool1d(input, kernel_size, _stride_or_empty(stride), padding, dilation, ceil_mode)


def max_pool2d_with_indices(input: Tensor, kernel_size: BroadcastingList2[int],
                            stride: Optional[BroadcastingList2[int]] = None,
                            padding: BroadcastingList2[int] = 0, dilation: BroadcastingList2[int] = 1,
                            ceil_mode: bool = False, return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch._C._nn.max_pool2d_with_indices(input, kernel_size, _stride_or_empty(stride), padding, dilation,
                                                ceil_mode)


def _max_pool2d(input: Tensor, kernel_size: BroadcastingList2[int],
                stride: Optional[BroadcastingList2[int]] = None,
                padding: BroadcastingList2[int] = 0, dilation: BroadcastingList2[int] = 1,
                ceil_mode: bool = False, return_indices: bool = False) -> Tensor:
    return torch.max_pool2d(input, kernel_size, _stride_or_empty(stride), padding, dilation, ceil_mode)


def max_pool3d_with_indices(input: Tensor, kernel_size: BroadcastingList3[int],
                            stride: Optional[BroadcastingList3[int]] = None,
                            padding: BroadcastingList3[int] = 0, dilation: BroadcastingList3[int] = 1,
                            ceil_mode: bool = False, return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch._C._nn.max_pool3d_with_indices(input, kernel_size, _stride_or_empty(stride), padding, dilation,
                                                ceil_mode)


def _max_pool3d(input: Tensor, kernel_size: BroadcastingList3[int],
                stride: Optional[BroadcastingList3[int]] = None,
                padding: BroadcastingList3[int] = 0, dilation: BroadcastingList3[int] = 1,
                ceil_mode: bool = False, return_indices: bool = False) -> Tensor:
    return torch.max_pool3d(input, kernel_size, _stride_or_empty(stride), padding, dilation, ceil_mode)


def _unpool_output_size(input: Tensor, kernel_size: List[int], stride: List[int], padding: List[int],
                        output_size: Optional[List[int]]) -> List[int]:
    # Default size inverts the pooling arithmetic; an explicit size (optionally with N, C) must be
    # within one stride of it.
    n = len(kernel_size)
    in_size = input.size()
    default_size: List[int] = []
    for d in range(n):
        default_size.append((in_size[len(in_size) - n + d] - 1) * stride[d] + kernel_size[d] - 2 * padding[d])
    if output_size is None:
        return default_size
    size = output_size
    if len(size) == n + 2:
        size = size[2:]
    if len(size) != n:
        raise ValueError("output_size should be a sequence containing {} or {} elements, but it has a length of '{}'"
                         .format(n, n + 2, len(size)))
    for d in range(n):
        lo = default_size[d] - stride[d]
        hi = default_size[d] + stride[d]
        if not (lo < size[d] and size[d] < hi):
            raise ValueError('invalid output_size "{}" (dim {} must be between {} and {})'.format(size, d, lo, hi))
    return size


def max_unpool1d(input: Tensor, indices: Tensor, kernel_size: BroadcastingList1[int],
                 stride: Optional[BroadcastingList1[int]] = None, padding: BroadcastingList1[int] = 0,
                 output_size: Optional[BroadcastingList1[int]] = None) -> Tensor:
    # Runs as a 2d unpool over a trailing unit dimension.
    s = kernel_size if stride is None else stride
    size = _unpool_output_size(input, kernel_size, s, padding, output_size) + [1]
    return torch._C._nn.max_unpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), size).squeeze(-1)


def max_unpool2d(input: Tensor, indices: Tensor, kernel_size: BroadcastingList2[int],
                 stride: Optional[BroadcastingList2[int]] = None, padding: BroadcastingList2[int] = 0,
                 output_size: Optional[BroadcastingList2[int]] = None) -> Tensor:
    s = kernel_size if stride is None else stride
    size = _unpool_output_size(input, kernel_size, s, padding, output_size)
    return torch._C._nn.max_unpool2d(input, indices, size)


def max_unpool3d(input: Tensor, indices: Tensor, kernel_size: BroadcastingList3[int],
                 stride: Optional[BroadcastingList3[int]] = None, padding: BroadcastingList3[int] = 0,
                 output_size: Optional[BroadcastingList3[int]] = None) -> Tensor:
    s = kernel_size if stride is None else stride
    size = _unpool_output_size(input, kernel_size, s, padding, output_size)
    return torch._C._nn.max_unpool3d(input, indices, size, s, padding)


def _as_float(x: Union[int, float]) -> float:
    if isinstance(x, int):
        return float(x)
    return x


def lp_pool2d(input: Tensor, norm_type: Union[int, float], kernel_size: BroadcastingList2[int],
              stride: Optional[BroadcastingList2[int]] = None, ceil_mode: bool = False) -> Tensor:
    # (sum over window of x^p)^(1/p), via average pooling times the window size.
    p = _as_float(norm_type)
    kw = kernel_size[0]
    kh = kernel_size[1]
    if stride is not None:
        out = torch._C._nn.avg_pool2d(input.pow(p), kernel_size, stride, 0, ceil_mode)
    else:
        out = torch._C._nn.avg_pool2d(input.pow(p), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kw * kh).pow(1.0 / p)


def lp_pool1d(input: Tensor, norm_type: Union[int, float], kernel_size: int,
              stride: Optional[BroadcastingList1[int]] = None, ceil_mode: bool = False) -> Tensor:
    p = _as_float(norm_type)
    if stride is not None:
        out = torch.avg_pool1d(input.pow(p), [kernel_size], stride, [0], ceil_mode)
    else:
        out = torch.avg_pool1d(input.pow(p), [kernel_size], padding=[0], ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kernel_size).pow(1.0 / p)


def adaptive_max_pool1d_with_indices(input: Tensor, output_size: BroadcastingList1[int],
                                     return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch.adaptive_max_pool1d(input, output_size)


def _adaptive_max_pool1d(input: Tensor, output_size: BroadcastingList1[int], return_indices: bool = False) -> Tensor:
    return adaptive_max_pool1d_with_indices(input, output_size)[0]


def adaptive_max_pool2d_with_indices(input: Tensor, output_size: BroadcastingList2[int],
                                     return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch._C._nn.adaptive_max_pool2d(input, output_size)


def _adaptive_max_pool2d(input: Tensor, output_size: BroadcastingList2[int], return_indices: bool = False) -> Tensor:
    return adaptive_max_pool2d_with_indices(input, output_size)[0]


def adaptive_max_pool3d_with_indices(input: Tensor, output_size: BroadcastingList3[int],
                                     return_indices: bool = False) -> Tuple[Tensor, Tensor]:
    return torch._C._nn.adaptive_max_pool3d(input, output_size)


def _adaptive_max_pool3d(input: Tensor, output_size: BroadcastingList3[int], return_indices: bool = False) -> Tensor:
    return adaptive_max_pool3d_with_indices(input, output_size)[0]


def adaptive_avg_pool2d(input: Tensor, output_size: BroadcastingList2[int]) -> Tensor:
    return torch._C._nn.adaptive_avg_pool2d(input, output_size)


def adaptive_avg_pool3d(input: Tensor, output_size: BroadcastingList3[int]) -> Tensor:
    return torch._C._nn.adaptive_avg_pool3d(input, output_size)


# ---------------------------------------------------------------------------------------------
# Dropout

def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    if inplace:
        return torch.dropout_(input, p, training)
    return torch.dropout(input, p, training)


def alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    _check_p(p)
    if inplace:
        return torch.alpha_dropout_(input, p, training)
    return torch.alpha_dropout(input, p, training)


def _feature_dropout(input: Tensor, p: float, training: bool, inplace: bool) -> Tensor:
    if inplace:
        return torch.feature_dropout_(input, p, training)
    return torch.feature_dropout(input, p, training)


def _channel_dropout(input: Tensor, p: float, training: bool, inplace: bool, batched_dim: int) -> Tensor:
    # Channel-wise dropout; unbatched inputs get a temporary batch dimension.
    if input.dim() == batched_dim:
        return _feature_dropout(input, p, training, inplace)
    x = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    y = _feature_dropout(x, p, training, inplace)
    return y.squeeze_(0) if inplace else y.squeeze(0)


def dropout1d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    d = input.dim()
    if d != 2 and d != 3:
        raise RuntimeError("dropout1d: Expected 2D or 3D input, but received a {}D input. Note that dropout1d exists "
                           "to provide channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, "
                           "and an optional batch dimension (i.e. 2D or 3D inputs).".format(d))
    return _channel_dropout(input, p, training, inplace, 3)


def dropout2d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    d = input.dim()
    if d != 3 and d != 4:
        warnings.warn("dropout2d: Received a {}-D input to dropout2d, which is deprecated and will result in an "
                      "error in a future release. To retain the behavior and silence this warning, please use "
                      "dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 "
                      "spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D "
                      "inputs).".format(d))
    if d == 3:
        # PyTorch 1.13 still treats 3D input as batched (N, C, L).
        warnings.warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout "
                      "behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. "
                      "This behavior will change in a future release to interpret the input as one without a batch "
                      "dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please "
                      "switch to using dropout1d instead.")
    return _feature_dropout(input, p, training, inplace)


def dropout3d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    d = input.dim()
    if d != 4 and d != 5:
        warnings.warn("dropout3d: Received a {}-D input to dropout3d, which is deprecated and will result in an "
                      "error in a future release. To retain the behavior and silence this warning, please use "
                      "dropout instead. Note that dropout3d exists to provide channel-wise dropout on inputs with 3 "
                      "spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 4D or 5D "
                      "inputs).".format(d))
    return _channel_dropout(input, p, training, inplace, 5)


def feature_alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    _check_p(p)
    if inplace:
        return torch.feature_alpha_dropout_(input, p, training)
    return torch.feature_alpha_dropout(input, p, training)


# ---------------------------------------------------------------------------------------------
# Activations

def _threshold(input: Tensor, threshold: float, value: float, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.threshold_(input, threshold, value)
    return torch.threshold(input, threshold, value)


def relu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.relu_(input)
    return torch.relu(input)


def glu(input: Tensor, dim: int = -1) -> Tensor:
    if input.dim() == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    return torch._C._nn.glu(input, dim)


def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.hardtanh_(input, min_val, max_val)
    return torch._C._nn.hardtanh(input, min_val, max_val)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.relu6_(input)
    return torch._C._nn.relu6(input)


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.elu_(input, alpha)
    return torch._C._nn.elu(input, alpha)


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.selu_(input)
    return torch.selu(input)


def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    if inplace:
        return torch.celu_(input, alpha)
    return torch.celu(input, alpha)


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.leaky_relu_(input, negative_slope)
    return torch._C._nn.leaky_relu(input, negative_slope)


def rrelu(input: Tensor, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = False,
          inplace: bool = False) -> Tensor:
    if inplace:
        return torch.rrelu_(input, lower, upper, training)
    return torch.rrelu(input, lower, upper, training)


def tanhshrink(input: Tensor) -> Tensor:
    return input - input.tanh()


def softsign(input: Tensor) -> Tensor:
    return input / (input.abs() + 1)


def _get_softmax_dim(name: str, ndim: int, stacklevel: int) -> int:
    # Legacy implicit dim: 0 for 0-, 1- and 3-d inputs, else 1.
    warnings.warn("Implicit dimension choice for {} has been deprecated. Change the call to include dim=X as an "
                  "argument.".format(name), stacklevel=stacklevel)
    if ndim == 0 or ndim == 1 or ndim == 3:
        return 0
    return 1


def softmin(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> Tensor:
    d = _get_softmax_dim("softmin", input.dim(), _stacklevel) if dim is None else dim
    return torch.softmax(-input, d, dtype)


def softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Optional[int] = None) -> Tensor:
    d = _get_softmax_dim("softmax", input.dim(), _stacklevel) if dim is None else dim
    return torch.softmax(input, d, dtype)


def log_softmax(input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3,
                dtype: Optional[int] = None) -> Tensor:
    d = _get_softmax_dim("log_softmax", input.dim(), _stacklevel) if dim is None else dim
    return torch.log_softmax(input, d, dtype)


def gumbel_softmax(logits: Tensor, tau: float = 1, hard: bool = False, eps: float = 1e-10, dim: int = -1) -> Tensor:
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.")
    # Gumbel(0, 1) noise: -log(Exp(1)).
    noise = -torch.empty(logits.size(), dtype=logits.dtype, device=logits.device).exponential_().log()
    y_soft = torch.softmax((logits + noise) / tau, dim)
    if not hard:
        return y_soft
    # Straight-through: one-hot forward, soft gradient.
    index = y_soft.max(dim, keepdim=True)[1]
    y_hard = torch.zeros(logits.size(), dtype=logits.dtype, device=logits.device).scatter_(dim, index, 1.0)
    return y_hard - y_soft.detach() + y_soft


def tanh(input: Tensor) -> Tensor:
    warnings.warn("nn.functional.tanh is deprecated. Use torch.tanh instead.")
    return input.tanh()


def sigmoid(input: Tensor) -> Tensor:
    warnings.warn("nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.")
    return input.sigmoid()


def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.hardsigmoid_(input)
    return torch._C._nn.hardsigmoid(input)


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.silu_(input)
    return torch._C._nn.silu(input)


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.mish_(input)
    return torch._C._nn.mish(input)


def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return torch._C._nn.hardswish_(input)
    return torch._C._nn.hardswish(input)


# ---------------------------------------------------------------------------------------------
# Embeddings

def embedding(input: Tensor, weight: Tensor, padding_idx: Optional[int] = None, max_norm: Optional[float] = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    pad_idx = -1
    if padding_idx is not None:
        num = weight.size(0)
        if padding_idx > 0:
            assert padding_idx < num, "Padding_idx must be within num_embeddings"
            pad_idx = padding_idx
        elif padding_idx < 0:
            assert padding_idx >= -num, "Padding_idx must be within num_embeddings"
            pad_idx = num + padding_idx
        else:
            pad_idx = 0
    if max_norm is not None:
        # Renormalise the looked-up rows in place (outside autograd: the weight is detached).
        input = input.contiguous()
        torch.embedding_renorm_(weight.detach(), input, max_norm, norm_type)
    return torch.embedding(weight, input, pad_idx, scale_grad_by_freq, sparse)


def embedding_bag(input: Tensor, weight: Tensor, offsets: Optional[Tensor] = None, max_norm: Optional[float] = None,
                  norm_type: float = 2, scale_grad_by_freq: bool = False, mode: str = "mean", sparse: bool = False,
                  per_sample_weights: Optional[Tensor] = None, include_last_offset: bool = False,
                  padding_idx: Optional[int] = None) -> Tensor:
    if weight.dtype == torch.long and input.is_floating_point():
        warnings.warn("Argument order of nn.functional.embedding_bag was changed. Usage `embedding_bag(weight, "
                      "input, ...)` is deprecated, and should now be `embedding_bag(input, weight, ...)`.")
        tmp = weight
        weight = input
        input = tmp
    if per_sample_weights is not None and input.size() != per_sample_weights.size():
        raise ValueError("embedding_bag: If per_sample_weights ({}) is not None, then it must have the same shape as "
                         "the input ({})".format(per_sample_weights.shape, input.shape))
    psw = per_sample_weights
    if input.dim() == 2:
        # Fixed-length bags: one bag per row.
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             "fixed length sequences. However, found offsets of type {}".format("<unknown>"))
        offs = torch.arange(0, input.numel(), input.size(1), dtype=input.dtype, device=input.device)
        input = input.reshape(-1)
        if psw is not None:
            psw = psw.reshape(-1)
    elif input.dim() == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.dim() != 1:
            raise ValueError("offsets has to be a 1D Tensor")
        offs = offsets
    else:
        raise ValueError("input has to be 1D or 2D Tensor, but got Tensor of dimension {}".format(input.dim()))
    if mode == "sum":
        mode_enum = 0
    elif mode == "mean":
        mode_enum = 1
    elif mode == "max":
        mode_enum = 2
        if scale_grad_by_freq:
            raise ValueError("max mode does not support scaling the gradient by the frequency")
        if sparse:
            raise ValueError("max mode does not support sparse weights")
    else:
        raise ValueError("mode has to be one of sum, mean or max")
    if max_norm is not None:
        torch.embedding_renorm_(weight.detach(), input, max_norm, norm_type)
    if psw is not None and mode != "sum":
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                  "supported for mode='sum' (got mode='{}'). Please open a feature request on "
                                  "GitHub.".format(mode))
    ret, _, _, _ = torch.embedding_bag(weight, input, offs, scale_grad_by_freq, mode_enum, sparse, psw,
                                       include_last_offset, padding_idx)
    return ret


# ---------------------------------------------------------------------------------------------
# Normalisation (cudnn_enabled is passed as True, as PyTorch's scripted code does)

def _verify_batch_size(size: List[int]) -> None:
    # Training needs more than one value per channel.
    n = size[0]
    for i in range(2, len(size)):
        n *= size[i]
    if n == 1:
        raise ValueError("Expected more than 1 value per channel when training, got input size {}".format(size))


def _verify_spatial_size(size: List[int]) -> None:
    n = 1
    for i in range(2, len(size)):
        n *= size[i]
    if n == 1:
        raise ValueError("Expected more than 1 spatial element when training, got input size {}".format(size))


def batch_norm(input: Tensor, running_mean: Optional[Tensor], running_var: Optional[Tensor],
               weight: Optional[Tensor] = None, bias: Optional[Tensor] = None, training: bool = False,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if training:
        _verify_batch_size(input.size())
    return torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, True)


def instance_norm(input: Tensor, running_mean: Optional[Tensor] = None, running_var: Optional[Tensor] = None,
                  weight: Optional[Tensor] = None, bias: Optional[Tensor] = None, use_input_stats: bool = True,
                  momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if use_input_stats:
        _verify_spatial_size(input.size())
    return torch.instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, True)


def layer_norm(input: Tensor, normalized_shape: List[int], weight: Optional[Tensor] = None,
               bias: Optional[Tensor] = None, eps: float = 1e-5) -> Tensor:
    return torch.layer_norm(input, normalized_shape, weight, bias, eps, True)


def group_norm(input: Tensor, num_groups: int, weight: Optional[Tensor] = None, bias: Optional[Tensor] = None,
               eps: float = 1e-5) -> Tensor:
    _verify_batch_size([input.size(0) * input.size(1) // num_groups, num_groups] + input.size()[2:])
    return torch.group_norm(input, num_groups, weight, bias, eps, True)


def local_response_norm(input: Tensor, size: int, alpha: float = 1e-4, beta: float = 0.75, k: float = 1.0) -> Tensor:
    # x / (k + alpha * mean of x^2 over `size` neighbouring channels) ^ beta
    dim = input.dim()
    if dim < 3:
        raise ValueError("Expected 3D or higher dimensionality                          input (got {} dimensions)"
                         .format(dim))
    if input.numel() == 0:
        return input
    sq = input.mul(input).unsqueeze(1)
    before = size // 2
    after = (size - 1) // 2
    if dim == 3:
        sq = torch._C._nn.pad(sq, [0, 0, before, after])
        div = torch._C._nn.avg_pool2d(sq, [size, 1], stride=[1]).squeeze(1)
    else:
        sizes = input.size()
        sq = sq.view(sizes[0], 1, sizes[1], sizes[2], -1)
        sq = torch._C._nn.pad(sq, [0, 0, 0, 0, before, after])
        div = torch._C._nn.avg_pool3d(sq, [size, 1, 1], stride=[1]).squeeze(1).view(sizes)
    div = div.mul(alpha).add(k).pow(beta)
    return input / div


def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out: Optional[Tensor] = None) -> Tensor:
    # Lp-normalise along dim, with the norm clamped below by eps.
    if out is None:
        denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
        return input / denom
    denom = input.norm(p, dim, keepdim=True).clamp_min_(eps).expand_as(input)
    return torch.div(input, denom, out=out)


# ---------------------------------------------------------------------------------------------
# Losses

def ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank: int = 0,
             reduction: str = "mean", zero_infinity: bool = False) -> Tensor:
    return torch.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, _reduction_enum(reduction),
                          zero_infinity)


def nll_loss(input: Tensor, target: Tensor, weight: Optional[Tensor] = None, size_average: Optional[bool] = None,
             ignore_index: int = -100, reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_arg(size_average, reduce, reduction)
    return torch._C._nn.nll_loss_nd(input, target, weight, _reduction_enum(red), ignore_index)


def poisson_nll_loss(input: Tensor, target: Tensor, log_input: bool = True, full: bool = False,
                     size_average: Optional[bool] = None, eps: float = 1e-8, reduce: Optional[bool] = None,
                     reduction: str = "mean") -> Tensor:
    red = _reduction_arg(size_average, reduce, reduction)
    if red != "none" and red != "mean" and red != "sum":
        raise ValueError(red + " is not valid")
    return torch.poisson_nll_loss(input, target, log_input, full, eps, _reduction_enum(red))


def gaussian_nll_loss(input: Tensor, target: Tensor, var: Tensor, full: bool = False, eps: float = 1e-6,
                      reduction: str = "mean") -> Tensor:
    # var may omit a trailing dim (homoscedastic over it) or have it as 1.
    if var.size() != input.size():
        if input.size()[:-1] == var.size():
            var = torch.unsqueeze(var, -1)
        elif input.size()[:-1] == var.size()[:-1] and var.size(-1) == 1:
            pass
        else:
            raise ValueError("var is of incorrect size")
    if reduction != "none" and reduction != "mean" and reduction != "sum":
        raise ValueError(reduction + " is not valid")
    if bool(torch.any(var < 0)):
        raise ValueError("var has negative entry/entries")
    var = var.clone()
    with torch.no_grad():
        var.clamp_(min=eps)
    loss = 0.5 * (torch.log(var) + (input - target) ** 2 / var)
    if full:
        loss += 0.5 * math.log(2 * math.pi)
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


def kl_div(input: Tensor, target: Tensor, size_average: Optional[bool] = None, reduce: Optional[bool] = None,
           reduction: str = "mean", log_target: bool = False) -> Tensor:
    if size_average is not None or reduce is not None:
        red_enum = _reduction_enum(_legacy_reduction(size_average, reduce))
    else:
        if reduction == "mean":
            warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                          "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                          "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
        # batchmean = sum, then divide by the batch size.
        red_enum = 2 if reduction == "batchmean" else _reduction_enum(reduction)
    out = torch.kl_div(input, target, red_enum, log_target=log_target)
    if reduction == "batchmean" and input.dim() != 0:
        out = out / input.size()[0]
    return out


def cross_entropy(input: Tensor, target: Tensor, weight: Optional[Tensor] = None,
                  size_average: Optional[bool] = None, ignore_index: int = -100, reduce: Optional[bool] = None,
                  reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    red = _reduction_arg(size_average, reduce, reduction)
    return torch._C._nn.cross_entropy_loss(input, target, weight, _reduction_enum(red), ignore_index,
                                           label_smoothing)


def binary_cross_entropy(input: Tensor, target: Tensor, weight: Optional[Tensor] = None,
                         size_average: Optional[bool] = None, reduce: Optional[bool] = None,
                         reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    if target.size() != input.size():
        raise ValueError("Using a target size ({}) that is different to the input size ({}) is deprecated. Please "
                         "ensure they have the same size.".format(target.size(), input.size()))
    if weight is not None:
        weight = weight.expand(target.size())
    return torch._C._nn.binary_cross_entropy(input, target, weight, red)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Optional[Tensor] = None,
                                     size_average: Optional[bool] = None, reduce: Optional[bool] = None,
                                     reduction: str = "mean", pos_weight: Optional[Tensor] = None) -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    if target.size() != input.size():
        raise ValueError("Target size ({}) must be the same as input size ({})".format(target.size(), input.size()))
    return torch.binary_cross_entropy_with_logits(input, target, weight, pos_weight, red)


def smooth_l1_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None,
                   reduce: Optional[bool] = None, reduction: str = "mean", beta: float = 1.0) -> Tensor:
    _warn_size_mismatch(input, target)
    red = _reduction_arg(size_average, reduce, reduction)
    x, y = torch.broadcast_tensors([input, target])
    return torch._C._nn.smooth_l1_loss(x, y, _reduction_enum(red), beta)


def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0) -> Tensor:
    _warn_size_mismatch(input, target)
    x, y = torch.broadcast_tensors([input, target])
    return torch._C._nn.huber_loss(x, y, _reduction_enum(reduction), delta)


def l1_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None, reduce: Optional[bool] = None,
            reduction: str = "mean") -> Tensor:
    _warn_size_mismatch(input, target)
    red = _reduction_arg(size_average, reduce, reduction)
    x, y = torch.broadcast_tensors([input, target])
    return torch._C._nn.l1_loss(x, y, _reduction_enum(red))


def mse_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None, reduce: Optional[bool] = None,
             reduction: str = "mean") -> Tensor:
    _warn_size_mismatch(input, target)
    red = _reduction_arg(size_average, reduce, reduction)
    x, y = torch.broadcast_tensors([input, target])
    return torch._C._nn.mse_loss(x, y, _reduction_enum(red))


def margin_ranking_loss(input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0,
                        size_average: Optional[bool] = None, reduce: Optional[bool] = None,
                        reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension but got sizes: "
                           "input1: {}, input2: {}, target: {} ".format(input1.size(), input2.size(), target.size()))
    return torch.margin_ranking_loss(input1, input2, target, margin, red)


def hinge_embedding_loss(input: Tensor, target: Tensor, margin: float = 1.0, size_average: Optional[bool] = None,
                         reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    return torch.hinge_embedding_loss(input, target, margin, red)


def multilabel_margin_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None,
                           reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    return torch._C._nn.multilabel_margin_loss(input, target, red)


def soft_margin_loss(input: Tensor, target: Tensor, size_average: Optional[bool] = None,
                     reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    return torch._C._nn.soft_margin_loss(input, target, red)


def multilabel_soft_margin_loss(input: Tensor, target: Tensor, weight: Optional[Tensor] = None,
                                size_average: Optional[bool] = None, reduce: Optional[bool] = None,
                                reduction: str = "mean") -> Tensor:
    red = _reduction_arg(size_average, reduce, reduction)
    # Per-class logistic loss, averaged over the class (last) dimension.
    loss = -(target * torch._C._nn.log_sigmoid(input) + (1 - target) * torch._C._nn.log_sigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.dim() - 1
    loss = loss.sum(dim=class_dim) / input.size(class_dim)
    if red == "none":
        return loss
    if red == "mean":
        return loss.mean()
    if red == "sum":
        return loss.sum()
    raise ValueError(red + " is not valid")


def cosine_embedding_loss(input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0,
                          size_average: Optional[bool] = None, reduce: Optional[bool] = None,
                          reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    return torch.cosine_embedding_loss(input1, input2, target, margin, red)


def multi_margin_loss(input: Tensor, target: Tensor, p: int = 1, margin: float = 1.0,
                      weight: Optional[Tensor] = None, size_average: Optional[bool] = None,
                      reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None:
        if weight.dim() != 1:
            raise ValueError("weight must be one-dimensional")
    return torch._C._nn.multi_margin_loss(input, target, p, margin, weight, red)


def triplet_margin_loss(anchor: Tensor, positive: Tensor, negative: Tensor, margin: float = 1.0, p: float = 2,
                        eps: float = 1e-6, swap: bool = False, size_average: Optional[bool] = None,
                        reduce: Optional[bool] = None, reduction: str = "mean") -> Tensor:
    red = _reduction_enum(_reduction_arg(size_average, reduce, reduction))
    return torch.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, red)


# ---------------------------------------------------------------------------------------------
# Resampling

@_overload
def interpolate(input: Tensor, size: Optional[int] = None, scale_factor: Optional[List[float]] = None,
                mode: str = "nearest", align_corners: Optional[bool] = None,
                recompute_scale_factor: Optional[bool] = None, antialias: bool = False) -> Tensor:
    pass


@_overload
def interpolate(input: Tensor, size: Optional[List[int]] = None,  # noqa: F811
                scale_factor: Optional[List[float]] = None, mode: str = "nearest",
                align_corners: Optional[bool] = None, recompute_scale_factor: Optional[bool] = None,
                antialias: bool = False) -> Tensor:
    pass


@_overload
def interpolate(input: Tensor, size: Optional[int] = None, scale_factor: Optional[float] = None,  # noqa: F811
                mode: str = "nearest", align_corners: Optional[bool] = None,
                recompute_scale_factor: Optional[bool] = None, antialias: bool = False) -> Tensor:
    pass


@_overload
def interpolate(input: Tensor, size: Optional[List[int]] = None,  # noqa: F811
                scale_factor: Optional[float] = None, mode: str = "nearest", align_corners: Optional[bool] = None,
                recompute_scale_factor: Optional[bool] = None, antialias: bool = False) -> Tensor:
    pass


def interpolate(input: Tensor, size: Optional[int] = None, scale_factor: Optional[List[float]] = None,  # noqa: F811
                mode: str = "nearest", align_corners: Optional[bool] = None,
                recompute_scale_factor: Optional[bool] = None, antialias: bool = False) -> Tensor:
    if mode == "nearest" or mode == "area" or mode == "nearest-exact":
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
        corners = False
    else:
        corners = False if align_corners is None else align_corners
    dim = input.dim() - 2
    output_size: Optional[List[int]] = None
    scale_factors: Optional[List[float]] = None
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    elif size is not None:
        if isinstance(size, (list, tuple)):  # a module's size may be a tuple when run as Python
            if len(size) != dim:
                raise ValueError("Input and output must have the same number of spatial dimensions, but got input "
                                 "with spatial dimensions of {} and output size of {}. Please provide input tensor "
                                 "in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format."
                                 .format(input.size()[2:], size))
            output_size = size
        else:
            output_size = [size for _ in range(dim)]
    elif scale_factor is not None:
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError("Input and scale_factor must have the same number of spatial dimensions, but got "
                                 "input with spatial dimensions of {} and scale_factor of shape {}. Please provide "
                                 "input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) "
                                 "format.".format(input.size()[2:], scale_factor))
            scale_factors = scale_factor
        else:
            scale_factors = [scale_factor for _ in range(dim)]
    else:
        raise ValueError("either size or scale_factor should be defined")
    recompute = False if recompute_scale_factor is None else recompute_scale_factor
    if recompute and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    # "area" always needs an explicit output size.
    if mode == "area" and output_size is None:
        recompute = True
    if recompute:
        assert scale_factors is not None
        output_size = [int(math.floor(float(input.size(i + 2)) * scale_factors[i])) for i in range(dim)]
        scale_factors = None
    if antialias and not ((mode == "bilinear" or mode == "bicubic") and input.dim() == 4):
        raise ValueError("Anti-alias option is only supported for bilinear and bicubic modes")
    nd = input.dim()
    if mode == "nearest":
        if nd == 3:
            return torch._C._nn.upsample_nearest1d(input, output_size, scale_factors)
        if nd == 4:
            return torch._C._nn.upsample_nearest2d(input, output_size, scale_factors)
        if nd == 5:
            return torch._C._nn.upsample_nearest3d(input, output_size, scale_factors)
    if mode == "nearest-exact":
        if nd == 3:
            return torch._C._nn._upsample_nearest_exact1d(input, output_size, scale_factors)
        if nd == 4:
            return torch._C._nn._upsample_nearest_exact2d(input, output_size, scale_factors)
        if nd == 5:
            return torch._C._nn._upsample_nearest_exact3d(input, output_size, scale_factors)
    if mode == "area":
        assert output_size is not None
        if nd == 3:
            return torch.adaptive_avg_pool1d(input, output_size)
        if nd == 4:
            return adaptive_avg_pool2d(input, output_size)
        if nd == 5:
            return adaptive_avg_pool3d(input, output_size)
    if nd == 3 and mode == "linear":
        return torch._C._nn.upsample_linear1d(input, output_size, corners, scale_factors)
    if nd == 4 and mode == "bilinear":
        if antialias:
            return torch._C._nn._upsample_bilinear2d_aa(input, output_size, corners, scale_factors)
        return torch._C._nn.upsample_bilinear2d(input, output_size, corners, scale_factors)
    if nd == 5 and mode == "trilinear":
        return torch._C._nn.upsample_trilinear3d(input, output_size, corners, scale_factors)
    if nd == 4 and mode == "bicubic":
        if antialias:
            return torch._C._nn._upsample_bicubic2d_aa(input, output_size, corners, scale_factors)
        return torch._C._nn.upsample_bicubic2d(input, output_size, corners, scale_factors)
    if mode == "linear" or mode == "bilinear" or mode == "trilinear":
        need = 3 if mode == "linear" else (4 if mode == "bilinear" else 5)
        if (nd == 3 or nd == 4 or nd == 5) and nd != need:
            raise NotImplementedError("Got {}D input, but {} mode needs {}D input".format(nd, mode, need))
    raise NotImplementedError("Input Error: Only 3D, 4D and 5D input Tensors supported (got {}D) for the modes: "
                              "nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got {})"
                              .format(nd, mode))


@_overload
def upsample(input: Tensor, size: Optional[int] = None, scale_factor: Optional[float] = None,
             mode: str = "nearest", align_corners: Optional[bool] = None) -> Tensor:
    pass


@_overload
def upsample(input: Tensor, size: Optional[List[int]] = None, scale_factor: Optional[float] = None,  # noqa: F811
             mode: str = "nearest", align_corners: Optional[bool] = None) -> Tensor:
    pass


def upsample(input: Tensor, size: Optional[int] = None, scale_factor: Optional[float] = None,  # noqa: F811
             mode: str = "nearest", align_corners: Optional[bool] = None) -> Tensor:
    warnings.warn("nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.")
    return interpolate(input, size, scale_factor, mode, align_corners)


@_overload
def upsample_nearest(input: Tensor, size: Optional[int] = None, scale_factor: Optional[float] = None) -> Tensor:
    pass


@_overload
def upsample_nearest(input: Tensor, size: Optional[List[int]] = None,  # noqa: F811
                     scale_factor: Optional[float] = None) -> Tensor:
    pass


def upsample_nearest(input: Tensor, size: Optional[int] = None,  # noqa: F811
                     scale_factor: Optional[float] = None) -> Tensor:
    warnings.warn("nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.")
    return interpolate(input, size, scale_factor, mode="nearest")


@_overload
def upsample_bilinear(input: Tensor, size: Optional[int] = None, scale_factor: Optional[float] = None) -> Tensor:
    pass


@_overload
def upsample_bilinear(input: Tensor, size: Optional[List[int]] = None,  # noqa: F811
                      scale_factor: Optional[float] = None) -> Tensor:
    pass


@_overload
def upsample_bilinear(input: Tensor, size: Optional[int] = None,  # noqa: F811
                      scale_factor: Optional[List[float]] = None) -> Tensor:
    pass


@_overload
def upsample_bilinear(input: Tensor, size: Optional[List[int]] = None,  # noqa: F811
                      scale_factor: Optional[List[float]] = None) -> Tensor:
    pass


def upsample_bilinear(input: Tensor, size: Optional[int] = None,  # noqa: F811
                      scale_factor: Optional[float] = None) -> Tensor:
    warnings.warn("nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.")
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


def grid_sample(input: Tensor, grid: Tensor, mode: str = "bilinear", padding_mode: str = "zeros",
                align_corners: Optional[bool] = None) -> Tensor:
    # aten enums: interpolation bilinear=0 nearest=1 bicubic=2; padding zeros=0 border=1 reflection=2
    if mode == "bilinear":
        mode_enum = 0
    elif mode == "nearest":
        mode_enum = 1
    elif mode == "bicubic":
        mode_enum = 2
    else:
        raise ValueError("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         "but got: '{}'".format(mode))
    if padding_mode == "zeros":
        pad_enum = 0
    elif padding_mode == "border":
        pad_enum = 1
    elif padding_mode == "reflection":
        pad_enum = 2
    else:
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or "
                         "'reflection', but got: '{}'".format(padding_mode))
    if align_corners is None:
        warnings.warn("Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. "
                      "Please specify align_corners=True if the old behavior is desired. See the documentation of "
                      "grid_sample for details.")
        corners = False
    else:
        corners = align_corners
    return torch.grid_sampler(input, grid, mode_enum, pad_enum, corners)


def affine_grid(theta: Tensor, size: List[int], align_corners: Optional[bool] = None) -> Tensor:
    if align_corners is None:
        warnings.warn("Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. "
                      "Please specify align_corners=True if the old behavior is desired. See the documentation of "
                      "grid_sample for details.")
        corners = False
    else:
        corners = align_corners
    if not theta.is_floating_point():
        raise ValueError("Expected theta to have floating point type, but got {}".format(theta.dtype))
    # 2D transforms are Nx2x3 for 4D sizes, 3D transforms Nx3x4 for 5D sizes.
    if len(size) == 4:
        if theta.dim() != 3 or theta.size(-2) != 2 or theta.size(-1) != 3:
            raise ValueError("Expected a batch of 2D affine matrices of shape Nx2x3 for size {}. Got {}."
                             .format(size, theta.shape))
        spatial = size[-2:]
    elif len(size) == 5:
        if theta.dim() != 3 or theta.size(-2) != 3 or theta.size(-1) != 4:
            raise ValueError("Expected a batch of 3D affine matrices of shape Nx3x4 for size {}. Got {}."
                             .format(size, theta.shape))
        spatial = size[-3:]
    else:
        raise NotImplementedError("affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  "respectively. Got size {}.".format(size))
    if corners and min(spatial) == 1:
        warnings.warn("Since version 1.3.0, affine_grid behavior has changed for unit-size grids when "
                      "align_corners=True. This is not an intended use case of affine_grid. See the documentation "
                      "of affine_grid for details.")
    elif min(size) <= 0:
        raise ValueError("Expected non-zero, positive output size. Got {}".format(size))
    return torch.affine_grid_generator(theta, size, corners)


def unfold(input: Tensor, kernel_size: BroadcastingList2[int], dilation: BroadcastingList2[int] = 1,
           padding: BroadcastingList2[int] = 0, stride: BroadcastingList2[int] = 1) -> Tensor:
    return torch._C._nn.im2col(input, kernel_size, dilation, padding, stride)


def fold(input: Tensor, output_size: BroadcastingList2[int], kernel_size: BroadcastingList2[int],
         dilation: BroadcastingList2[int] = 1, padding: BroadcastingList2[int] = 0,
         stride: BroadcastingList2[int] = 1) -> Tensor:
    return torch._C._nn.col2im(input, output_size, kernel_size, dilation, padding, stride)


# ---------------------------------------------------------------------------------------------
# Multi-head attention

def _in_projection_packed(q: Tensor, k: Tensor, v: Tensor, w: Tensor, b: Optional[Tensor] = None) -> List[Tensor]:
    # One (3E, E) weight holds the q, k and v projections; share work when inputs are the same tensor.
    E = q.size(-1)
    if k is v:
        if q is k:
            return torch._C._nn.linear(q, w, b).chunk(3, dim=-1)
        w_q, w_kv = w.split([E, E * 2])
        b_q: Optional[Tensor] = None
        b_kv: Optional[Tensor] = None
        if b is not None:
            b_q, b_kv = b.split([E, E * 2])
        return [torch._C._nn.linear(q, w_q, b_q)] + torch._C._nn.linear(k, w_kv, b_kv).chunk(2, dim=-1)
    w_q, w_k, w_v = w.chunk(3)
    b_q: Optional[Tensor] = None
    b_k: Optional[Tensor] = None
    b_v: Optional[Tensor] = None
    if b is not None:
        b_q, b_k, b_v = b.chunk(3)
    return [torch._C._nn.linear(q, w_q, b_q), torch._C._nn.linear(k, w_k, b_k), torch._C._nn.linear(v, w_v, b_v)]


def _in_projection(q: Tensor, k: Tensor, v: Tensor, w_q: Tensor, w_k: Tensor, w_v: Tensor,
                   b_q: Optional[Tensor] = None, b_k: Optional[Tensor] = None,
                   b_v: Optional[Tensor] = None) -> Tuple[Tensor, Tensor, Tensor]:
    Eq, Ek, Ev = q.size(-1), k.size(-1), v.size(-1)
    assert w_q.shape == [Eq, Eq], "expecting query weights shape of {}, but got {}".format([Eq, Eq], w_q.shape)
    assert w_k.shape == [Eq, Ek], "expecting key weights shape of {}, but got {}".format([Eq, Ek], w_k.shape)
    assert w_v.shape == [Eq, Ev], "expecting value weights shape of {}, but got {}".format([Eq, Ev], w_v.shape)
    assert b_q is None or b_q.shape == [Eq], "expecting query bias shape of {}".format([Eq])
    assert b_k is None or b_k.shape == [Eq], "expecting key bias shape of {}".format([Eq])
    assert b_v is None or b_v.shape == [Eq], "expecting value bias shape of {}".format([Eq])
    return torch._C._nn.linear(q, w_q, b_q), torch._C._nn.linear(k, w_k, b_k), torch._C._nn.linear(v, w_v, b_v)


def _mha_shape_check(query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Optional[Tensor],
                     attn_mask: Optional[Tensor], num_heads: int) -> bool:
    # Returns whether the inputs are batched (3-D) rather than unbatched (2-D).
    if query.dim() == 3:
        assert key.dim() == 3 and value.dim() == 3, \
            "For batched (3-D) `query`, expected `key` and `value` to be 3-D but found {}-D and {}-D tensors " \
            "respectively".format(key.dim(), value.dim())
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 2, \
                "For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D but found {}-D tensor " \
                "instead".format(key_padding_mask.dim())
        if attn_mask is not None:
            assert attn_mask.dim() == 2 or attn_mask.dim() == 3, \
                "For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found {}-D tensor " \
                "instead".format(attn_mask.dim())
        return True
    if query.dim() == 2:
        assert key.dim() == 2 and value.dim() == 2, \
            "For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found {}-D and {}-D tensors " \
            "respectively".format(key.dim(), value.dim())
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 1, \
                "For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D but found {}-D tensor " \
                "instead".format(key_padding_mask.dim())
        if attn_mask is not None:
            assert attn_mask.dim() == 2 or attn_mask.dim() == 3, \
                "For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found {}-D tensor " \
                "instead".format(attn_mask.dim())
            if attn_mask.dim() == 3:
                expected = [num_heads, query.size(0), key.size(0)]
                assert attn_mask.shape == expected, \
                    "Expected `attn_mask` shape to be {} but got {}".format(expected, attn_mask.shape)
        return False
    raise AssertionError("query should be unbatched 2D or batched 3D tensor but received {}-D query tensor"
                         .format(query.dim()))


def multi_head_attention_forward(query: Tensor, key: Tensor, value: Tensor, embed_dim_to_check: int, num_heads: int,
                                 in_proj_weight: Optional[Tensor], in_proj_bias: Optional[Tensor],
                                 bias_k: Optional[Tensor], bias_v: Optional[Tensor], add_zero_attn: bool,
                                 dropout_p: float, out_proj_weight: Tensor, out_proj_bias: Optional[Tensor],
                                 training: bool = True, key_padding_mask: Optional[Tensor] = None,
                                 need_weights: bool = True, attn_mask: Optional[Tensor] = None,
                                 use_separate_proj_weight: bool = False, q_proj_weight: Optional[Tensor] = None,
                                 k_proj_weight: Optional[Tensor] = None, v_proj_weight: Optional[Tensor] = None,
                                 static_k: Optional[Tensor] = None, static_v: Optional[Tensor] = None,
                                 average_attn_weights: bool = True) -> Tuple[Tensor, Optional[Tensor]]:
    # Inputs are (L, N, E) sequence-first, or unbatched (L, E).
    is_batched = _mha_shape_check(query, key, value, key_padding_mask, attn_mask, num_heads)
    if not is_batched:
        query = query.unsqueeze(1)
        key = key.unsqueeze(1)
        value = value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)
    tgt_len, bsz, embed_dim = query.size(0), query.size(1), query.size(2)
    src_len = key.size(0)
    if key_padding_mask is not None:
        if key_padding_mask.dtype != torch.bool and not torch.is_floating_point(key_padding_mask):
            raise AssertionError("only bool and floating types of key_padding_mask are supported")
    assert embed_dim == embed_dim_to_check, \
        "was expecting embedding dimension of {}, but got {}".format(embed_dim_to_check, embed_dim)
    head_dim = embed_dim // num_heads
    assert head_dim * num_heads == embed_dim, "embed_dim {} not divisible by num_heads {}".format(embed_dim, num_heads)
    if use_separate_proj_weight:
        assert key.shape[:2] == value.shape[:2], \
            "key's sequence and batch dims {} do not match value's {}".format(key.shape[:2], value.shape[:2])
    else:
        assert key.shape == value.shape, "key shape {} does not match value shape {}".format(key.shape, value.shape)

    # Input projections.
    if not use_separate_proj_weight:
        assert in_proj_weight is not None, "use_separate_proj_weight is False but in_proj_weight is None"
        q, k, v = _in_projection_packed(query, key, value, in_proj_weight, in_proj_bias)
    else:
        assert q_proj_weight is not None, "use_separate_proj_weight is True but q_proj_weight is None"
        assert k_proj_weight is not None, "use_separate_proj_weight is True but k_proj_weight is None"
        assert v_proj_weight is not None, "use_separate_proj_weight is True but v_proj_weight is None"
        b_q: Optional[Tensor] = None
        b_k: Optional[Tensor] = None
        b_v: Optional[Tensor] = None
        if in_proj_bias is not None:
            b_q, b_k, b_v = in_proj_bias.chunk(3)
        q, k, v = _in_projection(query, key, value, q_proj_weight, k_proj_weight, v_proj_weight, b_q, b_k, b_v)

    # attn_mask becomes 3-D (1 or N*heads, L, S); byte masks are deprecated bool masks.
    if attn_mask is not None:
        if attn_mask.dtype == torch.uint8:
            warnings.warn("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool tensor instead.")
            attn_mask = attn_mask.to(torch.bool)
        else:
            assert attn_mask.is_floating_point() or attn_mask.dtype == torch.bool, \
                "Only float, byte, and bool types are supported for attn_mask, not {}".format(attn_mask.dtype)
        if attn_mask.dim() == 2:
            if attn_mask.shape != [tgt_len, src_len]:
                raise RuntimeError("The shape of the 2D attn_mask is {}, but should be {}."
                                   .format(attn_mask.shape, [tgt_len, src_len]))
            attn_mask = attn_mask.unsqueeze(0)
        elif attn_mask.dim() == 3:
            if attn_mask.shape != [bsz * num_heads, tgt_len, src_len]:
                raise RuntimeError("The shape of the 3D attn_mask is {}, but should be {}."
                                   .format(attn_mask.shape, [bsz * num_heads, tgt_len, src_len]))
        else:
            raise RuntimeError("attn_mask's dimension {} is not supported".format(attn_mask.dim()))

    # Learned key/value biases append one extra source position.
    if bias_k is not None and bias_v is not None:
        assert static_k is None, "bias cannot be added to static key."
        assert static_v is None, "bias cannot be added to static value."
        k = torch.cat([k, bias_k.repeat(1, bsz, 1)])
        v = torch.cat([v, bias_v.repeat(1, bsz, 1)])
        if attn_mask is not None:
            attn_mask = torch._C._nn.pad(attn_mask, [0, 1])
        if key_padding_mask is not None:
            key_padding_mask = torch._C._nn.pad(key_padding_mask, [0, 1])
    else:
        assert bias_k is None
        assert bias_v is None

    # Split heads: (L, N, E) -> (N * heads, L, head_dim).
    q = q.contiguous().view(tgt_len, bsz * num_heads, head_dim).transpose(0, 1)
    if static_k is None:
        k = k.contiguous().view(k.size(0), bsz * num_heads, head_dim).transpose(0, 1)
    else:
        assert static_k.size(0) == bsz * num_heads, \
            "expecting static_k.size(0) of {}, but got {}".format(bsz * num_heads, static_k.size(0))
        assert static_k.size(2) == head_dim, \
            "expecting static_k.size(2) of {}, but got {}".format(head_dim, static_k.size(2))
        k = static_k
    if static_v is None:
        v = v.contiguous().view(v.size(0), bsz * num_heads, head_dim).transpose(0, 1)
    else:
        assert static_v.size(0) == bsz * num_heads, \
            "expecting static_v.size(0) of {}, but got {}".format(bsz * num_heads, static_v.size(0))
        assert static_v.size(2) == head_dim, \
            "expecting static_v.size(2) of {}, but got {}".format(head_dim, static_v.size(2))
        v = static_v

    if add_zero_attn:
        zeros_shape = [bsz * num_heads, 1, head_dim]
        k = torch.cat([k, torch.zeros(zeros_shape, dtype=k.dtype, device=k.device)], dim=1)
        v = torch.cat([v, torch.zeros(zeros_shape, dtype=v.dtype, device=v.device)], dim=1)
        if attn_mask is not None:
            attn_mask = torch._C._nn.pad(attn_mask, [0, 1])
        if key_padding_mask is not None:
            key_padding_mask = torch._C._nn.pad(key_padding_mask, [0, 1])

    src_len = k.size(1)

    # Fold the key padding mask into attn_mask, then turn a bool mask into an additive -inf mask.
    if key_padding_mask is not None:
        assert key_padding_mask.shape == [bsz, src_len], \
            "expecting key_padding_mask shape of {}, but got {}".format([bsz, src_len], key_padding_mask.shape)
        key_padding_mask = key_padding_mask.view(bsz, 1, 1, src_len).expand(-1, num_heads, -1, -1) \
            .reshape(bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = key_padding_mask
        elif attn_mask.dtype == torch.bool:
            attn_mask = attn_mask.logical_or(key_padding_mask)
        else:
            attn_mask = attn_mask.masked_fill(key_padding_mask, float("-inf"))
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        additive = torch.zeros_like(attn_mask, dtype=q.dtype)
        additive.masked_fill_(attn_mask, float("-inf"))
        attn_mask = additive

    if not training:
        dropout_p = 0.0

    # Scaled dot-product attention.
    E = q.size(2)
    q_scaled = q / math.sqrt(E)
    if attn_mask is not None:
        weights = torch.baddbmm(attn_mask, q_scaled, k.transpose(-2, -1))
    else:
        weights = torch.bmm(q_scaled, k.transpose(-2, -1))
    weights = softmax(weights, dim=-1)
    if dropout_p > 0.0:
        weights = dropout(weights, p=dropout_p)
    out = torch.bmm(weights, v)
    out = out.transpose(0, 1).contiguous().view(tgt_len * bsz, embed_dim)
    out = torch._C._nn.linear(out, out_proj_weight, out_proj_bias)
    out = out.view(tgt_len, bsz, out.size(1))

    if need_weights:
        weights = weights.view(bsz, num_heads, tgt_len, src_len)
        if average_attn_weights:
            weights = weights.sum(dim=1) / num_heads
        if not is_batched:
            out = out.squeeze(1)
            weights = weights.squeeze(0)
        return out, weights
    if not is_batched:
        out = out.squeeze(1)
    return out, None
