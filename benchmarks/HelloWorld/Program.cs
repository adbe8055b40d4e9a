using System;

namespace HelloWorld;

public static class Program
{
    public static int Main()
    {
        Console.WriteLine("Hello, world.");
        return 0;
    }
}
