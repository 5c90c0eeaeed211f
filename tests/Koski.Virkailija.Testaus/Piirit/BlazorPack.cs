using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Koski.Virkailija.Testaus.Piirit;

/// <summary>
/// Blazor Server's hub protocol, "blazorpack": the SignalR MessagePack hub protocol (same framing, same message
/// layout) under the name the <c>/_blazor</c> hub accepts; it refuses "json" and "messagepack" by name.
/// </summary>
internal sealed class BlazorPack : IHubProtocol
{
    private readonly MessagePackHubProtocol msgpack = new();

    public string Name => "blazorpack";
    public int Version => msgpack.Version;
    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        msgpack.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => msgpack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => msgpack.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => msgpack.IsVersionSupported(version);
}
