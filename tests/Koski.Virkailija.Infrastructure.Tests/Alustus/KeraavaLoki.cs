using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

/// <summary>Keeps every log entry, for tests that check what was logged.</summary>
public sealed class KeraavaLoki : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Taso, string Viesti)> Merkinnat { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Kirjaaja(this);

    public void Dispose()
    {
    }

    private sealed class Kirjaaja(KeraavaLoki loki) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            loki.Merkinnat.Enqueue((logLevel, formatter(state, exception)));
    }
}
