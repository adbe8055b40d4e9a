using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace InspectFramework.Cli.Commands;

/// <summary><c>inspect check &lt;files or folders&gt;</c>: compile frameworks and report every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Framework files (.inspect) or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Check framework files and report every error and warning.");
        command.Arguments.Add(paths);
        command.SetAction(result =>
        {
            var files = new List<string>();
            foreach (var path in result.GetValue(paths) ?? System.Array.Empty<string>())
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*" + FrameworkCompilation.FileExtension, SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal));
                }
                else
                {
                    files.Add(path);
                }
            }

            var errors = 0;
            var warnings = 0;
            foreach (var file in files)
            {
                var compilation = FrameworkCompilation.FromFile(file);
                foreach (var diagnostic in compilation.Diagnostics)
                {
                    stdout.WriteLine(diagnostic.ToCanonicalString());
                    if (diagnostic.IsError)
                    {
                        errors++;
                    }
                    else
                    {
                        warnings++;
                    }
                }
            }

            stdout.WriteLine($"{files.Count} file(s) checked: {errors} error(s), {warnings} warning(s).");
            return errors > 0 ? InspectApp.InputErrors : InspectApp.Success;
        });
        return command;
    }
}
