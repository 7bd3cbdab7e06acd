using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// embedding, embedding_bag and one_hot. padding_idx, scale_grad_by_freq and sparse only change
/// gradients, so the forward value is a row lookup.
internal static class NnEmbeddingKernels
{
    public static void Register()
    {
        Op("aten::embedding", (Tensor w, Tensor idx, long paddingIdx, bool scaleGrad, bool sparse) => Embedding(w, idx));
        Op("aten::embedding_renorm_", (Tensor w, Tensor idx, double maxNorm, double normType) => { Renorm(w, idx, maxNorm, normType); return w; });
        Raw("aten::embedding_bag", s =>
        {
            var a = s.PopN(8);
            PushBag(s, a[0].ToTensor(), a[1].ToTensor(), a[2].ToTensor(), a[4].ToInt(), OptTensor(a[6]), a[7].ToBool(), null);
        });
        Raw("aten::embedding_bag.padding_idx", s =>
        {
            var a = s.PopN(9);
            PushBag(s, a[0].ToTensor(), a[1].ToTensor(), a[2].ToTensor(), a[4].ToInt(), OptTensor(a[6]), a[7].ToBool(), a[8].IsNone ? null : a[8].ToInt());
        });
        Raw("aten::_embedding_bag", s =>
        {
            var a = s.PopN(9);
            long pad = a[8].ToInt();
            PushBag(s, a[0].ToTensor(), a[1].ToTensor(), a[2].ToTensor(), a[4].ToInt(), OptTensor(a[6]), a[7].ToBool(), pad < 0 ? null : pad);
        });
        Op("aten::one_hot", (Tensor x, long classes) => F.one_hot(x, classes));
    }

    static Tensor Embedding(Tensor weight, Tensor indices) => Scoped.Run(() =>
    {
        var rows = weight.index_select(0, indices.reshape(-1));
        return rows.view(indices.shape.Append(weight.shape[1]).ToArray());
    });

    /// ATen's embedding_bag over 1-D indices split into bags by offsets (mode 0 sum, 1 mean, 2 max).
    /// Pushes (output, offset2bag, bag_size, max_indices) like ATen; indices equal to padding_idx
    /// are skipped. Empty bags give zero rows.
    static void PushBag(Stack s, Tensor weight, Tensor indices, Tensor offsets, long mode, Tensor? perSample, bool includeLast, long? paddingIdx)
    {
        using var scope = torch.NewDisposeScope();
        var idx = indices.to_type(ScalarType.Int64).data<long>().ToArray();
        var offs = offsets.to_type(ScalarType.Int64).data<long>().ToArray();
        int bags = includeLast ? offs.Length - 1 : offs.Length;
        long dim = weight.shape[1];
        var outputs = new List<Tensor>();
        var maxIdx = new List<Tensor>();
        var offset2bag = new long[idx.Length];
        var bagSize = new long[bags];
        for (int b = 0; b < bags; b++)
        {
            long start = offs[b];
            long end = b + 1 < offs.Length ? offs[b + 1] : idx.Length;
            var members = new List<long>();
            for (long i = start; i < end; i++)
            {
                offset2bag[i] = b;
                if (paddingIdx is long p && idx[i] == p) continue;
                members.Add(i);
            }
            bagSize[b] = members.Count;
            if (members.Count == 0)
            {
                outputs.Add(torch.zeros(new[] { dim }, weight.dtype, weight.device));
                maxIdx.Add(torch.zeros(new[] { dim }, ScalarType.Int64));
                continue;
            }
            var pos = torch.tensor(members.ToArray());
            var rows = weight.index_select(0, indices.index_select(0, pos));
            if (perSample is not null) rows = rows.mul(perSample.index_select(0, pos).unsqueeze(1));
            switch (mode)
            {
                case 0: outputs.Add(rows.sum(new long[] { 0 })); break;
                case 1: outputs.Add(rows.mean(new long[] { 0 })); break;
                default:
                    var (values, arg) = rows.max(0);
                    outputs.Add(values);
                    maxIdx.Add(indices.index_select(0, pos).index_select(0, arg));
                    break;
            }
        }
        var output = bags == 0 ? torch.zeros(new[] { 0L, dim }, weight.dtype) : torch.stack(outputs);
        var o2b = torch.tensor(offset2bag);
        var sizes = torch.tensor(bagSize);
        var maxIndices = mode == 2 && bags > 0 ? torch.stack(maxIdx) : torch.zeros(new[] { (long)bags }, ScalarType.Int64);
        scope.Detach(output, o2b, sizes);
        scope.Detach(maxIndices);
        s.Push(IValue.FromTensor(output));
        s.Push(IValue.FromTensor(o2b));
        s.Push(IValue.FromTensor(sizes));
        s.Push(IValue.FromTensor(maxIndices));
    }

    /// Embedding(max_norm=...): every row the indices name whose p-norm exceeds max_norm is scaled
    /// in place to max_norm / (norm + 1e-7), as ATen does, outside autograd.
    static void Renorm(Tensor weight, Tensor indices, double maxNorm, double normType)
    {
        using var _ = torch.no_grad();
        using var flat = indices.flatten().to(ScalarType.Int64);
        foreach (long row in flat.data<long>().Distinct())
        {
            using var r = weight[row];
            using var rowNorm = r.norm((float)normType).to(ScalarType.Float64);
            double norm = rowNorm.item<double>();
            if (norm > maxNorm) r.mul_(maxNorm / (norm + 1e-7));
        }
    }
}
