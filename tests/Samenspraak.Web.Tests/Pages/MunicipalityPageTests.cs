using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Pages;

/// <summary>Runs on SQLite always and on PostgreSQL when SAMENSPRAAK_TEST_POSTGRES is set (required in CI).</summary>
public abstract class MunicipalityPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Form = "id=\"gemeente\"";

    [Fact]
    public async Task BadNisCodeShowsDutchErrorsAndKeepsWhatWasTyped()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/gemeenten/nieuw", Form,
        [
            new("Input.Name", "Hamont-Achel"), new("Input.NisCode", "72A3"), new("Input.Province", ""), new("Input.Population", "-5"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#nis-code\">NIS-code bestaat uit precies 5 cijfers, bijvoorbeeld 44021.</a>", html, StringComparison.Ordinal);
        Assert.Contains("Provincie is verplicht.", html, StringComparison.Ordinal);
        Assert.Contains("Inwonertal moet een getal tussen 1 en 2000000 zijn.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Hamont-Achel\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"72A3\"", html, StringComparison.Ordinal);
        Assert.False(await ExistsAsync("Hamont-Achel"));
    }

    [Fact]
    public async Task NisCodeOfAnotherMunicipalityIsRefused()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/gemeenten/nieuw", Form,
        [
            new("Input.Name", "Dubbelgem"), new("Input.NisCode", app.World.Home.NisCode), new("Input.Province", "Limburg"), new("Input.Population", "1200"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"NIS-code {app.World.Home.NisCode} is al in gebruik", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ExistsAsync("Dubbelgem"));
    }

    [Fact]
    public async Task ValidMunicipalityIsCreatedAuditedAndListed()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/gemeenten/nieuw", Form,
        [
            new("Input.Name", "Peer"), new("Input.NisCode", "72030"), new("Input.Province", "Limburg"), new("Input.Population", "17000"),
        ]);

        var list = await PageForm.FollowAsync(client, response);
        Assert.Contains("Gemeente Peer is toegevoegd.", list, StringComparison.Ordinal);
        Assert.Contains("72030", list, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var peer = await db.Municipalities.SingleAsync(m => m.NisCode == "72030");
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.MunicipalityCreated && a.EntityId == peer.Id.ToString()));
    }

    [Theory]
    [InlineData(Principal.MunicipalityAdmin)]
    [InlineData(Principal.Staff)]
    public async Task OnlyPlatformAdminsManageMunicipalities(Principal principal)
    {
        var client = await app.ClientAsync(principal);

        var response = await client.GetAsync("/beheer/gemeenten/nieuw");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnershipKeepsItsMembers()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await PageForm.SubmitAsync(client, "/beheer/samenwerkingsverbanden/nieuw", "id=\"samenwerkingsverband\"",
        [
            new("Input.Name", "Regio Kempen – Noord"), new("Input.Description", "Proefregio"),
            new("leden", app.World.Home.Id.ToString()), new("leden", app.World.Foreign.Id.ToString()),
        ]);

        var list = await PageForm.FollowAsync(client, response);
        Assert.Contains("Samenwerkingsverband Regio Kempen – Noord is opgeslagen.", PageForm.Text(list), StringComparison.Ordinal);
        Assert.Contains("Andergem, Teststad", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditKeepsTheNisCodeRuleAndSaves()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);
        var path = $"/beheer/gemeenten/{app.World.Foreign.Id}";
        Assert.Contains("value=\"Andergem\"", await PageForm.HtmlAsync(client, path), StringComparison.Ordinal);

        var taken = await PageForm.SubmitAsync(client, path, Form,
            [new("Input.Name", "Andergem"), new("Input.NisCode", app.World.Home.NisCode), new("Input.Province", "WestVlaanderen"), new("Input.Population", "9100")]);
        Assert.Contains("is al in gebruik", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await PageForm.SubmitAsync(client, path, Form,
            [new("Input.Name", "Andergem"), new("Input.NisCode", app.World.Foreign.NisCode), new("Input.Province", "WestVlaanderen"), new("Input.Population", "9100")]);
        Assert.Contains("De gegevens van Andergem zijn opgeslagen.", await PageForm.FollowAsync(client, saved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMunicipalityIs404()
    {
        var client = await app.ClientAsync(Principal.PlatformAdmin);

        var response = await client.GetAsync($"/beheer/gemeenten/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<bool> ExistsAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Municipalities.AnyAsync(m => m.Name == name);
    }
}

public sealed class MunicipalityPageTestsOnSqlite(SqliteAppFixture app) : MunicipalityPageTests<SqliteAppFixture>(app);

public sealed class MunicipalityPageTestsOnPostgres(PostgresAppFixture app) : MunicipalityPageTests<PostgresAppFixture>(app);
