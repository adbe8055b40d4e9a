using System;

namespace InspectFramework.Cli;

public static class Program
{
    public static int Main(string[] args) => InspectApp.Run(args, Console.Out, Console.Error);
}
