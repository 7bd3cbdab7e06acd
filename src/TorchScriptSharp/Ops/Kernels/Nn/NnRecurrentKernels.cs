using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// RNN cells and full multi-layer (bidirectional) LSTM/GRU/RNN, composed from linear algebra with
/// ATen's gate layouts (LSTM: i, f, g, o; GRU: r, z, n). `params` is ATen's flat list: per layer,
/// per direction, w_ih, w_hh, (with biases) b_ih, b_hh, and (a projected LSTM) w_hr. The `.data`
/// overloads run packed sequences (see PackedRecurrentNetwork).
internal static class NnRecurrentKernels
{
    internal delegate Tensor[] Cell(Tensor x, Tensor[] state, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh);

    /// One layer and direction's weights, read from ATen's flat parameter list.
    internal sealed record LayerWeights(Tensor WIh, Tensor WHh, Tensor? BIh, Tensor? BHh, Tensor? WHr)
    {
        /// Steps the cell; a projected LSTM's hidden state is then projected by w_hr (c stays full size).
        public Tensor[] Step(Cell cell, Tensor x, Tensor[] state)
        {
            var next = cell(x, state, WIh, WHh, BIh, BHh);
            if (WHr is { } wHr) next[0] = next[0].matmul(wHr.t());
            return next;
        }
    }

    /// The weights of every layer and direction, indexed [layer * directions + direction].
    internal static LayerWeights[] SplitWeights(Tensor[] parameters, bool hasBiases, long layers, int dirs)
    {
        int plain = hasBiases ? 4 : 2;
        int count = (int)layers * dirs;
        int perDir = parameters.Length == count * plain ? plain
            : parameters.Length == count * (plain + 1) ? plain + 1
            : throw KernelError.Runtime($"expected {count * plain} RNN parameters (or {count * (plain + 1)} with projections), got {parameters.Length}");
        return Enumerable.Range(0, count).Select(i =>
        {
            int p = i * perDir;
            return new LayerWeights(parameters[p], parameters[p + 1], hasBiases ? parameters[p + 2] : null, hasBiases ? parameters[p + 3] : null,
                perDir > plain ? parameters[p + plain] : null);
        }).ToArray();
    }

