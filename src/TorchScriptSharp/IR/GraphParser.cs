using System.Globalization;
using System.Text.RegularExpressions;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// Reads `.graph` text (what <see cref="GraphPrinter"/> writes, and what PyTorch prints) back into a
/// Graph, so tests can state expected IR as text. Names are kept: `%x.1` becomes the debug name
/// `x.1`, a numeric `%42` becomes the value's unique number, so printing the parsed graph gives the
/// same text. `# file:line:col` comments become the nodes' source ranges; other comments are ignored.
/// Constants get their `value` as an IValue of the output's type (`bool` constants from `1`/`0`);
/// other attributes become long, double, string, TorchType lists or lists of those.
public static partial class GraphParser
{
    public static Graph Parse(string text)
    {
        var reader = new Reader(text);
        // nodes printed as `prim::fork_0` refer to subgraphs given after the graph as `with prim::fork_0 = graph(...)`
        var subgraphKinds = Regex.Matches(text, @"^with (\S+) = graph\(", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet();
        var graph = new GraphBuilder(reader, subgraphKinds).Build();
        if (!reader.AtEnd) throw reader.Error("unexpected text after the graph");
        return graph;
    }

    sealed class GraphBuilder
    {
        readonly Reader _r;
        readonly HashSet<string> _subgraphKinds;
        readonly Graph _graph = new();
        readonly Dictionary<string, Value> _values = new();
        readonly Dictionary<string, Node> _subgraphUsers = new();

        public GraphBuilder(Reader reader, HashSet<string> subgraphKinds)
        {
            _r = reader;
            _subgraphKinds = subgraphKinds;
        }

        public Graph Build()
        {
            _r.Expect("graph");
            _r.Expect('(');
            foreach (var (name, type) in TypedNames(')')) Bind(name, _graph.AddInput(type));
            _r.Expect(':');
            ParseNodes(_graph.Block, "return");
            _r.Expect("return");
            foreach (var v in ValueRefs()) _graph.RegisterOutput(v);
            while (_r.LookingAtWord("with"))
            {
                _r.Expect("with");
                string key = _r.Word();
                _r.Expect('=');
                if (!_subgraphUsers.TryGetValue(key, out var user)) throw _r.Error($"no node refers to subgraph {key}");
                user.Attributes["Subgraph"] = new GraphBuilder(_r, _subgraphKinds).Build();
            }
            return _graph;
        }

        void ParseNodes(Block block, string terminator)
        {
            while (!_r.AtEnd && !_r.LookingAtWord(terminator))
                ParseNode(block);
        }

        void ParseNode(Block block)
        {
            var outputs = new List<(string Name, TorchType Type)>();
            if (_r.Peek() != '=')
            {
                do outputs.Add(TypedName());
                while (_r.TryConsume(','));
            }
            _r.Expect('=');
            string kind = _r.Word();
            string? subgraphKey = null;
            if (_subgraphKinds.Contains(kind))
            {
                subgraphKey = kind;
                kind = kind[..kind.LastIndexOf('_')];
            }
            var attributes = _r.Peek() == '[' ? Attributes() : new List<(string, Literal)>();
            _r.Expect('(');
            var inputs = _r.Peek() == ')' ? new List<Value>() : ValueList(')');
            _r.Expect(')');
            string? comment = _r.TrailingComment();

            var node = _graph.Create(kind, inputs, outputs.Count);
            for (int i = 0; i < outputs.Count; i++)
            {
                node.Outputs[i].Type = outputs[i].Type;
                Bind(outputs[i].Name, node.Outputs[i]);
            }
            foreach (var (name, lit) in attributes)
                node.Attributes[name] = kind == "prim::Constant" && name == "value" && node.Outputs.Count == 1
                    ? lit.ToIValue(node.Output.Type)
                    : lit.ToAttribute();
            if (comment != null) node.Range = RangeFromComment(comment);
            if (subgraphKey != null) _subgraphUsers[subgraphKey] = node;
            block.Append(node);

            while (LookingAtBlockHeader())
            {
                _r.Word(); // blockN
                var b = node.AddBlock();
                _r.Expect('(');
                foreach (var (name, type) in TypedNames(')')) Bind(name, b.AddInput(type));
                _r.Expect(':');
                ParseNodes(b, "->");
                _r.Expect("->");
                foreach (var v in ValueRefs()) b.RegisterOutput(v);
            }
        }

        bool LookingAtBlockHeader()
        {
            _r.SkipTrivia();
            var m = Regex.Match(_r.Text.Substring(_r.Pos, Math.Min(16, _r.Text.Length - _r.Pos)), @"^block\d+\(");
            return m.Success;
        }

        /// `(%a, %b)`.
        List<Value> ValueRefs()
        {
            _r.Expect('(');
            var list = _r.Peek() == ')' ? new List<Value>() : ValueList(')');
            _r.Expect(')');
            return list;
        }

        List<Value> ValueList(char close)
        {
            var list = new List<Value>();
            do
            {
                string name = _r.ValueName();
                if (!_values.TryGetValue(name, out var v)) throw _r.Error($"value %{name} is used before it is defined");
                list.Add(v);
            } while (_r.TryConsume(','));
            return list;
        }

        /// `%a : T, %b : T)` up to and including the closing parenthesis.
        List<(string, TorchType)> TypedNames(char close)
        {
            var list = new List<(string, TorchType)>();
            if (!_r.TryConsume(close))
            {
                do list.Add(TypedName()); while (_r.TryConsume(','));
                _r.Expect(close);
            }
            return list;
        }

        /// `%name : Type`; the type may be left out and then means Tensor, as in PyTorch's parser.
        (string, TorchType) TypedName()
        {
            string name = _r.ValueName();
            if (!_r.TryConsume(':')) return (name, TorchType.Tensor);
            _r.SkipTrivia();
            var type = GraphTypeParser.Parse(_r.Text, ref _r.Pos);
            return (name, type);
        }

        void Bind(string name, Value v)
        {
            if (_values.ContainsKey(name)) throw _r.Error($"value %{name} is defined twice");
            _values[name] = v;
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int unique))
            {
                v.Unique = unique;
                _graph.ReserveUnique(unique);
            }
            else v.SetDebugName(name);
        }

        List<(string, Literal)> Attributes()
        {
            var list = new List<(string, Literal)>();
            _r.Expect('[');
            do
            {
                string name = _r.Word();
                _r.Expect('=');
                list.Add((name, name == "types" ? TypeListLiteral() : Literal.Parse(_r)));
            } while (_r.TryConsume(','));
            _r.Expect(']');
            return list;
        }

        Literal TypeListLiteral()
        {
            _r.Expect('[');
            var types = new List<TorchType>();
            if (!_r.TryConsume(']'))
            {
                do { _r.SkipTrivia(); types.Add(GraphTypeParser.Parse(_r.Text, ref _r.Pos)); } while (_r.TryConsume(','));
                _r.Expect(']');
            }
            return new Literal.Types(types);
        }

        /// `file:line:col` → a range that prints the same. The comment carries no source text, so the
        /// range points into a stand-in SourceText holding just enough characters for the column.
        static SourceRange? RangeFromComment(string comment)
        {
            var m = Regex.Match(comment, @"^(.*):(\d+):(\d+)$");
            if (!m.Success) return null;
            int line = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            int col = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var source = new SourceText(new string(' ', col), m.Groups[1].Value, line);
            return new SourceRange(source, col, col);
        }
    }
}
