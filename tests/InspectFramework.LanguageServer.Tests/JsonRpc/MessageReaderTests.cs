using System.IO;
using System.Linq;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Tests.JsonRpc;

public sealed class MessageReaderTests
{
    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    private static async Task<string[]> ReadAll(params byte[][] writes)
    {
        var pipe = new Pipe();
        var reader = new MessageReader(pipe.Reader.AsStream());
        var writing = Task.Run(async () =>
        {
            foreach (var write in writes)
            {
                await pipe.Writer.WriteAsync(write);
                await pipe.Writer.FlushAsync();
            }

            await pipe.Writer.CompleteAsync();
        });

        var frames = new System.Collections.Generic.List<string>();
        while (true)
        {
            var frame = await reader.ReadAsync(CancellationToken.None);
            if (frame.IsEnd)
            {
                break;
            }

            frames.Add(frame.Error is { } error ? "error: " + error : Encoding.UTF8.GetString(frame.Body!));
        }

        await writing;
        return frames.ToArray();
    }

    [Fact]
    public async Task Two_messages_in_one_write_are_read_as_two()
    {
        var frames = await ReadAll([.. Frame("{\"a\":1}"), .. Frame("{\"b\":\"é\"}")]);

        Assert.Equal(["{\"a\":1}", "{\"b\":\"é\"}"], frames);
    }

    [Fact]
    public async Task A_message_written_one_byte_at_a_time_is_read_whole()
    {
        var bytes = Frame("{\"text\":\"😀 and é\"}");
        var writes = new byte[bytes.Length][];
        for (var i = 0; i < bytes.Length; i++)
        {
            writes[i] = [bytes[i]];
        }

        Assert.Equal(["{\"text\":\"😀 and é\"}"], await ReadAll(writes));
    }

    [Fact]
    public async Task Header_names_are_case_insensitive_and_a_content_type_is_allowed()
    {
        var frames = await ReadAll(Encoding.UTF8.GetBytes("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"));

        Assert.Equal(["{}"], frames);
    }

    [Theory]
    [InlineData("Content-Type: x\r\n\r\n{\"lost\":1}", "a message header without a valid Content-Length")]
    [InlineData("Content-Length: twelve\r\n\r\n{\"lost\":1}", "a message header without a valid Content-Length")]
    [InlineData("Content-Length: -5\r\n\r\n", "a message header without a valid Content-Length")]
    [InlineData("Content-Length: 999999999999\r\n\r\n", "a message header without a valid Content-Length")]
    public async Task A_bad_header_is_reported_once_and_the_next_message_is_read(string bad, string error)
    {
        var frames = await ReadAll([.. Encoding.UTF8.GetBytes(bad), .. Frame("{\"next\":1}")]);

        Assert.Equal(["error: " + error, "{\"next\":1}"], frames);
    }

    [Fact]
    public async Task A_header_that_never_ends_is_refused_without_buffering_forever()
    {
        var frames = await ReadAll(Encoding.ASCII.GetBytes(new string('x', 5000)));

        Assert.Equal(["error: no end of header (an empty line) within 4096 bytes"], frames);
    }

    [Fact]
    public async Task Messages_that_arrive_together_are_each_read_before_more_input_comes()
    {
        var pipe = new Pipe();
        var reader = new MessageReader(pipe.Reader.AsStream());
        await pipe.Writer.WriteAsync(new byte[][] { Frame("{\"a\":1}"), Frame("{\"b\":2}") }.SelectMany(b => b).ToArray());
        await pipe.Writer.FlushAsync();

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None).AsTask().WaitAsync(System.TimeSpan.FromSeconds(30));

        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(first.Body!));
        Assert.Equal("{\"b\":2}", Encoding.UTF8.GetString(second.Body!));
    }

    [Fact]
    public async Task Input_that_ends_inside_a_message_is_reported()
    {
        Assert.Equal(["error: the input ended inside a message body"], await ReadAll(Encoding.ASCII.GetBytes("Content-Length: 10\r\n\r\n{}")));
        Assert.Equal(["error: the input ended inside a message header"], await ReadAll(Encoding.ASCII.GetBytes("Content-Length: 10\r\n")));
    }

    [Fact]
    public async Task Input_that_ends_between_messages_is_the_end()
    {
        Assert.Equal(["{}"], await ReadAll(Frame("{}")));
        Assert.Empty(await ReadAll(Encoding.ASCII.GetBytes("\r\n")));
    }
}
