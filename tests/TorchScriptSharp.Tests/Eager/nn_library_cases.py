# torch.nn modules built from the bundled library sources (NnLibraryTests). Run by PyTorch 1.13
# (gen_nn_library.py writes nn_library.pt) and by the eager evaluator: each case is constructed after
# torch.manual_seed(0); the state_dict, and the forward output on the saved inputs (RNG re-seeded with
# torch.manual_seed(2) first, under no_grad), must match PyTorch's.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
        self.heads = nn.ModuleDict({'a': nn.Linear(4, 2), 'b': nn.Linear(4, 1)})

    def forward(self, x):
        for layer in self.layers:
            x = F.relu(layer(x))
        return self.heads['a'](x), self.heads['b'](x)


class FunctionalPools(nn.Module):
    # boolean dispatch of F.max_pool2d / F.adaptive_max_pool1d on return_indices, keyword and positional
    def forward(self, x):
        a, ia = F.max_pool2d(x, 2, return_indices=True)
        b = F.max_pool2d(x, 2)
        c, ic = F.max_pool2d(x, 3, 1, 1, 1, False, True)
        d, idd = F.adaptive_max_pool1d(x.flatten(2), 5, True)
        e = F.gelu(x) + F.relu(x) + F.leaky_relu(x, 0.1) + F.softmax(x, dim=-1)
        return a, ia, b, c, ic, d, idd, e


class JitDocsModule(torch.nn.Module):
    # the torch.jit.script docs page's second example
    def __init__(self, N, M):
        super(JitDocsModule, self).__init__()
        self.weight = torch.nn.Parameter(torch.rand(N, M))
        self.linear = torch.nn.Linear(N, M)

    def forward(self, input):
        output = self.weight.mv(input)
        output = self.linear(output)
        return output


# (key, constructor, mode, input expressions - evaluated by the generator only)
CASES = [
    ("linear", "nn.Linear(3, 2)", "eval", "R(4, 3)"),
    ("linear_nobias", "nn.Linear(5, 3, bias=False)", "eval", "R(2, 5)"),
    ("conv2d", "nn.Conv2d(3, 4, 3, padding=1)", "eval", "R(2, 3, 6, 6)"),
    ("conv2d_circular", "nn.Conv2d(3, 6, (3, 2), stride=2, padding=1, groups=3, padding_mode='circular')", "eval", "R(2, 3, 7, 7)"),
    ("conv1d_same", "nn.Conv1d(2, 3, 4, padding='same', dilation=2)", "eval", "R(2, 2, 10)"),
    ("convtranspose2d", "nn.ConvTranspose2d(3, 2, 3, stride=2, output_padding=1)", "eval", "R(1, 3, 4, 4)"),
    ("batchnorm2d_train", "nn.BatchNorm2d(3)", "train", "R(4, 3, 5, 5)"),
    ("batchnorm2d_eval", "nn.BatchNorm2d(3, momentum=None)", "eval", "R(4, 3, 5, 5)"),
    ("layernorm", "nn.LayerNorm([3, 4])", "eval", "R(2, 3, 4)"),
    ("groupnorm", "nn.GroupNorm(2, 4)", "eval", "R(2, 4, 3)"),
    ("embedding", "nn.Embedding(10, 3, padding_idx=0)", "eval", "torch.tensor([[0, 2, 9], [4, 3, 1]])"),
    ("lstm", "nn.LSTM(4, 5, 2, batch_first=True)", "eval", "R(2, 6, 4)"),
    ("gru_bidirectional", "nn.GRU(4, 3, bidirectional=True)", "eval", "R(6, 2, 4)"),
    ("lstmcell", "nn.LSTMCell(4, 5)", "eval", "R(3, 4)"),
    ("mha", "nn.MultiheadAttention(8, 2)", "eval", "R(5, 2, 8), R(5, 2, 8), R(5, 2, 8)"),
    ("mha_kdim", "nn.MultiheadAttention(8, 2, kdim=4, vdim=6, batch_first=True)", "eval", "R(2, 5, 8), R(2, 3, 4), R(2, 3, 6)"),
    ("transformer_encoder_layer", "nn.TransformerEncoderLayer(8, 2, dim_feedforward=16)", "eval", "R(5, 2, 8)"),
    ("transformer_encoder_layer_train", "nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.3, norm_first=True)", "train", "R(5, 2, 8)"),
    ("transformer", "nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16)", "eval", "R(5, 2, 8), R(4, 2, 8)"),
    ("sequential", "nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Dropout(0.5), nn.Linear(3, 2), nn.Softmax(dim=-1))", "eval", "R(2, 4)"),
    ("modulelist", "Stack()", "eval", "R(3, 4)"),
    ("dropout_eval", "nn.Dropout(0.5)", "eval", "R(4, 4)"),
    ("dropout_train", "nn.Dropout(0.5)", "train", "R(4, 4)"),
    ("maxpool2d_indices", "nn.MaxPool2d(2, return_indices=True)", "eval", "R(2, 3, 4, 4)"),
    ("maxpool2d_ceil", "nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)", "eval", "R(2, 3, 7, 7)"),
    ("adaptive_avgpool2d", "nn.AdaptiveAvgPool2d((2, 3))", "eval", "R(2, 3, 7, 7)"),
    ("functional_pools", "FunctionalPools()", "eval", "R(2, 3, 4, 4)"),
    ("lppool2d", "nn.LPPool2d(2, 2)", "eval", "R(1, 2, 4, 4)"),
    ("logsigmoid", "nn.LogSigmoid()", "eval", "R(2, 5)"),
    ("prelu", "nn.PReLU(3)", "eval", "R(2, 3, 4)"),
    ("upsample_bilinear", "nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False)", "eval", "R(1, 2, 3, 3)"),
    ("jit_docs_module", "JitDocsModule(2, 3)", "eval", "R(3)"),
    ("cross_entropy", "nn.CrossEntropyLoss(label_smoothing=0.1)", "eval", "R(4, 5), torch.tensor([1, 0, 4, 2])"),
]
