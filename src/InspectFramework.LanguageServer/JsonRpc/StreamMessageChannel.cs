using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace InspectFramework.LanguageServer.JsonRpc;

/// <summary>LSP's base protocol (Content-Length headers) over an input and an output stream: standard
/// input and output for <c>inspect lsp</c>.</summary>
public sealed class StreamMessageChannel : IMessageChannel
{
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;

    public StreamMessageChannel(Stream input, Stream output)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output);
    }

    public ValueTask<MessageFrame> ReadAsync(CancellationToken cancellationToken) => _reader.ReadAsync(cancellationToken);

    public bool Write(byte[] body) => _writer.Write(body);

    public Task CompleteAsync() => _writer.CompleteAsync();
}
