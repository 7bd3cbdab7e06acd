using System.Globalization;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Runtime;

/// C printf / iostream number layouts (`%g`, `%f`, `%e` with a precision), which PyTorch's C++
/// printers use: std::defaultfloat is %g, std::fixed %f, std::scientific %e. .NET's "E"/"F" formats
/// round correctly, as glibc does, so only the layout needs rebuilding.
public static class CppFormat
{
    static string NonFinite(double d, bool upper)
    {
        string s = double.IsNaN(d) ? (BitConverter.DoubleToInt64Bits(d) < 0 ? "-nan" : "nan") : d > 0 ? "inf" : "-inf";
        return upper ? s.ToUpperInvariant() : s;
    }

    /// printf("%.{prec}f").
    public static string Fixed(double d, int prec, bool upper = false)
    {
        if (!double.IsFinite(d)) return NonFinite(d, upper);
        string s = d.ToString("F" + prec, CultureInfo.InvariantCulture);
        // .NET drops the sign of values that round to zero; C keeps it (-0.00001 -> "-0.0000").
        if (double.IsNegative(d) && !s.StartsWith('-')) s = "-" + s;
        return s;
    }

    /// printf("%.{prec}e").
    public static string Scientific(double d, int prec, bool upper = false)
    {
        if (!double.IsFinite(d)) return NonFinite(d, upper);
        string s = d.ToString((upper ? "E" : "e") + prec, CultureInfo.InvariantCulture); // d.ddde+XXX
        int e = s.IndexOfAny(new[] { 'e', 'E' });
        int exp = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
        string mant = s[..e];
        if (double.IsNegative(d) && !mant.StartsWith('-')) mant = "-" + mant;
        return mant + s[e] + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// printf("%.{prec}g"): %e or %f by the exponent, trailing zeros removed.
    public static string General(double d, int prec = 6, bool upper = false)
    {
        if (!double.IsFinite(d)) return NonFinite(d, upper);
        if (prec == 0) prec = 1;
        string e = Scientific(d, prec - 1);
        int at = e.IndexOf('e');
        int exp = int.Parse(e[(at + 1)..], CultureInfo.InvariantCulture);
        if (exp < -4 || exp >= prec)
        {
            string mant = e[..at];
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            return mant + (upper ? "E" : "e") + e[(at + 1)..];
        }
        string f = Fixed(d, prec - 1 - exp);
        if (f.Contains('.')) f = f.TrimEnd('0').TrimEnd('.');
        return f;
    }

    /// `std::setw(width)`: right-aligned.
    public static string Width(string s, int width) => s.Length >= width ? s : new string(' ', width - s.Length) + s;
}

/// `operator<<(std::ostream&, const at::Tensor&)` (ATen/core/Formatting.cpp), which TorchScript's
/// str(), print and format use for tensors: values as doubles in a column, then `[ CPUFloatType{2} ]`.
public static class CppTensorPrinter
{
    enum Mode { General, Fixed, Scientific }

    public static string Print(torch.Tensor t, int linesize = 80)
    {
        var sb = new StringBuilder();
        if (t is null || t.IsInvalid) return "[ Tensor (undefined) ]";
        double[] data;
        long[] shape = t.shape;
        using (var d = t.detach().to(torch.CPU).to(torch.ScalarType.Float64).contiguous())
            data = d.numel() == 0 ? Array.Empty<double>() : d.data<double>().ToArray();
        string typeName = TypeString(t);
        if (shape.Length == 0)
        {
            sb.Append(CppFormat.General(data[0])).Append('\n');
            sb.Append("[ ").Append(typeName).Append("{}");
        }
        else if (shape.Length == 1)
        {
            if (data.Length > 0)
            {
                var (scale, sz, mode) = PrintFormat(data);
                if (scale != 1) PrintScale(sb, scale);
                foreach (var v in data) sb.Append(CppFormat.Width(Num(v / scale, mode), sz)).Append('\n');
            }
            sb.Append("[ ").Append(typeName).Append('{').Append(shape[0]).Append('}');
        }
        else if (shape.Length == 2)
        {
            if (data.Length > 0) PrintMatrix(sb, data, 0, shape[0], shape[1], linesize, 0);
            sb.Append("[ ").Append(typeName).Append('{').Append(shape[0]).Append(',').Append(shape[1]).Append('}');
        }
        else
        {
            if (data.Length > 0) PrintTensor(sb, data, shape, linesize);
            sb.Append("[ ").Append(typeName).Append('{').Append(string.Join(",", shape)).Append('}');
        }
        sb.Append(" ]");
        return sb.ToString();
    }

    /// at::Tensor::toString(): backend + scalar type + "Type", e.g. CPUFloatType.
    public static string TypeString(torch.Tensor t)
    {
        string backend = t.device_type == DeviceType.CUDA ? "CUDA" : t.device_type.ToString().ToUpperInvariant();
        string scalar = t.dtype switch
        {
            torch.ScalarType.Float32 => "Float",
            torch.ScalarType.Float64 => "Double",
            torch.ScalarType.Float16 => "Half",
            torch.ScalarType.BFloat16 => "BFloat16",
            torch.ScalarType.Int64 => "Long",
            torch.ScalarType.Int32 => "Int",
            torch.ScalarType.Int16 => "Short",
            torch.ScalarType.Int8 => "Char",
            torch.ScalarType.Byte => "Byte",
            torch.ScalarType.Bool => "Bool",
            torch.ScalarType.ComplexFloat32 => "ComplexFloat",
            torch.ScalarType.ComplexFloat64 => "ComplexDouble",
            var other => other.ToString(),
        };
        return backend + scalar + "Type";
    }

