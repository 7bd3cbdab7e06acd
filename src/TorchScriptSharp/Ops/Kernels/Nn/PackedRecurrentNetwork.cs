using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// The `.data` overloads of aten::lstm/gru/rnn_tanh/rnn_relu: a packed sequence (PackedSequence's
/// data and batch_sizes). `data` holds the time steps one after another, step t being the first
/// batch_sizes[t] sequences (batch sizes never grow, the sequences are sorted by length), so a
/// sequence's final state is its state after its last step.
internal static class PackedRecurrentNetwork
{
    /// Returns (output data, final states...) with the final states stacked as (layers * directions, batch, hidden).
    public static Tensor[] Run(NnRecurrentKernels.Cell cell, Tensor data, Tensor batchSizes, Tensor[] hx, Tensor[] parameters,
        bool hasBiases, long layers, double dropout, bool train, bool bidirectional)
    {
        using var scope = torch.NewDisposeScope();
        int dirs = bidirectional ? 2 : 1;
        var weights = NnRecurrentKernels.SplitWeights(parameters, hasBiases, layers, dirs);
        var sizes = batchSizes.data<long>().ToArray();
        var offsets = new long[sizes.Length];
        for (int t = 1; t < sizes.Length; t++) offsets[t] = offsets[t - 1] + sizes[t - 1];
        var x = data;
        var finals = hx.Select(_ => new List<Tensor>()).ToArray();
        for (int layer = 0; layer < layers; layer++)
        {
            var outputs = new List<Tensor>();
            for (int d = 0; d < dirs; d++)
            {
                var w = weights[layer * dirs + d];
                var initial = hx.Select(h => h[layer * dirs + d]).ToArray();
                var (output, final) = d == 0 ? Forward(cell, w, x, sizes, offsets, initial) : Backward(cell, w, x, sizes, offsets, initial);
                outputs.Add(output);
                for (int k = 0; k < hx.Length; k++) finals[k].Add(final[k]);
            }
            x = dirs == 1 ? outputs[0] : torch.cat(outputs.ToArray(), -1);
            if (dropout > 0 && train && layer < layers - 1) x = F.dropout(x, dropout, true);
        }
        var results = new[] { x }.Concat(finals.Select(f => torch.stack(f.ToArray()))).ToArray();
        scope.Detach(results);
        return results;
    }

    /// Steps 0..T-1: the sequences that have ended keep their last state in the rows past batch_sizes[t].
    static (Tensor Output, Tensor[] Final) Forward(NnRecurrentKernels.Cell cell, NnRecurrentKernels.LayerWeights w, Tensor x,
        long[] sizes, long[] offsets, Tensor[] state)
    {
        var steps = new Tensor[sizes.Length];
        for (int t = 0; t < sizes.Length; t++)
        {
            long b = sizes[t];
            var next = w.Step(cell, x.narrow(0, offsets[t], b), state.Select(s => s.narrow(0, 0, b)).ToArray());
            steps[t] = next[0];
            state = state.Select((s, k) => b == s.shape[0] ? next[k] : torch.cat(new[] { next[k], s.narrow(0, b, s.shape[0] - b) })).ToArray();
        }
        return (torch.cat(steps), state);
    }

    /// Steps T-1..0: a sequence joins (from its initial state) at its own last step.
    static (Tensor Output, Tensor[] Final) Backward(NnRecurrentKernels.Cell cell, NnRecurrentKernels.LayerWeights w, Tensor x,
        long[] sizes, long[] offsets, Tensor[] initial)
    {
        var steps = new Tensor[sizes.Length];
        var state = initial.Select(h => h.narrow(0, 0, 0)).ToArray();
        for (int t = sizes.Length - 1; t >= 0; t--)
        {
            long b = sizes[t], have = state[0].shape[0];
            if (b > have) state = state.Select((s, k) => torch.cat(new[] { s, initial[k].narrow(0, have, b - have) })).ToArray();
            state = w.Step(cell, x.narrow(0, offsets[t], b), state);
            steps[t] = state[0];
        }
        return (torch.cat(steps), state);
    }
}
