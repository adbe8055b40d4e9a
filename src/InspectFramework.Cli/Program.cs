using System;
using System.Text;
using InspectFramework.Cli.Output;

namespace InspectFramework.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Messages quote published text (typographic quotes, accents) and --format json/sarif output
        // is usually redirected to a file that must be UTF-8; Windows consoles default to an OEM code page.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = StandardOutput.Open();
        return InspectApp.Run(args, stdout, Console.Error);
    }
}
