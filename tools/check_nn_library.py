#!/usr/bin/python3
"""Check the torch.nn module library (src/TorchScriptSharp/Library/torch/nn/modules) against PyTorch.

Run with Debian's python3-torch (PyTorch 1.13):  /usr/bin/python3 tools/check_nn_library.py [-v] [NAME ...]

The library's .py files are loaded as the package `_tss.nn.modules` (so `__torch__._tss.nn.modules.linear.Linear`
is the scripted name); `..functional`, `..init`, `..parameter`, `..utils.rnn` and `.module` resolve to PyTorch's
own (the C# side binds them to torch.nn.functional.py and native Module/Parameter/init). For every case:

  ctor     construct under torch.manual_seed(0), yours and torch.nn's: same class name, __constants__,
           class annotations (names), instance attributes, state_dict keys/shapes/dtypes/values
  forward  same seeded inputs, train and eval mode (RNG re-seeded before each call): equal outputs
  script   torch.jit.script(yours) succeeds and the scripted module gives the same outputs
  code     .code of forward equal to PyTorch's modulo the module prefix (_tss.nn -> torch.nn)
  archive  every code file of torch.jit.save (class header, attributes, all methods) equal modulo prefix
"""
import importlib
import importlib.util
import io
import os
import sys
import types
import zipfile

import torch
import torch.nn as nn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIB = os.path.join(ROOT, "src", "TorchScriptSharp", "Library", "torch", "nn", "modules")
PREFIX = "_tss.nn"


def load_library():
    """Import the library as `_tss.nn.modules`, with PyTorch standing in for the native pieces."""
    for name in ["_tss", "_tss.nn"]:
        m = types.ModuleType(name)
        m.__path__ = []
        sys.modules[name] = m
    for alias, real in [("functional", nn.functional), ("init", nn.init), ("parameter", nn.parameter),
                        ("utils", nn.utils), ("utils.rnn", nn.utils.rnn)]:
        sys.modules[PREFIX + "." + alias] = real
    sys.modules["_tss.nn"].functional = nn.functional
    sys.modules["_tss.nn"].init = nn.init
    sys.modules[PREFIX + ".modules.module"] = nn.modules.module
    spec = importlib.util.spec_from_file_location(PREFIX + ".modules", os.path.join(LIB, "__init__.py"),
                                                  submodule_search_locations=[LIB])
    pkg = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = pkg
    # PyTorch compiles calls to torch.nn.modules.utils._pair & co. as aten builtins, by function identity;
    # register ours the same way (the C# compiler does this by qualified name).
    utils = importlib.import_module(PREFIX + ".modules.utils")
    from torch.jit import _builtins
    for fn in ["_single", "_pair", "_triple", "_quadruple"]:
        _builtins._register_builtin(getattr(utils, fn), "aten::" + fn)
    spec.loader.exec_module(pkg)
    return pkg


def R(*shape, seed=1, **kw):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(*shape, generator=g, **kw)


def I(high, *shape, seed=2):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(0, high, shape, generator=g)


def P(*shape, seed=3):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(*shape, generator=g)


# (class name, args, kwargs, inputs (a function returning the forward's argument tuple))
CASES = []


def case(name, args=(), kwargs=None, inputs=lambda: (R(2, 3, 4),)):
    CASES.append((name, tuple(args), kwargs or {}, inputs))


x1 = lambda: (R(2, 3, 10),)
x2 = lambda: (R(2, 3, 8, 8),)
x3 = lambda: (R(2, 3, 6, 6, 6),)