    static string Num(double v, Mode mode) => mode switch
    {
        Mode.Fixed => CppFormat.Fixed(v, 4),
        Mode.Scientific => CppFormat.Scientific(v, 4),
        _ => CppFormat.General(v),
    };

    static void PrintScale(StringBuilder sb, double scale) => sb.Append(CppFormat.General(scale)).Append(" *\n");

    /// __printFormat: integer mode, exponent range, column width and scale, bugs included
    /// (expMax is compared against the signed value).
    static (double Scale, int Size, Mode Mode) PrintFormat(IReadOnlyList<double> p)
    {
        int size = p.Count;
        bool intMode = true;
        foreach (var z in p)
            if (double.IsFinite(z) && z != Math.Ceiling(z)) { intMode = false; break; }
        int offset = 0;
        while (!double.IsFinite(p[offset])) { offset++; if (offset == size) break; }
        double expMin, expMax;
        if (offset == size) { expMin = 1; expMax = 1; }
        else
        {
            expMin = Math.Abs(p[offset]);
            expMax = Math.Abs(p[offset]);
            for (int i = offset; i < size; i++)
            {
                double z = Math.Abs(p[i]);
                if (double.IsFinite(z))
                {
                    if (z < expMin) expMin = z;
                    if (p[i] > expMax) expMax = z;
                }
            }
            expMin = expMin != 0 ? Math.Floor(Math.Log10(expMin)) + 1 : 1;
            expMax = expMax != 0 ? Math.Floor(Math.Log10(expMax)) + 1 : 1;
        }
        double scale = 1;
        int sz;
        Mode mode;
        if (intMode)
        {
            if (expMax > 9) { sz = 11; mode = Mode.Scientific; }
            else { sz = (int)expMax + 1; mode = Mode.General; }
        }
        else if (expMax - expMin > 4)
        {
            sz = 11;
            if (Math.Abs(expMax) > 99 || Math.Abs(expMin) > 99) sz++;
            mode = Mode.Scientific;
        }
        else if (expMax > 5 || expMax < 0)
        {
            sz = 7;
            scale = Math.Pow(10, expMax - 1);
            mode = Mode.Fixed;
        }
        else
        {
            sz = expMax == 0 ? 7 : (int)expMax + 6;
            mode = Mode.Fixed;
        }
        return (scale, sz, mode);
    }

    static void Indent(StringBuilder sb, int indent) => sb.Append(' ', indent);

    static void PrintMatrix(StringBuilder sb, double[] data, long start, long rows, long cols, int linesize, int indent)
    {
        var matrix = new ArraySegment<double>(data, (int)start, (int)(rows * cols));
        var (scale, sz, mode) = PrintFormat(matrix);
        Indent(sb, indent);
        long nColumnPerLine = (linesize - indent) / (sz + 1);
        long firstColumn = 0;
        while (firstColumn < cols)
        {
            long lastColumn = firstColumn + nColumnPerLine <= cols ? firstColumn + nColumnPerLine - 1 : cols - 1;
            if (nColumnPerLine < cols)
            {
                if (firstColumn != 0) sb.Append('\n');
                sb.Append("Columns ").Append(firstColumn + 1).Append(" to ").Append(lastColumn + 1);
                Indent(sb, indent);
            }
            if (scale != 1)
            {
                PrintScale(sb, scale);
                Indent(sb, indent);
            }
            for (long l = 0; l < rows; l++)
            {
                for (long c = firstColumn; c <= lastColumn; c++)
                {
                    sb.Append(CppFormat.Width(Num(matrix[(int)(l * cols + c)] / scale, mode), sz));
                    if (c == lastColumn)
                    {
                        sb.Append('\n');
                        if (l != rows - 1)
                        {
                            Indent(sb, indent);
                            if (scale != 1) sb.Append(' ');
                        }
                    }
                    else sb.Append(' ');
                }
            }
            firstColumn = lastColumn + 1;
        }
    }

    static void PrintTensor(StringBuilder sb, double[] data, long[] shape, int linesize)
    {
        int outer = shape.Length - 2;
        var counter = new long[outer];
        counter[0] = -1;
        bool start = true;
        long rows = shape[^2], cols = shape[^1];
        while (true)
        {
            bool finished = false;
            for (int i = 0; ; i++)
            {
                counter[i]++;
                if (counter[i] >= shape[i])
                {
                    if (i == outer - 1) { finished = true; break; }
                    counter[i] = 0;
                }
                else break;
            }
            if (finished) break;
            if (start) start = false;
            else sb.Append('\n');
            sb.Append('(');
            long offset = 0;
            for (int i = 0; i < outer; i++)
            {
                offset = offset * shape[i] + counter[i];
                sb.Append(counter[i] + 1).Append(',');
            }
            sb.Append(".,.) = \n");
            PrintMatrix(sb, data, offset * rows * cols, rows, cols, linesize, 1);
        }
    }
}
