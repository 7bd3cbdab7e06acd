using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Golden;

/// Compares a result with the value PyTorch saved: same structure, same Python types, tensors with
/// the same dtype and shape and equal values (floating point within a tight tolerance).
public static class ValueComparer
{
    public static string? Difference(object? expected, object? actual, string path = "result")
    {
        switch (expected)
        {
            case null: return actual == null ? null : $"{path}: expected None, got {Describe(actual)}";
            case torch.Tensor et:
                if (actual is not torch.Tensor at) return $"{path}: expected a tensor, got {Describe(actual)}";
                if (et.dtype != at.dtype) return $"{path}: dtype {at.dtype}, expected {et.dtype}";
                if (!et.shape.SequenceEqual(at.shape)) return $"{path}: shape [{string.Join(", ", at.shape)}], expected [{string.Join(", ", et.shape)}]";
                bool equal = et.is_floating_point() || et.is_complex()
                    ? at.allclose(et, rtol: 1e-5, atol: 1e-6, equal_nan: true)
                    : at.eq(et).all().item<bool>();
                return equal ? null : $"{path}: tensor values differ\nexpected {et.ToString(TensorStringStyle.Numpy)}\nactual   {at.ToString(TensorStringStyle.Numpy)}";
            case bool eb: return actual is bool ab && ab == eb ? null : $"{path}: expected {eb}, got {Describe(actual)}";
            case long el: return actual is long al && al == el ? null : $"{path}: expected int {el}, got {Describe(actual)}";
            case double ed:
                if (actual is not double ad) return $"{path}: expected float {ed}, got {Describe(actual)}";
                return (double.IsNaN(ed) && double.IsNaN(ad)) || ad == ed || Math.Abs(ad - ed) <= 1e-9 * Math.Max(1, Math.Abs(ed)) ? null : $"{path}: expected {ed:R}, got {ad:R}";
            case string es: return actual is string s && s == es ? null : $"{path}: expected '{es}', got {Describe(actual)}";
            case PyList el:
                if (actual is not PyList al2) return $"{path}: expected a list, got {Describe(actual)}";
                if (al2.Count != el.Count) return $"{path}: list length {al2.Count}, expected {el.Count}";
                for (int i = 0; i < el.Count; i++) if (Difference(el[i], al2[i], $"{path}[{i}]") is { } d) return d;
                return null;
            case PyTuple et2:
                if (actual is not PyTuple at2) return $"{path}: expected a tuple, got {Describe(actual)}";
                if (at2.Count != et2.Count) return $"{path}: tuple length {at2.Count}, expected {et2.Count}";
                for (int i = 0; i < et2.Count; i++) if (Difference(et2[i], at2[i], $"{path}[{i}]") is { } d) return d;
                return null;
            case PyDict ed2:
                if (actual is not PyDict ad2) return $"{path}: expected a dict, got {Describe(actual)}";
                var ek = ed2.Keys.ToList(); var ak = ad2.Keys.ToList();
                if (ek.Count != ak.Count) return $"{path}: dict has {ak.Count} keys, expected {ek.Count}";
                for (int i = 0; i < ek.Count; i++)
                {
                    if (Difference(ek[i], ak[i], $"{path}.keys[{i}]") is { } d) return d;
                    if (Difference(ed2[ek[i]], ad2[ak[i]], $"{path}[{ek[i]}]") is { } d2) return d2;
                }
                return null;
            default:
                return Equals(expected, actual) ? null : $"{path}: expected {expected}, got {Describe(actual)}";
        }
    }

    static string Describe(object? v) => v == null ? "None" : $"{v.GetType().Name} {v}";
}
