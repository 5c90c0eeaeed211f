using System.Globalization;
using Bunit;

namespace Koski.Virkailija.Web.Tests;

/// <summary>
/// A test class whose every test gets its own bUnit context (<see cref="BunitKonteksti"/>, Finnish UI) and leaves the
/// thread's culture as it found it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xUnit disposes the context through IAsyncLifetime.DisposeAsync, after each test.")]
public abstract class BunitTestit : IAsyncLifetime
{
    private readonly CultureInfo alkuperainen = CultureInfo.CurrentUICulture;

    protected BunitContext Bunit { get; } = BunitKonteksti.Uusi();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = alkuperainen;
        await Bunit.DisposeAsync();
    }
}