case("Identity", (3,), {"foo": 1})
case("Linear", (4, 5))
case("Linear", (4, 5), {"bias": False})
case("Linear", (1, 1), {"dtype": torch.float64}, lambda: (R(2, 1, dtype=torch.float64),))
case("Bilinear", (4, 3, 5), {}, lambda: (R(2, 4), R(2, 3, seed=5)))
case("Bilinear", (4, 3, 5), {"bias": False}, lambda: (R(2, 4), R(2, 3, seed=5)))
case("Conv1d", (3, 4, 3), {}, x1)
case("Conv1d", (3, 6, 3), {"stride": 2, "padding": 1, "groups": 3, "bias": False}, x1)
case("Conv1d", (3, 4, 3), {"padding": "same", "padding_mode": "reflect", "dilation": 2}, x1)
case("Conv2d", (3, 4, 3), {}, x2)
case("Conv2d", (3, 4, (3, 2)), {"stride": (2, 1), "padding": (1, 2), "padding_mode": "circular"}, x2)
case("Conv2d", (3, 4, 3), {"padding": "valid"}, x2)
case("Conv2d", (3, 4, 4), {"padding": "same", "padding_mode": "replicate"}, x2)
case("Conv3d", (3, 2, 3), {"padding": 1}, x3)
case("Conv3d", (3, 2, 2), {"padding": "same", "padding_mode": "zeros"}, x3)
case("ConvTranspose1d", (3, 4, 3), {"stride": 2, "output_padding": 1}, x1)
case("ConvTranspose2d", (3, 6, 3), {"stride": 2, "padding": 1, "groups": 3, "dilation": 2}, x2)
case("ConvTranspose2d", (3, 4, 3), {"stride": 2}, lambda: (R(2, 3, 5, 5), [12, 12]))
case("ConvTranspose3d", (3, 2, 2), {"bias": False}, x3)
case("Fold", ((4, 5), (2, 2)), {}, lambda: (R(2, 12, 12),))
case("Fold", (6, 3), {"stride": 3, "padding": 0}, lambda: (R(1, 9, 4),))
case("Unfold", ((2, 3),), {"dilation": 1, "padding": 1, "stride": 2}, x2)
case("Unfold", (2,), {}, x2)
for nd, x in [(1, x1), (2, x2), (3, x3)]:
    case(f"MaxPool{nd}d", (2,), {}, x)
    case(f"MaxPool{nd}d", (3,), {"stride": 2, "padding": 1, "dilation": 1, "ceil_mode": True}, x)
    case(f"MaxPool{nd}d", (2,), {"return_indices": True}, x)
    case(f"AvgPool{nd}d", (2,), {}, x)
    case(f"AvgPool{nd}d", (3,), {"stride": 2, "padding": 1, "ceil_mode": True, "count_include_pad": False}, x)
    case(f"AdaptiveAvgPool{nd}d", (3,), {}, x)
    if nd < 3:
        case(f"AdaptiveMaxPool{nd}d", (3,), {}, x)
        case(f"AdaptiveMaxPool{nd}d", (2,), {"return_indices": True}, x)
    case(f"ConstantPad{nd}d", (1, 2.5), {}, x)
    case(f"ReflectionPad{nd}d", (1,), {}, x)
    case(f"ReplicationPad{nd}d", (2,), {}, x)
case("AvgPool2d", (2,), {"divisor_override": 3}, x2)
case("AdaptiveAvgPool2d", ((None, 3),), {}, x2)
case("AdaptiveMaxPool2d", ((3, None),), {}, x2)
case("MaxUnpool2d", (2,), {}, lambda: nn.MaxPool2d(2, return_indices=True)(R(2, 3, 8, 8)))
case("LPPool2d", (2, 2), {}, x2)
case("FractionalMaxPool2d", (2,), {"output_size": 4}, x2)
case("ConstantPad2d", ((1, 2, 0, 3), -1.0), {}, x2)
case("ZeroPad2d", (2,), {}, x2)
case("ZeroPad2d", ((1, 0, 2, 1),), {}, x2)
case("ReflectionPad2d", ((1, 0, 2, 1),), {}, x2)
case("ReplicationPad3d", ((1, 0, 2, 1, 0, 1),), {}, x3)

