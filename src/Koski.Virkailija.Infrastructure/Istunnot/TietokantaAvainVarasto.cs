using System.Xml.Linq;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// Keeps the data-protection key ring in the database, so every instance behind the load balancer can read the
/// cookies and antiforgery tokens the others wrote. The interface is synchronous: so are these calls.
/// </summary>
internal sealed class TietokantaAvainVarasto(IDbContextFactory<KoskiDbContext> kontekstit) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = kontekstit.CreateDbContext();
        return db.SuojausAvaimet.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Xml).AsEnumerable()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = kontekstit.CreateDbContext();
        db.SuojausAvaimet.Add(new SuojausAvain { Nimi = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
