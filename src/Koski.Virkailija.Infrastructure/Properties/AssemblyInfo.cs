using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Koski.Virkailija.Infrastructure.Tests")]
