using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Sorting, top-k, cumulative ops and unique.
internal static class SortingKernels
{
    public static void Register()
    {
        Op2("aten::sort", (Tensor a, long dim, bool descending) => a.sort(dim, descending));
        Op2("aten::sort.stable", (Tensor a, bool? stable, long dim, bool descending) => a.sort(dim, descending, stable ?? false));
        Op("aten::argsort", (Tensor a, long dim, bool descending) => a.argsort(dim, descending));
        Op("aten::argsort.stable", (Tensor a, bool stable, long dim, bool descending) => Scoped.Run(() => a.sort(dim, descending, stable).Indices));
        Op("aten::msort", (Tensor a) => Scoped.Run(() => a.sort(0).Values));
        Op2("aten::topk", (Tensor a, long k, long dim, bool largest, bool sorted) => a.topk((int)k, (int)dim, largest, sorted));

        Op("aten::cumsum", (Tensor a, long dim, ScalarType? dtype) => a.cumsum(dim, dtype));
        Op("aten::cumprod", (Tensor a, long dim, ScalarType? dtype) => a.cumprod(dim, dtype));
        Op("aten::cumsum_", (Tensor a, long dim, ScalarType? dtype) => NnActivationKernels.InPlace(a, a.cumsum(dim, dtype)));
        Op("aten::cumprod_", (Tensor a, long dim, ScalarType? dtype) => NnActivationKernels.InPlace(a, a.cumprod(dim, dtype)));
        Op2("aten::cummax", (Tensor a, long dim) => a.cummax(dim));
        Op2("aten::cummin", (Tensor a, long dim) => a.cummin(dim));
        Op("aten::logcumsumexp", (Tensor a, long dim) => a.logcumsumexp(dim));

        Op3("aten::_unique2", (Tensor a, bool sorted, bool inverse, bool counts) => Unique(a, sorted, inverse, counts, null));
        Raw("aten::unique_dim", s =>
        {
            var a = s.PopN(5);
            var (x, y, z) = Unique(a[0].ToTensor(), a[2].ToBool(), a[3].ToBool(), a[4].ToBool(), a[1].ToInt());
            s.Push(IValue.FromTensor(x)); s.Push(IValue.FromTensor(y)); s.Push(IValue.FromTensor(z));
        });
        Op3("aten::unique_consecutive", (Tensor a, bool inverse, bool counts, long? dim) =>
        {
            var (u, inv, cnt) = a.unique_consecutive(inverse, counts, (int?)dim);
            return (u, inv ?? torch.empty(0, ScalarType.Int64), cnt ?? torch.empty(0, ScalarType.Int64));
        });
    }

    /// ATen always returns three tensors; the ones not asked for are empty.
    static (Tensor, Tensor, Tensor) Unique(Tensor a, bool sorted, bool inverse, bool counts, long? dim)
    {
        var (u, inv, cnt) = a.unique(sorted, inverse, counts, (int?)dim);
        return (u, inv ?? torch.empty(0, ScalarType.Int64), cnt ?? torch.empty(0, ScalarType.Int64));
    }
}
