using System;
using System.IO;
using System.IO.Pipes;
using System.Text;
using System.Threading.Tasks;
using InspectFramework.Cli;
using InspectFramework.Tests.Cli;
using InspectFramework.Tests.Infrastructure;
using InspectFramework.Tests.Scoring;
using InspectFramework.Tooling.CaseData;
using InspectFramework.Tooling.Scoring;

namespace InspectFramework.Tests.Safety;

/// <summary>
/// Case data from standard input (<c>-</c>, <c>/dev/stdin</c>) or a pipe is read as a stream, with the
/// same limits as a file; its <c>case_files</c> are relative to the working directory and stay in it.
/// </summary>
public sealed class CaseDataFromPipeTests
{
    private static readonly string Samples = Path.Combine(RepositoryPaths.Root, "samples");
    private static readonly string Frameworks = RepositoryPaths.Frameworks;

    [Fact]
    public void Score_reads_standard_input_as_dash_and_as_dev_stdin_like_the_file()
    {
        var luton = Path.Combine(Samples, "luton-2020.json");
        var framework = Path.Combine(Frameworks, "hmip-youth-2019.inspect");
        var fromFile = CliRunner.Run(Samples, "score", framework, luton);

        var dash = CliProcess.Run(Samples, luton, null, "score", framework, "-");
        var devStdin = CliProcess.Run(Samples, luton, null, "score", framework, "/dev/stdin");

        Assert.Equal(InspectApp.Success, fromFile.ExitCode);
        Assert.Equal((InspectApp.Success, fromFile.Stdout, string.Empty), (dash.ExitCode, dash.Stdout, dash.Stderr));
        Assert.Equal((InspectApp.Success, fromFile.Stdout, string.Empty), (devStdin.ExitCode, devStdin.Stdout, devStdin.Stderr));
    }

    [Fact]
    public void Case_files_of_data_from_standard_input_are_relative_to_the_working_directory()
    {
        var framework = Path.Combine(Frameworks, "hmip-youth-2018.inspect");
        var fromFile = CliRunner.Run(Samples, "score", framework, "sefton-2019.json");

        var fromPipe = CliProcess.Run(Samples, Path.Combine(Samples, "sefton-2019.json"), null, "score", framework, "-");
        var elsewhere = CliProcess.Run(Frameworks, Path.Combine(Samples, "sefton-2019.json"), null, "score", framework, "-");

        Assert.Equal(InspectApp.Success, fromFile.ExitCode);
        Assert.Equal((InspectApp.Success, fromFile.Stdout), (fromPipe.ExitCode, fromPipe.Stdout));
        Assert.Equal(InspectApp.InputErrors, elsewhere.ExitCode);
        Assert.Contains("error IV0304: The file could not be read: case file 'sefton-2019-cases.csv' does not exist.", elsewhere.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_once()
    {
        var result = CliRunner.Run(Samples, "score", "-", "-");

        Assert.Equal(InspectApp.BadUsage, result.ExitCode);
        Assert.Equal("inspect: standard input (-) can be read once: name only one input as -.\n", result.Stderr);
    }

    [Fact]
    public async Task A_named_pipe_path_is_read_as_a_stream_with_its_case_files_from_the_working_directory()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.None);
        var path = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";
        var text = File.ReadAllBytes(Path.Combine(Samples, "sefton-2019.json"));
        var writer = Task.Run(() =>
        {
            pipe.Write(text);
            pipe.Dispose();
        });

        var result = CliRunner.Run(Samples, "score", Path.Combine(Frameworks, "hmip-youth-2018.inspect"), path, "--format", "json");
        await writer;

        Assert.Equal(InspectApp.Success, result.ExitCode);
        Assert.Contains("\"read\": 39,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_from_a_stream_with_no_folder_names_no_case_files_and_stays_inside_the_one_given()
    {
        var tiny = new TinyInspection();
        using var folder = new TempFolder();
        folder.Write("inside/cases.csv", "id,case_type\nA,other\n");
        folder.Write("outside.csv", "id,case_type\nA,other\n");
        string Data(string entry) => $$"""
            { "format": "inspect-inspection-data/1",
              "inspection": { "service": "Test service", {{tiny.Stamp}} },
              "judgements": [ { "standard": "organisation.leadership", "rating": "good" } ],
              "case_files": [ "{{entry}}" ] }
            """;
        InspectionResult Score(string entry, string? streamFolder)
        {
            var session = new InspectionSession(tiny.Plan);
            using var stream = new PipeLike(Encoding.UTF8.GetBytes(Data(entry)));
            InspectionReader.Read(stream, "-", session, options: new InspectionReadOptions { StreamFolder = streamFolder });
            return session.Complete();
        }

        var noFolder = Score("cases.csv", null);
        var inside = Score("cases.csv", Path.Combine(folder.Path, "inside"));
        var outside = Score("../outside.csv", Path.Combine(folder.Path, "inside"));

        Assert.Equal("-(4,19): error IV0303: Data read from a pipe has no folder to find its \"case_files\" in; save it to a file beside them. See docs/case-data.md for the format.", Assert.Single(noFolder.Problems).ToCanonicalString());
        Assert.True(inside.IsScored, Scoring.Scoring.Problems(inside));
        Assert.Equal(CaseDataProblems.CaseFileOutsideCode, Assert.Single(outside.Problems).Code);
    }

    [Fact]
    public void An_endless_stream_is_refused_at_the_value_size_limit()
    {
        var tiny = new TinyInspection();
        var session = new InspectionSession(tiny.Plan);
        var head = Encoding.UTF8.GetBytes($$"""{ "format": "inspect-inspection-data/1", "inspection": { "service": "Test service", {{tiny.Stamp}} }, "cases": [ { "id": " """);
        using var stream = new PipeLike(head, endless: (byte)'x');

        CliRunner.WithHangGuard(() => InspectionReader.Read(stream, "-", session), "reading an endless stream");

        var problem = Assert.Single(session.Complete().Problems);
        Assert.Equal(CaseDataProblems.TooLargeCode, problem.Code);
        Assert.True(stream.Served < 2L * InspectionReader.MaxValueBytes, $"{stream.Served} bytes read");
    }

    /// <summary>A stream that cannot seek and has no length, as a pipe: given bytes, then one byte
    /// forever when <c>endless</c> is given.</summary>
    private sealed class PipeLike(byte[] head, byte? endless = null) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && Served < head.Length)
            {
                buffer[offset + n++] = head[Served++];
            }

            if (endless is { } b)
            {
                Array.Fill(buffer, b, offset + n, count - n);
                Served += count - n;
                n = count;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
