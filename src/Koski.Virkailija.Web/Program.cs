using Koski.Virkailija.Web;

var app = KoskiVirkailijaApp.Build(args);
await app.RunAsync();

public partial class Program;
