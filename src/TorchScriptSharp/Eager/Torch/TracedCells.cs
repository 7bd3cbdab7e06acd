using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// PyTorch's tracer does not record the RNN cell operators (rnn_tanh_cell, rnn_relu_cell, lstm_cell,
/// gru_cell are on its DONT_RECORD_TRACE list): it records the operators the cells run. While tracing,
/// the cells run here as those operators, each dispatched (so recorded) in PyTorch's order.
static class TracedCells
{
    public static bool TryRun(Interpreter ev, string name, CallArgs a, out object? result)
    {
        result = null;
        if (name is not ("aten::rnn_tanh_cell" or "aten::rnn_relu_cell" or "aten::lstm_cell" or "aten::gru_cell")
            || a.Keywords.Count > 0 || a.Positional.Count < 4) return false;
        var input = (torch.Tensor)a.Positional[0]!;
        var hx = a.Positional[1];
        object? wIh = a.Positional[2], wHh = a.Positional[3];
        object? bIh = a.Positional.Count > 4 ? a.Positional[4] : null, bHh = a.Positional.Count > 5 ? a.Positional[5] : null;
        object? Op(string op, params object?[] args) => OpDispatch.Call(ev, "aten::" + op, new CallArgs(args), isMethod: false);
        object? Item(object? sequence, int i) => ((IReadOnlyList<object?>)sequence!)[i]; // a list or a tuple
        switch (name)
        {
            case "aten::rnn_tanh_cell" or "aten::rnn_relu_cell":
            {
                var hidden = Op("linear", hx, wHh, bHh);
                var gates = Op("add_", hidden, Op("linear", input, wIh, bIh));
                result = Op(name == "aten::rnn_tanh_cell" ? "tanh" : "relu", gates);
                return true;
            }
            case "aten::lstm_cell":
            {
                var (h, c) = (Item(hx, 0), Item(hx, 1));
                var hidden = Op("linear", h, wHh, bHh);
                var gates = Op("unsafe_chunk", Op("add_", hidden, Op("linear", input, wIh, bIh)), 4L, 1L);
                var ingate = Op("sigmoid_", Item(gates, 0));
                var forget = Op("sigmoid_", Item(gates, 1));
                var cell = Op("tanh_", Item(gates, 2));
                var outgate = Op("sigmoid_", Item(gates, 3));
                var cy = Op("add_", Op("mul", forget, c), Op("mul", ingate, cell));
                result = new PyTuple(new[] { Op("mul", outgate, Op("tanh", cy)), cy });
                return true;
            }
            default: // gru_cell
            {
                var i = Op("unsafe_chunk", Op("linear", input, wIh, bIh), 3L, 1L);
                var h = Op("unsafe_chunk", Op("linear", hx, wHh, bHh), 3L, 1L);
                var reset = Op("sigmoid_", Op("add_", Item(h, 0), Item(i, 0)));
                var update = Op("sigmoid_", Op("add_", Item(h, 1), Item(i, 1)));
                var candidate = Op("tanh_", Op("add", Item(i, 2), Op("mul_", Item(h, 2), reset)));
                result = Op("add_", Op("mul_", Op("sub", hx, candidate), update), candidate);
                return true;
            }
        }
    }
}