for name, args in [("ReLU", ()), ("ReLU6", ()), ("LeakyReLU", (0.2,)), ("PReLU", ()), ("PReLU", (3, 0.1)),
                   ("ELU", (0.5,)), ("SELU", ()), ("CELU", (0.7,)), ("GELU", ()), ("GELU", ("tanh",)),
                   ("SiLU", ()), ("Mish", ()), ("Sigmoid", ()), ("Tanh", ()), ("Hardtanh", (-0.5, 0.5)),
                   ("Hardswish", ()), ("Hardsigmoid", ()), ("Softplus", (2, 10)), ("Softsign", ()),
                   ("Softmax", (1,)), ("Softmax", ()), ("LogSoftmax", (-1,)), ("Softmin", (2,)),
                   ("Threshold", (0.1, 20.0)), ("GLU", ()), ("LogSigmoid", ()), ("Hardshrink", (0.3,)),
                   ("Softshrink", ()), ("Tanhshrink", ()), ("RReLU", ()), ("Softmax2d", ())]:
    case(name, args, {}, lambda: (R(2, 3, 4),))
case("ReLU", (True,), {}, lambda: (R(2, 3, 4),))
case("GLU", (1,), {}, lambda: (R(2, 4, 3),))

case("BatchNorm1d", (3,), {}, x1)
case("BatchNorm1d", (3,), {"affine": False, "momentum": None}, lambda: (R(5, 3),))
case("BatchNorm2d", (3,), {"track_running_stats": False}, x2)
case("BatchNorm2d", (3,), {"eps": 1e-3, "momentum": 0.2}, x2)
case("BatchNorm3d", (3,), {}, x3)
case("InstanceNorm1d", (3,), {}, x1)
case("InstanceNorm1d", (3,), {"affine": True, "track_running_stats": True}, lambda: (R(3, 10),))
case("InstanceNorm2d", (3,), {"affine": True}, x2)
case("InstanceNorm3d", (3,), {"track_running_stats": True}, x3)
case("LayerNorm", (4,), {}, lambda: (R(2, 3, 4),))
case("LayerNorm", ([3, 4],), {"elementwise_affine": False, "eps": 1e-3}, lambda: (R(2, 3, 4),))
case("GroupNorm", (2, 4), {}, lambda: (R(2, 4, 5),))
case("GroupNorm", (1, 4), {"affine": False}, lambda: (R(2, 4, 5),))
case("LocalResponseNorm", (2,), {}, x2)

for name in ["Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout"]:
    case(name, (0.3,), {}, x3 if name == "Dropout3d" else x2 if name != "Dropout1d" else x1)
case("Dropout", (), {"inplace": True}, x2)

case("Embedding", (10, 3), {}, lambda: (I(10, 2, 4),))
case("Embedding", (10, 3), {"padding_idx": -2, "max_norm": 1.0}, lambda: (I(10, 2, 4),))
case("EmbeddingBag", (10, 3), {}, lambda: (I(10, 2, 4),))
case("EmbeddingBag", (10, 3), {"mode": "sum", "padding_idx": 1}, lambda: (I(10, 8), torch.tensor([0, 3])))

case("Upsample", (), {"scale_factor": 2}, x2)
case("Upsample", ((5, 7),), {"mode": "bilinear", "align_corners": True}, x2)
case("Upsample", (), {"scale_factor": (2.0, 1.5), "mode": "bicubic"}, x2)
case("UpsamplingNearest2d", (), {"scale_factor": 2}, x2)
case("UpsamplingBilinear2d", (10,), {}, x2)
case("PixelShuffle", (2,), {}, lambda: (R(2, 8, 3, 3),))
case("PixelUnshuffle", (2,), {}, lambda: (R(2, 2, 4, 4),))
case("Flatten", (), {}, x2)
case("Flatten", (0, 2), {}, x2)
case("Unflatten", (1, (2, 5)), {}, lambda: (R(2, 10, 3),))
case("ChannelShuffle", (2,), {}, lambda: (R(2, 4, 3, 3),))
case("CosineSimilarity", (), {}, lambda: (R(3, 5), R(3, 5, seed=9)))
case("PairwiseDistance", (1.0,), {"keepdim": True}, lambda: (R(3, 5), R(3, 5, seed=9)))

