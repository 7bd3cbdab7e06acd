using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Attention kernels, composed from matmul and softmax as ATen's math fallback does.
internal static class NnAttentionKernels
{
    public static void Register()
    {
        // (query, key, value, attn_mask, dropout_p, need_attn_weights, is_causal) -> (output, weights)
        Raw("aten::_scaled_dot_product_attention", s =>
        {
            var a = s.PopN(7);
            var (output, weights) = Scoped.Run2(() =>
                Attend(a[0].ToTensor(), a[1].ToTensor(), a[2].ToTensor(), OptTensor(a[3]), a[4].ToDouble(), a[6].ToBool()));
            // 1.13's math path returns the weights whatever need_attn_weights says.
            s.Push(IValue.FromTensor(output));
            s.Push(IValue.FromTensor(weights));
        });

        // nn.MultiheadAttention's fast path (batch-first inputs, packed in-projection).
        Raw("aten::_native_multi_head_attention", s =>
        {
            var a = s.PopN(13);
            bool needWeights = a[10].ToBool(), average = a[11].ToBool();
            var (output, weights) = Scoped.Run2(() => MultiHead(a[0].ToTensor(), a[1].ToTensor(), a[2].ToTensor(), a[3].ToInt(), a[4].ToInt(),
                a[5].ToTensor(), a[6].ToTensor(), a[7].ToTensor(), a[8].ToTensor(), OptTensor(a[9]), a[12].IsNone ? null : a[12].ToInt(), average));
            s.Push(IValue.FromTensor(output));
            if (needWeights) s.Push(IValue.FromTensor(weights));
            else { weights.Dispose(); s.Push(IValue.FromTensor(torch.empty(0, output.dtype))); }
        });

        // nn.TransformerEncoderLayer's fast path: the whole layer as one op (inference only).
        Raw("aten::_transformer_encoder_layer_fwd", s =>
        {
            var a = s.PopN(20);
            s.Push(IValue.FromTensor(Scoped.Run(() => EncoderLayer(a))));
        });
    }

    /// (src, embed_dim, num_heads, qkv_weight, qkv_bias, proj_weight, proj_bias, use_gelu, norm_first, eps,
    /// norm_weight_1, norm_bias_1, norm_weight_2, norm_bias_2, ffn_weight_1, ffn_bias_1, ffn_weight_2,
    /// ffn_bias_2, mask, mask_type): self-attention and feed-forward blocks, each with a residual and
    /// a layer norm before (norm_first) or after, as the unfused layer computes them without dropout.
    static Tensor EncoderLayer(IValue[] a)
    {
        var src = a[0].ToTensor();
        long embedDim = a[1].ToInt(), heads = a[2].ToInt();
        bool gelu = a[7].ToBool(), normFirst = a[8].ToBool();
        double eps = a[9].ToDouble();
        Tensor Norm(Tensor x, int at) => nn.functional.layer_norm(x, new[] { embedDim }, a[at].ToTensor(), a[at + 1].ToTensor(), eps);
        Tensor Attention(Tensor x) => MultiHead(x, x, x, embedDim, heads, a[3].ToTensor(), a[4].ToTensor(), a[5].ToTensor(), a[6].ToTensor(),
            OptTensor(a[18]), a[19].IsNone ? null : a[19].ToInt(), average: true).Item1;
        Tensor FeedForward(Tensor x)
        {
            var hidden = nn.functional.linear(x, a[14].ToTensor(), a[15].ToTensor());
            return nn.functional.linear(gelu ? nn.functional.gelu(hidden) : nn.functional.relu(hidden), a[16].ToTensor(), a[17].ToTensor());
        }
        if (normFirst)
        {
            var x = src.add(Attention(Norm(src, 10)));
            return x.add(FeedForward(Norm(x, 12)));
        }
        var y = Norm(src.add(Attention(src)), 10);
        return Norm(y.add(FeedForward(y)), 12);
    }

    /// softmax(q kᵀ / √d + mask) v. A bool mask marks the positions to attend (True = keep) as in
    /// scaled_dot_product_attention; a float mask is added to the scores.
    static (Tensor, Tensor) Attend(Tensor q, Tensor k, Tensor v, Tensor? mask, double dropout, bool causal)
    {
        var scores = q.matmul(k.transpose(-2, -1)).div(Math.Sqrt(q.shape[^1]));
        if (causal)
        {
            long l = q.shape[^2], sLen = k.shape[^2];
            var keep = torch.ones(new[] { l, sLen }, ScalarType.Bool).tril();
            scores = scores.masked_fill(keep.logical_not(), double.NegativeInfinity);
        }
        if (mask is not null)
            scores = mask.dtype == ScalarType.Bool ? scores.masked_fill(mask.logical_not(), double.NegativeInfinity) : scores.add(mask);
        var weights = scores.softmax(-1);
        if (dropout > 0) weights = nn.functional.dropout(weights, dropout, true);
        return (weights.matmul(v), weights);
    }

    /// The native MHA: a bool mask marks positions to ignore (True = masked), mask_type 0 being an
    /// attention mask (L, S) and 1 a key padding mask (B, S).
    static (Tensor, Tensor) MultiHead(Tensor query, Tensor key, Tensor value, long embedDim, long heads, Tensor qkvWeight, Tensor qkvBias,
        Tensor projWeight, Tensor projBias, Tensor? mask, long? maskType, bool average)
    {
        var w = qkvWeight.chunk(3, 0);
        var b = qkvBias.chunk(3, 0);
        long batch = query.shape[0], l = query.shape[1], sLen = key.shape[1], d = embedDim / heads;
        Tensor Heads(Tensor x, long len) => x.view(batch, len, heads, d).transpose(1, 2);
        var q = Heads(nn.functional.linear(query, w[0], b[0]), l);
        var k = Heads(nn.functional.linear(key, w[1], b[1]), sLen);
        var v = Heads(nn.functional.linear(value, w[2], b[2]), sLen);
        var scores = q.matmul(k.transpose(-2, -1)).div(Math.Sqrt(d));
        if (mask is not null)
        {
            var m = maskType == 1 ? mask.view(batch, 1, 1, sLen) : mask;
            scores = m.dtype == ScalarType.Bool ? scores.masked_fill(m, double.NegativeInfinity) : scores.add(m);
        }
        var weights = scores.softmax(-1);
        var attended = weights.matmul(v).transpose(1, 2).reshape(batch, l, embedDim);
        var output = nn.functional.linear(attended, projWeight, projBias);
        return (output, average ? weights.mean(new long[] { 1 }) : weights);
    }
}
