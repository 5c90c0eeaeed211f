using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tietokanta;

/// <summary>
/// A save lost a race for a unique key (two writers inserting the same version of a study right, or the same
/// learner): the provider's own error, recognised by the infrastructure, so the application can answer it as a
/// conflict rather than an internal error.
/// </summary>
public sealed class YksiloivaAvainVarattu(DbUpdateException syy) : DbUpdateException(syy.Message, syy, syy.Entries);
