using System;
using System.IO;
using System.Text;
using InspectFramework.Cli.Output;

namespace InspectFramework.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Messages quote published text (typographic quotes, accents) and --format json/sarif output
        // is usually redirected to a file that must be UTF-8; Windows consoles default to an OEM code page.
        // First, before any file is opened: a closed standard output or error must not become a file's.
        var (output, error) = StandardDescriptors.Secure();
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = StandardOutput.Open(output);
        return InspectApp.Run(args, stdout, error ? Console.Error : TextWriter.Null);
    }
}