    public static void Register()
    {
        Raw("aten::lstm_cell", s =>
        {
            var a = s.PopN(6);
            var r = Scoped.Run2(() => { var o = Lstm(a[0].ToTensor(), Tensors(a[1]), a[2].ToTensor(), a[3].ToTensor(), OptTensor(a[4]), OptTensor(a[5])); return (o[0], o[1]); });
            s.Push(IValue.FromTensor(r.Item1));
            s.Push(IValue.FromTensor(r.Item2));
        });
        Op("aten::gru_cell", (Tensor x, Tensor h, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
            Scoped.Run(() => Gru(x, new[] { h }, wIh, wHh, bIh, bHh)[0]));
        Op("aten::rnn_tanh_cell", (Tensor x, Tensor h, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
            Scoped.Run(() => RnnTanh(x, new[] { h }, wIh, wHh, bIh, bHh)[0]));
        Op("aten::rnn_relu_cell", (Tensor x, Tensor h, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
            Scoped.Run(() => RnnRelu(x, new[] { h }, wIh, wHh, bIh, bHh)[0]));

        Raw("aten::lstm.input", s =>
        {
            var a = s.PopN(9);
            PushAll(s, Network(Lstm, a[0].ToTensor(), Tensors(a[1]), Tensors(a[2]), a[3].ToBool(), a[4].ToInt(), a[5].ToDouble(), a[6].ToBool(), a[7].ToBool(), a[8].ToBool()));
        });
        Raw("aten::gru.input", s => SingleState(s, Gru));
        Raw("aten::rnn_tanh.input", s => SingleState(s, RnnTanh));
        Raw("aten::rnn_relu.input", s => SingleState(s, RnnRelu));

        Raw("aten::lstm.data", s =>
        {
            var a = s.PopN(9);
            PushAll(s, PackedRecurrentNetwork.Run(Lstm, a[0].ToTensor(), a[1].ToTensor(), Tensors(a[2]), Tensors(a[3]), a[4].ToBool(), a[5].ToInt(), a[6].ToDouble(), a[7].ToBool(), a[8].ToBool()));
        });
        Raw("aten::gru.data", s => PackedSingleState(s, Gru));
        Raw("aten::rnn_tanh.data", s => PackedSingleState(s, RnnTanh));
        Raw("aten::rnn_relu.data", s => PackedSingleState(s, RnnRelu));
    }

    static void PackedSingleState(Stack s, Cell cell)
    {
        var a = s.PopN(9);
        PushAll(s, PackedRecurrentNetwork.Run(cell, a[0].ToTensor(), a[1].ToTensor(), new[] { a[2].ToTensor() }, Tensors(a[3]), a[4].ToBool(), a[5].ToInt(), a[6].ToDouble(), a[7].ToBool(), a[8].ToBool()));
    }

    static void SingleState(Stack s, Cell cell)
    {
        var a = s.PopN(9);
        PushAll(s, Network(cell, a[0].ToTensor(), new[] { a[1].ToTensor() }, Tensors(a[2]), a[3].ToBool(), a[4].ToInt(), a[5].ToDouble(), a[6].ToBool(), a[7].ToBool(), a[8].ToBool()));
    }

    static void PushAll(Stack s, Tensor[] results)
    {
        foreach (var t in results) s.Push(IValue.FromTensor(t));
    }

    static Tensor Gates(Tensor x, Tensor h, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
        F.linear(x, wIh, bIh).add(F.linear(h, wHh, bHh));

    static Tensor[] Lstm(Tensor x, Tensor[] state, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh)
    {
        var g = Gates(x, state[0], wIh, wHh, bIh, bHh).chunk(4, -1);
        var c = g[1].sigmoid().mul(state[1]).add(g[0].sigmoid().mul(g[2].tanh()));
        var h = g[3].sigmoid().mul(c.tanh());
        return new[] { h, c };
    }

    static Tensor[] Gru(Tensor x, Tensor[] state, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh)
    {
        var gi = F.linear(x, wIh, bIh).chunk(3, -1);
        var gh = F.linear(state[0], wHh, bHh).chunk(3, -1);
        var r = gi[0].add(gh[0]).sigmoid();
        var z = gi[1].add(gh[1]).sigmoid();
        var n = gi[2].add(r.mul(gh[2])).tanh();
        return new[] { n.add(z.mul(state[0].sub(n))) }; // (1 - z) * n + z * h
    }

    static Tensor[] RnnTanh(Tensor x, Tensor[] state, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
        new[] { Gates(x, state[0], wIh, wHh, bIh, bHh).tanh() };

    static Tensor[] RnnRelu(Tensor x, Tensor[] state, Tensor wIh, Tensor wHh, Tensor? bIh, Tensor? bHh) =>
        new[] { Gates(x, state[0], wIh, wHh, bIh, bHh).relu() };

    /// Runs every layer and direction over the sequence; returns (output, final states...) with the
    /// final states stacked as (layers * directions, batch, hidden).
    static Tensor[] Network(Cell cell, Tensor input, Tensor[] hx, Tensor[] parameters, bool hasBiases, long layers, double dropout,
        bool train, bool bidirectional, bool batchFirst)
    {
        using var scope = torch.NewDisposeScope();
        int dirs = bidirectional ? 2 : 1;
        var weights = SplitWeights(parameters, hasBiases, layers, dirs);
        var x = batchFirst ? input.transpose(0, 1) : input; // (T, B, F)
        long steps = x.shape[0];
        var finals = new List<Tensor>[hx.Length];
        for (int k = 0; k < hx.Length; k++) finals[k] = new List<Tensor>();
        for (int layer = 0; layer < layers; layer++)
        {
            var outputs = new List<Tensor>();
            for (int d = 0; d < dirs; d++)
            {
                var w = weights[layer * dirs + d];
                var state = hx.Select(h => h[layer * dirs + d]).ToArray();
                var seq = new Tensor[steps];
                for (long i = 0; i < steps; i++)
                {
                    long t = d == 0 ? i : steps - 1 - i;
                    state = w.Step(cell, x[t], state);
                    seq[t] = state[0];
                }
                outputs.Add(torch.stack(seq));
                for (int k = 0; k < hx.Length; k++) finals[k].Add(state[k]);
            }
            x = dirs == 1 ? outputs[0] : torch.cat(outputs.ToArray(), -1);
            if (dropout > 0 && train && layer < layers - 1) x = F.dropout(x, dropout, true);
        }
        var output = batchFirst ? x.transpose(0, 1).contiguous() : x;
        var results = new[] { output }.Concat(finals.Select(f => torch.stack(f.ToArray()))).ToArray();
        scope.Detach(results);
        return results;
    }
}
