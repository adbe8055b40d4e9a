using System.Runtime.Versioning;

[assembly: SupportedOSPlatform("browser")]

namespace InspectFramework.Playground;

/// <summary>
/// The WebAssembly SDK builds an executable; the worker never runs it (it calls the exports of
/// <see cref="Lsp.LanguageServerExports"/> and <see cref="Studio.StudioExports"/> once the runtime
/// has started), so there is nothing to do here.
/// </summary>
public static class Program
{
    public static void Main()
    {
    }
}
