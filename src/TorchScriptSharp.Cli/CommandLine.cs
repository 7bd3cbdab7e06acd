using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Cli;

/// `tss` verbs: a thin shell over the jit facade. Compile errors print `file:line:col`, the line and a
/// caret, and exit 1; run-time errors print the TorchScript traceback and exit 1.
static class CommandLine
{
    const string Usage = """
        usage: tss <verb> ...
          demo                                   script the torch.jit.script docs example and run it
          code FILE.py [NAME]                    print the .code of NAME (default: every function)
          code FILE.py "Ctor(args)"              script the module the constructor builds; print its .code
          graph FILE.py NAME                     print the .graph of NAME
          run FILE.py NAME [--inputs IN.pt] [--output OUT.pt]
                                                 call NAME with the argument list saved in IN.pt (torch.save)
                                                 and print the result, or save it to OUT.pt
          run FILE.py "Ctor(args)" [--method M] [--state-dict SD.pt] [--eval] [--inputs IN.pt] [--output OUT.pt]
                                                 script a module and call forward (or M)
          trace FILE.py NAME|"Ctor(args)" --inputs IN.pt [--state-dict SD.pt] [--eval] [--no-check] [--graph] [--output OUT.pt]
                                                 torch.jit.trace the function (or the module's forward) on the
                                                 example arguments in IN.pt; print the trace's .code (.graph),
                                                 or save its result on those arguments to OUT.pt
          ops                                    list every operator schema and whether it has a kernel
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine(Usage); return 2; }
        try
        {
            return args[0] switch
            {
                "demo" => Demo.Run(),
                "code" when args.Length is 2 or 3 => Code(args[1], args.Length == 3 ? args[2] : null),
                "graph" when args.Length == 3 => Graph(args[1], args[2]),
                "run" when args.Length >= 3 => RunFunction(args[1], args[2], args.Skip(3).ToArray()),
                "trace" when args.Length >= 3 => Trace(args[1], args[2], args.Skip(3).ToArray()),
                "ops" => OpsListing.Run(),
                _ => UsageError(),
            };
        }
        catch (CompileError e)
        {
            Console.Error.WriteLine(e.FullMessage);
            return 1;
        }
        catch (Eager.PythonException e)
        {
            // an error raised by Python code the eager evaluator ran (module construction, tracing)
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (ScriptException e)
        {
            Console.Error.WriteLine(e.ToString());
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TorchSaveException or ArgumentException)
        {
            Console.Error.WriteLine($"tss: {e.Message}");
            if (Environment.GetEnvironmentVariable("TSS_DEBUG") == "1") Console.Error.WriteLine(e.StackTrace);
            return 1;
        }
    }

    static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    static ScriptCompilationUnit Compile(string path) => jit.compile(File.ReadAllText(path), path);

    static ScriptFunction Function(ScriptCompilationUnit unit, string name) =>
        unit.Contains(name) ? unit[name] : throw new ArgumentException($"no function named '{name}' (functions: {string.Join(", ", unit.FunctionNames)})");

    static int Code(string path, string? name)
    {
        if (name != null && name.Contains('('))
        {
            var module = jit.script_module(File.ReadAllText(path), name, path, importPath: ImportPath(path));
            // a module whose forward is overloaded (nn.LSTM) has only the variants forward__0, forward__1...
            var variants = module.method_names.Where(m => System.Text.RegularExpressions.Regex.IsMatch(m, @"^forward__\d+$")).Order(StringComparer.Ordinal).ToList();
            if (module.method_names.Contains("forward") || variants.Count == 0) Console.Write(module.code);
            else Console.Write(string.Join("\n", variants.Select(module.method_code)));
            return 0;
        }
        var unit = Compile(path);
        var names = name != null ? new[] { name } : unit.FunctionNames.ToArray();
        foreach (var n in names) Console.Write(Function(unit, n).code);
        return 0;
    }

    /// As `python FILE.py` puts the file's directory on sys.path: its sibling modules are importable.
    static string[] ImportPath(string path) => new[] { Path.GetDirectoryName(Path.GetFullPath(path))! };

    static int Graph(string path, string name)
    {
        Console.Write(Function(Compile(path), name).graph.ToString());
        return 0;
    }

    /// `run FILE.py "Ctor(args)" [--method M] [--state-dict SD.pt] [--eval] [--inputs IN.pt] [--output OUT.pt]`
    static int RunModule(string path, string constructor, string[] options)
    {
        string method = "forward";
        string? inputs = null, output = null, stateDict = null;
        bool eval = false;
        for (int i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--method" when i + 1 < options.Length: method = options[++i]; break;
                case "--state-dict" when i + 1 < options.Length: stateDict = options[++i]; break;
                case "--inputs" when i + 1 < options.Length: inputs = options[++i]; break;
                case "--output" when i + 1 < options.Length: output = options[++i]; break;
                case "--eval": eval = true; break;
                default: throw new ArgumentException($"unknown option '{options[i]}'\n{Usage}");
            }
        }
        var module = jit.script_module(File.ReadAllText(path), constructor, path, stateDict == null ? null : TorchSave.Load(stateDict), eval, ImportPath(path));
        var args = inputs == null ? Array.Empty<object?>()
            : TorchSave.Load(inputs) as PyList is { } list ? list.ToArray() : throw new ArgumentException($"{inputs} must hold a list of arguments");
        // calling the module (no --method) runs its forward hooks, as `module(*args)` does in PyTorch
        var result = method == "forward" ? module.forward(args) : module.call(method, args);
        if (output != null) TorchSave.Save(result, output);
        else Console.WriteLine(ValueConversion.ToIValue(result).ToString());
        return 0;
    }

    /// `trace FILE.py NAME|"Ctor(args)" --inputs IN.pt [--state-dict SD.pt] [--eval] [--no-check] [--output OUT.pt]`
    static int Trace(string path, string target, string[] options)
    {
        string? inputs = null, output = null, stateDict = null;
        bool eval = false, check = true, graph = false;
        for (int i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--inputs" when i + 1 < options.Length: inputs = options[++i]; break;
                case "--output" when i + 1 < options.Length: output = options[++i]; break;
                case "--state-dict" when i + 1 < options.Length: stateDict = options[++i]; break;
                case "--eval": eval = true; break;
                case "--no-check": check = false; break;
                case "--graph": graph = true; break;
                default: throw new ArgumentException($"unknown option '{options[i]}'\n{Usage}");
            }
        }
        if (inputs == null) throw new ArgumentException("trace needs example inputs: --inputs IN.pt (torch.save([arg1, ...], path))");
        var args = TorchSave.Load(inputs) as PyList is { } list ? list.ToArray() : throw new ArgumentException($"{inputs} must hold a list of arguments");
        var traceOptions = new Tracing.TraceOptions { CheckTrace = check };
        var source = File.ReadAllText(path);
        Func<object?[], object?> call;
        if (target.Contains('('))
        {
            var module = jit.trace_module(source, target, args, path, stateDict == null ? null : TorchSave.Load(stateDict), eval, traceOptions, importPath: ImportPath(path));
            if (output == null) Console.Write(graph ? module.graph.ToString() : module.code);
            call = module.forward;
        }
        else
        {
            var fn = jit.trace(source, target, args, path, traceOptions, importPath: ImportPath(path));
            if (output == null) Console.Write(graph ? fn.graph.ToString() : fn.code);
            call = fn.call;
        }
        if (output != null) TorchSave.Save(call(args), output);
        return 0;
    }

    static int RunFunction(string path, string name, string[] options)
    {
        if (name.Contains('(')) return RunModule(path, name, options);
        string? inputs = null, output = null;
        for (int i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--inputs" when i + 1 < options.Length: inputs = options[++i]; break;
                case "--output" when i + 1 < options.Length: output = options[++i]; break;
                default: throw new ArgumentException($"unknown option '{options[i]}'\n{Usage}");
            }
        }
        var fn = Function(Compile(path), name);
        var args = new List<IValue>();
        if (inputs != null)
        {
            if (TorchSave.Load(inputs) is not PyList list)
                throw new ArgumentException($"{inputs} must hold a list of arguments (torch.save([arg1, arg2, ...], path))");
            var formals = fn.schema.Arguments;
            for (int i = 0; i < list.Count; i++)
                args.Add(ValueConversion.ToIValue(list[i], i < formals.Count ? formals[i].Type : null));
        }
        var result = fn.invoke(args);
        if (output != null) TorchSave.Save(ValueConversion.ToDotNet(result), output);
        else Console.WriteLine(result.ToString());
        return 0;
    }
}
