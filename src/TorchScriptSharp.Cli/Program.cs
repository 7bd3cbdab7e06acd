using TorchScriptSharp.Cli;

return CommandLine.Run(args);
