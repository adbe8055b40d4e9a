using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InspectFramework.LanguageServer.JsonRpc;

namespace InspectFramework.LanguageServer.Tests.JsonRpc;

/// <summary>The whole-message transport of the WebSocket bridge and the browser: the same server, no framing.</summary>
public sealed class QueuedMessageChannelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Posted_messages_are_read_in_order_then_the_end()
    {
        var channel = new QueuedMessageChannel(_ => { });
        channel.Post(Utf8("{\"a\":1}"));
        channel.Post(Utf8("{\"b\":2}"));
        channel.Complete();

        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await channel.ReadAsync(CancellationToken.None)).Body!));
        Assert.Equal("{\"b\":2}", Encoding.UTF8.GetString((await channel.ReadAsync(CancellationToken.None)).Body!));
        Assert.True((await channel.ReadAsync(CancellationToken.None)).IsEnd);
        Assert.False(channel.Post(Utf8("{}")));
    }

    [Fact]
    public async Task Written_messages_reach_the_callback_one_at_a_time_in_order()
    {
        var sent = new ConcurrentQueue<string>();
        var inFlight = 0;
        var overlapped = false;
        var channel = new QueuedMessageChannel(async body =>
        {
            overlapped |= Interlocked.Increment(ref inFlight) > 1;
            await Task.Yield();
            sent.Enqueue(Encoding.UTF8.GetString(body));
            Interlocked.Decrement(ref inFlight);
        });

        for (var i = 0; i < 100; i++)
        {
            Assert.True(channel.Write(Utf8(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        await channel.CompleteAsync().WaitAsync(Patience);

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), sent);
        Assert.False(channel.Write(Utf8("late")));
    }

    [Fact]
    public async Task A_failing_callback_stops_sending_without_failing_the_server()
    {
        var calls = 0;
        var channel = new QueuedMessageChannel(_ =>
        {
            calls++;
            throw new ObjectDisposedException("socket");
        });
        channel.Write(Utf8("1"));
        channel.Write(Utf8("2"));

        await channel.CompleteAsync().WaitAsync(Patience);

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_server_over_the_channel_initializes_and_exits_after_shutdown()
    {
        var answers = new BlockingCollection<JsonElement>();
        var channel = new QueuedMessageChannel(body => answers.Add(JsonDocument.Parse(body).RootElement.Clone()));
        var server = new InspectLanguageServer(channel, new LanguageServerOptions());
        var running = server.RunAsync();

        channel.Post(Utf8("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"""));
        var initialized = Take(answers, 1);
        Assert.Equal("inspect", initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());

        channel.Post(Utf8("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}"""));
        Assert.Equal(JsonValueKind.Null, Take(answers, 2).GetProperty("result").ValueKind);
        channel.Post(Utf8("""{"jsonrpc":"2.0","method":"exit"}"""));

        Assert.Equal(InspectLanguageServer.ExitAfterShutdown, await running.WaitAsync(Patience));
    }

    [Fact]
    public async Task Completing_the_input_ends_the_server_as_a_closed_pipe_does()
    {
        var channel = new QueuedMessageChannel(_ => { });
        var running = new InspectLanguageServer(channel, new LanguageServerOptions()).RunAsync();

        channel.Complete();

        Assert.Equal(InspectLanguageServer.ExitWithoutShutdown, await running.WaitAsync(Patience));
    }

    // Skips notifications (log messages) until the answer to the request with this id.
    private static JsonElement Take(BlockingCollection<JsonElement> answers, int id)
    {
        while (answers.TryTake(out var message, Patience))
        {
            if (message.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
            {
                return message;
            }
        }

        throw new TimeoutException($"No answer to request {id}.");
    }
}
