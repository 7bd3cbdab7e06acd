namespace TorchScriptSharp.Tests.Syntax;

/// Realistic TorchScript-style sources, used by the smoke test and as seeds for the fuzz test.
static class SampleSources
{
    public const string Model = """
        import math
        from typing import Dict, List, Optional, Tuple

        import torch
        import torch.nn.functional as F
        from torch import Tensor, nn


        class Attention(nn.Module):
            '''Multi-head attention, the way people write it for TorchScript.'''

            __constants__ = ['num_heads', 'scale']
            cache: Dict[str, Tensor]

            def __init__(self, dim: int, num_heads: int = 8, dropout: float = 0.0) -> None:
                super().__init__()
                assert dim % num_heads == 0, f"dim {dim} not divisible by {num_heads}"
                self.num_heads = num_heads
                self.scale = (dim // num_heads) ** -0.5
                self.qkv = nn.Linear(dim, dim * 3, bias=False)
                self.proj = nn.Linear(dim, dim)
                self.cache = {}

            @torch.jit.export
            def reset(self):
                # type: () -> None
                self.cache = {}

            def forward(self, x: Tensor, mask: Optional[Tensor] = None) -> Tuple[Tensor, List[int]]:
                B, N, C = x.shape
                qkv = self.qkv(x).reshape(B, N, 3, self.num_heads, C // self.num_heads).permute(2, 0, 3, 1, 4)
                q, k, v = qkv[0], qkv[1], qkv[2]
                attn = (q @ k.transpose(-2, -1)) * self.scale
                if mask is not None:
                    attn = attn.masked_fill(mask == 0, float('-inf'))
                elif self.training and not torch.jit.is_scripting():
                    pass
                else:
                    attn = attn + 0.
                attn = attn.softmax(dim=-1)
                x = (attn @ v).transpose(1, 2).reshape(B, N, C)
                sizes = [s for s in x.size() if s > 1]
                for i, s in enumerate(sizes):
                    if i >= 2: break
                    sizes[i] = s * 2; continue
                while len(sizes) < 3:
                    sizes.append(1)
                x = self.proj(x) if x.dim() == 3 else x
                return x[..., :C], sizes


        @torch.jit.script
        def gelu(x):
            # type: (Tensor) -> Tensor
            return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3))))


        def helper(xs: list[int] | None = None, *, scale: float = 1e-3) -> dict[str, float]:
            out: Dict[str, float] = {}
            if xs is None:
                return out
            total = 0
            for x in xs:
                total += x
            out["mean"] = total / max(len(xs), 1) * scale
            try:
                out["log"] = math.log(total)
            except ValueError as e:
                raise RuntimeError("bad") from e
            finally:
                del total
            with torch.no_grad():
                y = torch.zeros(3, dtype=torch.float32, device=torch.device("cpu"))
            return {k: v for k, v in out.items() if v != 0.0 and k not in ('x', 'y')}
        """;
}