tgt_cls = lambda: (R(4, 5), I(5, 4))
tgt_same = lambda: (R(4, 5), R(4, 5, seed=7))
case("L1Loss", (), {}, tgt_same)
case("MSELoss", (), {"reduction": "sum"}, tgt_same)
case("CrossEntropyLoss", (), {}, tgt_cls)
case("CrossEntropyLoss", (), {"weight": torch.arange(1.0, 6.0), "label_smoothing": 0.1, "ignore_index": 2}, tgt_cls)
case("NLLLoss", (), {"reduction": "none"}, lambda: (torch.log_softmax(R(4, 5), 1), I(5, 4)))
case("BCELoss", (), {}, lambda: (P(4, 5), P(4, 5, seed=8)))
case("BCEWithLogitsLoss", (), {"pos_weight": torch.ones(5) * 2}, lambda: (R(4, 5), P(4, 5, seed=8)))
case("SmoothL1Loss", (), {"beta": 0.5}, tgt_same)
case("HuberLoss", (), {"delta": 0.5}, tgt_same)
case("KLDivLoss", (), {"reduction": "batchmean"}, lambda: (torch.log_softmax(R(4, 5), 1), P(4, 5, seed=8)))
case("SoftMarginLoss", (), {}, tgt_same)
case("HingeEmbeddingLoss", (), {"margin": 0.5}, tgt_same)
case("MultiLabelSoftMarginLoss", (), {}, lambda: (R(4, 5), P(4, 5, seed=8).round()))
case("MultiMarginLoss", (), {"p": 2}, tgt_cls)
case("MultiLabelMarginLoss", (), {}, lambda: (R(2, 4), torch.tensor([[3, 0, -1, 1], [1, 2, 3, -1]])))
case("CosineEmbeddingLoss", (), {}, lambda: (R(4, 5), R(4, 5, seed=7), torch.tensor([1, -1, 1, -1])))
case("MarginRankingLoss", (0.1,), {}, lambda: (R(4), R(4, seed=7), torch.tensor([1.0, -1.0, 1.0, -1.0])))
case("TripletMarginLoss", (), {}, lambda: (R(4, 5), R(4, 5, seed=7), R(4, 5, seed=8)))
case("PoissonNLLLoss", (), {}, tgt_same)
case("GaussianNLLLoss", (), {}, lambda: (R(4, 5), R(4, 5, seed=7), P(4, 5, seed=8) + 0.1))
case("TripletMarginWithDistanceLoss", (), {"margin": 0.5}, lambda: (R(4, 5), R(4, 5, seed=7), R(4, 5, seed=8)))
case("NLLLoss", (), {"size_average": False}, lambda: (torch.log_softmax(R(4, 5), 1), I(5, 4)))
case("CTCLoss", (), {}, lambda: (torch.log_softmax(R(6, 2, 4), 2), I(3, 2, 3) + 1, torch.tensor([6, 5]), torch.tensor([3, 2])))

seq_x = lambda: (R(5, 2, 3),)
case("RNN", (3, 4), {}, seq_x)
case("RNN", (3, 4, 2), {"nonlinearity": "relu", "bidirectional": True, "dropout": 0.5}, seq_x)
case("RNN", (3, 4), {"batch_first": True, "bias": False}, lambda: (R(2, 5, 3), R(1, 2, 4, seed=4)))
case("LSTM", (3, 4), {}, seq_x)
case("LSTM", (3, 4, 2), {"proj_size": 2, "bidirectional": True}, seq_x)
case("LSTM", (3, 4), {"batch_first": True}, lambda: (R(5, 3),))
case("GRU", (3, 4), {}, seq_x)
case("GRU", (3, 4, 2), {"dropout": 0.3, "bidirectional": True}, lambda: (R(5, 2, 3), R(4, 2, 4, seed=4)))
case("RNNCell", (3, 4), {}, lambda: (R(2, 3),))
case("RNNCell", (3, 4), {"nonlinearity": "relu", "bias": False}, lambda: (R(3,), R(4, seed=4)))
case("LSTMCell", (3, 4), {}, lambda: (R(2, 3),))
case("GRUCell", (3, 4), {}, lambda: (R(2, 3), R(2, 4, seed=4)))

