namespace TorchScriptSharp;
