using System;
using System.Text;

namespace InspectFramework.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Messages quote published text (typographic quotes, accents) and --format json/sarif output
        // is usually redirected to a file that must be UTF-8; Windows consoles default to an OEM code page.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return InspectApp.Run(args, Console.Out, Console.Error);
    }
}
