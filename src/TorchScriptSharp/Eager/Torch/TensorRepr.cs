using System.Globalization;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// A PyTorch-like `repr(tensor)` for print() and messages: `tensor([[1., 2.],\n        [3., 4.]])`,
/// 4 decimals (scientific for wide ranges), dtype suffix for non-default dtypes, requires_grad,
/// and "..." summarisation above 1000 elements. Close to PyTorch's, not byte-identical in every case.
static class TensorRepr
{
    public static string Format(torch.Tensor t)
    {
        var prefix = "tensor(";
        var body = Body(t, prefix.Length);
        var suffix = new List<string>();
        if (t.dtype is not (torch.ScalarType.Float32 or torch.ScalarType.Int64 or torch.ScalarType.Bool))
            suffix.Add("dtype=torch." + DTypes.Name(t.dtype));
        if (t.numel() == 0 && t.dim() != 1) suffix.Insert(0, "size=(" + string.Join(", ", t.shape) + (t.dim() == 1 ? ",)" : ")"));
        if (t.requires_grad && t is not TorchSharp.Modules.Parameter) suffix.Add(t.is_leaf ? "requires_grad=True" : "grad_fn=<...>");
        if (t is TorchSharp.Modules.Parameter) suffix.Add("requires_grad=" + (t.requires_grad ? "True" : "False"));
        var text = prefix + body + (suffix.Count > 0 ? ", " + string.Join(", ", suffix) : "") + ")";
        return t is TorchSharp.Modules.Parameter ? "Parameter containing:\n" + text : text;
    }

    static string Body(torch.Tensor t, int indent)
    {
        var cpu = t.detach().cpu();
        bool summarize = cpu.numel() > 1000;
        var values = Flatten(cpu);
        Func<double, string> fmt = ElementFormatter(cpu.dtype, values.Where(v => !double.IsNaN(v) && !double.IsInfinity(v)).ToList());
        if (cpu.dim() == 0) return cpu.dtype == torch.ScalarType.Bool ? (values[0] != 0 ? "True" : "False") : fmt(values[0]);
        var strings = values.Select(v => cpu.dtype == torch.ScalarType.Bool ? (v != 0 ? "True" : "False") : fmt(v)).ToArray();
        int width = strings.Length == 0 ? 0 : strings.Max(s => s.Length);
        var sb = new StringBuilder();
        int pos = 0;
        Write(sb, cpu.shape, 0, strings, ref pos, width, indent, summarize);
        return sb.ToString();
    }

    static void Write(StringBuilder sb, long[] shape, int dim, string[] s, ref int pos, int width, int indent, bool summarize)
    {
        sb.Append('[');
        long n = shape[dim];
        long inner = 1;
        for (int d = dim + 1; d < shape.Length; d++) inner *= shape[d];
        for (long i = 0; i < n; i++)
        {
            if (summarize && n > 6 && i == 3)
            {
                sb.Append(dim == shape.Length - 1 ? "..., " : "...,\n" + new string(' ', indent + dim + 1));
                pos += (int)((n - 6) * inner);
                i = n - 3;
            }
            if (dim == shape.Length - 1) sb.Append(s[pos++].PadLeft(width));
            else Write(sb, shape, dim + 1, s, ref pos, width, indent, summarize);
            if (i < n - 1)
                sb.Append(dim == shape.Length - 1 ? ", " : "," + new string('\n', shape.Length - dim - 1) + new string(' ', indent + dim + 1));
        }
        sb.Append(']');
    }

    static double[] Flatten(torch.Tensor t)
    {
        var flat = t.reshape(-1);
        if (DTypes.IsComplex(t.dtype)) flat = torch.view_as_real(flat).select(-1, 0);
        return flat.to_type(torch.ScalarType.Float64).data<double>().ToArray();
    }

    static Func<double, string> ElementFormatter(torch.ScalarType dtype, List<double> finite)
    {
        if (!DTypes.IsFloating(dtype) && !DTypes.IsComplex(dtype)) return v => Special(v) ?? ((long)v).ToString(CultureInfo.InvariantCulture);
        bool allInt = finite.All(v => v == Math.Floor(v));
        double max = finite.Count == 0 ? 0 : finite.Max(Math.Abs), min = finite.Where(v => v != 0).Select(Math.Abs).DefaultIfEmpty(0).Min();
        bool sci = finite.Count > 0 && (max >= 1e8 || (min > 0 && (max / min > 1000 || min < 1e-4)));
        if (allInt && !sci) return v => Special(v) ?? v.ToString("0", CultureInfo.InvariantCulture) + ".";
        if (sci) return v => Special(v) ?? v.ToString("0.0000e+00", CultureInfo.InvariantCulture);
        return v => Special(v) ?? v.ToString("0.0000", CultureInfo.InvariantCulture);
    }

    static string? Special(double v) => double.IsNaN(v) ? "nan" : double.IsPositiveInfinity(v) ? "inf" : double.IsNegativeInfinity(v) ? "-inf" : null;
}