att = lambda: (R(5, 2, 8), R(5, 2, 8, seed=5), R(5, 2, 8, seed=6))
case("MultiheadAttention", (8, 2), {}, att)
case("MultiheadAttention", (8, 2), {"dropout": 0.2, "add_bias_kv": True, "add_zero_attn": True}, att)
case("MultiheadAttention", (8, 2), {"kdim": 4, "vdim": 6, "batch_first": True, "bias": False},
     lambda: (R(2, 5, 8), R(2, 3, 4, seed=5), R(2, 3, 6, seed=6)))
case("TransformerEncoderLayer", (8, 2, 16), {}, lambda: (R(5, 2, 8),))
case("TransformerEncoderLayer", (8, 2, 16), {"activation": "gelu", "norm_first": True, "batch_first": True}, lambda: (R(2, 5, 8),))
case("TransformerDecoderLayer", (8, 2, 16), {}, lambda: (R(5, 2, 8), R(4, 2, 8, seed=5)))
case("TransformerEncoder", ("@enc", 2), {}, lambda: (R(5, 2, 8),))
case("TransformerEncoder", ("@enc", 2, "@norm"), {}, lambda: (R(5, 2, 8), None, torch.tensor([[False] * 5, [False] * 3 + [True] * 2])))
case("TransformerDecoder", ("@dec", 2, "@norm"), {}, lambda: (R(5, 2, 8), R(4, 2, 8, seed=5)))
case("Transformer", (), {"d_model": 8, "nhead": 2, "num_encoder_layers": 2, "num_decoder_layers": 1, "dim_feedforward": 16},
     lambda: (R(5, 2, 8), R(4, 2, 8, seed=5)))

case("Sequential", ("@linear", "@relu", "@linear2"), {}, lambda: (R(2, 4),))
case("ModuleList", (["@linear", "@relu"],), {}, None)
case("ModuleDict", ({"a": "@linear", "b": "@relu"},), {}, None)
case("ParameterList", ([torch.ones(2), torch.zeros(3)],), {}, None)
case("ParameterDict", ({"a": torch.ones(2), "b": torch.zeros(3)},), {}, None)


def resolve(v, ns):
    """`@enc` etc.: a submodule argument, built from the same namespace (yours or torch.nn's)."""
    if isinstance(v, str) and v.startswith("@"):
        return {"@enc": lambda: ns.TransformerEncoderLayer(8, 2, 16),
                "@dec": lambda: ns.TransformerDecoderLayer(8, 2, 16),
                "@norm": lambda: ns.LayerNorm(8),
                "@linear": lambda: ns.Linear(4, 5),
                "@linear2": lambda: ns.Linear(5, 2),
                "@relu": lambda: ns.ReLU()}[v]()
    if isinstance(v, list):
        return [resolve(x, ns) for x in v]
    if isinstance(v, dict):
        return {k: resolve(x, ns) for k, x in v.items()}
    return v


class containers_as_torch:
    """torch.jit's recursive scripting recognises containers by identity (isinstance(m, torch.nn.Sequential));
    while scripting, let those checks accept the library's containers too (the C# compiler goes by
    qualified name, torch.nn.modules.container.Sequential)."""
    NAMES = ["Sequential", "ModuleList", "ModuleDict", "ParameterList", "ParameterDict"]

    def __init__(self, lib):
        self.lib = lib

    def __enter__(self):
        self.saved = {n: getattr(torch.nn, n) for n in self.NAMES}
        for n in self.NAMES:
            setattr(torch.nn, n, (self.saved[n], getattr(self.lib, n)))

    def __exit__(self, *exc):
        for n, v in self.saved.items():
            setattr(torch.nn, n, v)


