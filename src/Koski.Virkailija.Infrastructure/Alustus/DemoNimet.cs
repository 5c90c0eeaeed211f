namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>Common Finnish names for the generated learners.</summary>
internal static class DemoNimet
{
    public static IReadOnlyList<string> Pojat { get; } =
    [
        "Aapo", "Aleksi", "Antti", "Eemeli", "Eetu", "Eino", "Elias", "Hugo", "Ilmari", "Jaakko", "Joel", "Juho",
        "Kalle", "Lauri", "Leo", "Leevi", "Matias", "Mikael", "Niilo", "Oliver", "Onni", "Oskari", "Otto", "Pekka",
        "Rasmus", "Sakari", "Santeri", "Topias", "Valtteri", "Veeti", "Viljami", "Väinö",
    ];

    public static IReadOnlyList<string> Tytot { get; } =
    [
        "Aada", "Aino", "Anni", "Eevi", "Ella", "Elli", "Emilia", "Emma", "Helmi", "Iida", "Ilona", "Inkeri",
        "Isla", "Johanna", "Kerttu", "Lumi", "Maria", "Matilda", "Milla", "Minea", "Olivia", "Pihla", "Saara", "Siiri",
        "Sofia", "Suvi", "Venla", "Vilja", "Aurora", "Linnea", "Hilla", "Oona",
    ];

    public static IReadOnlyList<string> Sukunimet { get; } =
    [
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Leinonen", "Hiltunen", "Miettinen", "Kallio", "Pelkonen", "Lappalainen",
        "Hirvonen", "Väisänen", "Anttila", "Rautiainen", "Manninen", "Kokkonen", "Peltonen", "Oksanen", "Aaltonen",
    ];
}
