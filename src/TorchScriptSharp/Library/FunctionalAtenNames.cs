namespace TorchScriptSharp.Library;

/// `torch.nn.functional` names PyTorch binds straight to an aten operator of another name
/// (F.logsigmoid is torch._C._nn.log_sigmoid). Everything else keeps its name.
public static class FunctionalAtenNames
{
    static readonly Dictionary<string, string> Renamed = new() { ["logsigmoid"] = "log_sigmoid" };

    public static string Of(string publicName) => Renamed.GetValueOrDefault(publicName, publicName);
}