def build(ns, name, args, kwargs):
    torch.manual_seed(0)
    return getattr(ns, name)(*[resolve(a, ns) for a in args], **{k: resolve(v, ns) for k, v in kwargs.items()})


def class_annotations(cls):
    names = []
    for c in reversed(cls.__mro__):
        if c.__module__.startswith("torch.nn.modules.module") or c is object:
            continue
        names += [n for n in c.__dict__.get("__annotations__", {}) if n not in names]
    return sorted(names)


MODULE_INTERNALS = {"training", "_parameters", "_buffers", "_non_persistent_buffers_set", "_backward_hooks",
                    "_is_full_backward_hook", "_forward_hooks", "_forward_pre_hooks", "_state_dict_hooks",
                    "_state_dict_pre_hooks", "_load_state_dict_pre_hooks", "_load_state_dict_post_hooks", "_modules"}


def attrs(m):
    out = {}
    for k, v in vars(m).items():
        if k in MODULE_INTERNALS:
            continue
        if isinstance(v, list) and v and isinstance(v[0], torch.Tensor):
            v = [tuple(t.shape) for t in v]
        elif callable(v):
            v = getattr(v, "__name__", type(v).__name__)
        out[k] = v
    return out


def same(a, b):
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor) and a.dtype == b.dtype and \
            a.shape == b.shape and (torch.equal(a, b) or (a.is_floating_point() and torch.allclose(a, b, equal_nan=True) and
                                                           torch.equal(a.isnan(), b.isnan())))
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return type(a) == type(b) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check_ctor(mine, theirs):
    problems = []
    if type(mine).__name__ != type(theirs).__name__:
        problems.append("class name")
    if getattr(type(mine), "__constants__", None) != getattr(type(theirs), "__constants__", None):
        problems.append(f"__constants__ {getattr(type(mine), '__constants__', None)} != {getattr(type(theirs), '__constants__', None)}")
    if class_annotations(type(mine)) != class_annotations(type(theirs)):
        problems.append(f"annotations {class_annotations(type(mine))} != {class_annotations(type(theirs))}")
    am, at = attrs(mine), attrs(theirs)
    if list(am) != list(at):
        problems.append(f"attributes {list(am)} != {list(at)}")
    else:
        for k in am:
            if not same(am[k], at[k]) or type(am[k]) != type(at[k]):
                problems.append(f"attribute {k}: {am[k]!r} != {at[k]!r}")
    sm, st = mine.state_dict(), theirs.state_dict()
    if list(sm) != list(st):
        problems.append(f"state_dict keys {list(sm)} != {list(st)}")
    else:
        for k in sm:
            if not (sm[k].shape == st[k].shape and sm[k].dtype == st[k].dtype and torch.equal(sm[k], st[k])):
                problems.append(f"state_dict[{k}] differs")
    if [n for n, _ in mine.named_parameters()] != [n for n, _ in theirs.named_parameters()]:
        problems.append("named_parameters order")
    if [n for n, _ in mine.named_modules()] != [n for n, _ in theirs.named_modules()]:
        problems.append("named_modules")
    if getattr(type(mine), "_version", 1) != getattr(type(theirs), "_version", 1):
        problems.append("_version")
    if repr(mine) != repr(theirs):
        problems.append(f"repr {repr(mine)!r} != {repr(theirs)!r}")
    return problems


def run(m, inputs, train):
    m.train(train)
    torch.manual_seed(123)
    with torch.no_grad():
        if isinstance(m, torch.jit.ScriptModule) and "forward" not in m._c._method_names():
            return m.forward__0(*inputs())  # overloaded forward (RNNs): the Tensor overload
        return m(*inputs())


def forward_code(sm):
    """.code, or for an overloaded forward (RNN/LSTM/GRU) the code of each overload."""
    names = sm._c._method_names()
    if "forward" in names:
        return sm.code
    return "".join(getattr(sm, n).code for n in sorted(names) if n.startswith("forward__"))


def check_forward(mine, theirs, inputs):
    problems = []
    for train in (True, False):
        try:
            a = run(mine, inputs, train)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{'train' if train else 'eval'}: {type(e).__name__}: {e}")
            continue
        b = run(theirs, inputs, train)
        if not same(a, b):
            problems.append(f"{'train' if train else 'eval'} output differs")
    sm, st = mine.state_dict(), theirs.state_dict()
    if list(sm) == list(st) and not all(same(sm[k], st[k]) for k in sm):
        problems.append("state after forward differs")
    return problems


def normalize(text):
    return _norm(text).replace("__torch__." + PREFIX + ".modules", "__torch__.torch.nn.modules") \
               .replace("__torch__/" + PREFIX.replace(".", "/"), "__torch__/torch/nn")


def _norm(text):
    return text


def renumber_mangles(files):
    """Mangle numbers come from a process-wide counter; renumber them in order of first appearance."""
    import re
    order = {}
    for k in sorted(files, key=lambda k: (k.count("mangle"), k)):
        for m in re.finditer(r"___torch_mangle_(\d+)", k + "\n" + files[k]):
            order.setdefault(m.group(1), str(len(order)))
    fix = lambda t: re.sub(r"___torch_mangle_(\d+)", lambda m: "___torch_mangle_" + order[m.group(1)], t)
    return {fix(k): fix(v) for k, v in files.items()}


def archive_code(sm):
    buf = io.BytesIO()
    torch.jit.save(sm, buf)
    z = zipfile.ZipFile(buf)
    out = {}
    for n in z.namelist():
        if "/code/" in n and n.endswith(".py"):
            out[normalize(n.split("/code/", 1)[1])] = normalize(z.read(n).decode())
    return renumber_mangles(out)


def first_diff(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: mine {x.strip()!r} vs torch {y.strip()!r}"
    return f"length {len(la)} vs {len(lb)}"


def check_functional_names():
    """Every F.name the modules call must exist for the C# side: defined in the library's functional.py,
    named there by a boolean_dispatch/alias line, or one of the functions PyTorch maps to an aten builtin."""
    import re
    from torch.jit import _builtins
    fsrc = open(os.path.join(os.path.dirname(LIB), "functional.py")).read()
    known = set(re.findall(r"^def (\w+)", fsrc, re.M))
    known |= set(re.findall(r"^# boolean_dispatch: (\w+)", fsrc, re.M)) | set(re.findall(r"^# alias: (\w+)", fsrc, re.M))
    builtin_ids = {id(fn) for fn, _ in _builtins._builtin_ops} | set(_builtins._get_builtin_table())
    # PyTorch cannot script this one either (keyword-only arguments); functional.py leaves it out
    known.add("triplet_margin_with_distance_loss")
    missing = set()
    for f in os.listdir(LIB):
        if f.endswith(".py"):
            for name in re.findall(r"\bF\.(\w+)", open(os.path.join(LIB, f)).read()):
                if name not in known and id(getattr(nn.functional, name, None)) not in builtin_ids:
                    missing.add(name)
    return sorted(missing)


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    lib = load_library()
    rows, totals = [], {"ctor": 0, "forward": 0, "script": 0, "code": 0, "archive": 0}
    counted = {"forward": 0, "code": 0}
    failures = 0
    for name, args, kwargs, inputs in CASES:
        if only and name not in only:
            continue
        label = f"{name}({', '.join([repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()])})"
        if len(label) > 70:
            label = label[:67] + "..."
        row = {"case": label}
        notes = []
        try:
            mine = build(lib, name, args, kwargs)
        except Exception as e:  # noqa: BLE001
            rows.append((label, "ERR", "-", "-", "-", "-", f"construct: {type(e).__name__}: {e}"))
            failures += 1
            continue
        theirs = build(nn, name, args, kwargs)
        p = check_ctor(mine, theirs)
        row["ctor"] = "ok" if not p else "FAIL"
        notes += p
        if inputs is not None:
            counted["forward"] += 1
            p = check_forward(mine, theirs, inputs)
            row["forward"] = "ok" if not p else "FAIL"
            notes += p
        else:
            row["forward"] = "n/a"
        scriptable = name not in ("ModuleList", "ModuleDict", "ParameterList", "ParameterDict")
        if scriptable:
            try:
                st = torch.jit.script(theirs)
            except Exception as e:  # noqa: BLE001
                st = None
                theirs_error = str(e).strip().splitlines()[0]
            try:
                torch.manual_seed(0)
                with containers_as_torch(lib):
                    sm = torch.jit.script(mine)
                if st is None:
                    raise AssertionError("PyTorch's own module does not script (" + theirs_error + ") but yours does")
                row["script"] = "ok"
                if inputs is not None:
                    for train in (True, False):
                        if not same(run(sm, inputs, train), run(theirs, inputs, train)):
                            row["script"] = "FAIL"
                            notes.append(f"scripted output differs ({'train' if train else 'eval'})")
                counted["code"] += 1
                cm, ct = normalize(forward_code(sm)), forward_code(st)
                row["code"] = "same" if cm == ct else "diff"
                if cm != ct:
                    notes.append("code " + first_diff(cm, ct))
                    if verbose:
                        notes.append("--- mine\n" + cm + "--- torch\n" + ct)
                am, at = archive_code(sm), archive_code(st)
                row["archive"] = "same" if am == at else "diff"
                if am != at and row["code"] == "same":
                    for k in sorted(set(am) | set(at)):
                        if am.get(k) != at.get(k):
                            notes.append(f"archive {k}: " + first_diff(am.get(k, ""), at.get(k, "")))
                            if verbose:
                                notes.append("--- mine\n" + am.get(k, "") + "--- torch\n" + at.get(k, ""))
                            break
            except Exception as e:  # noqa: BLE001
                row["script"] = "FAIL"
                row["code"] = row["archive"] = "-"
                if st is None and not isinstance(e, AssertionError):
                    row["script"] = row["code"] = row["archive"] = "both-fail"
                    for k in ("script", "code", "archive"):
                        totals[k] += 1
                msg = str(e).strip().splitlines()
                notes.append(f"script: {type(e).__name__}: {' | '.join(msg[:6] if verbose else msg[:2])}")
        else:
            row["script"] = row["code"] = row["archive"] = "n/a"
        for k in totals:
            if row.get(k) in ("ok", "same"):
                totals[k] += 1
        if any(row.get(k) == "FAIL" for k in ("ctor", "forward", "script")):
            failures += 1
        rows.append((label, row["ctor"], row["forward"], row["script"], row["code"], row["archive"], "; ".join(notes)))

    w = max(len(r[0]) for r in rows)
    print(f"{'case':<{w}}  ctor  fwd   script code  archive  notes")
    for r in rows:
        print(f"{r[0]:<{w}}  {r[1]:<4}  {r[2]:<4}  {r[3]:<6} {r[4]:<5} {r[5]:<8} {r[6]}")
    n = len(rows)
    scriptable = sum(1 for r in rows if r[3] != "n/a")
    both_fail = sum(1 for r in rows if r[3] == "both-fail")
    print()
    print(f"cases {n}: construction/state_dict equal {totals['ctor']}/{n}, forward equal {totals['forward']}/{counted['forward']}, "
          f"scripted {totals['script']}/{scriptable}, .code identical {totals['code']}/{scriptable}, "
          f"archive code identical {totals['archive']}/{scriptable} "
          f"(of which {both_fail} fail to script in PyTorch too, with the same error)")
    missing = check_functional_names()
    if missing:
        print("F.* calls with no definition in torch/nn/functional.py (nor an aten builtin, dispatch or alias): " +
              ", ".join(missing))
        failures += 1
    classes = sorted({r[0].split("(")[0] for r in rows})
    print(f"classes {len(classes)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
