using System.Net;
using System.Text.Json;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>What the platform API returns, and that lists never include another municipality's rows.</summary>
public abstract class PlatformApiTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static IEnumerable<Guid> Ids(JsonElement list, string property = "id") =>
        list.EnumerateArray().Select(e => e.GetProperty(property).GetGuid());

    [Fact]
    public async Task MeDescribesTheLoggedInUser()
    {
        var client = await fixture.ClientAsync(Principal.Moderator);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal(TestWorld.EmailOf(Principal.Moderator), me.GetProperty("email").GetString());
        Assert.Equal(fixture.World.Home.Id, me.GetProperty("municipalityId").GetGuid());
        Assert.Equal("Teststad", me.GetProperty("municipalityName").GetString());
        Assert.Equal([Roles.Moderator], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task MunicipalityListsAreScopedToTheOwnMunicipality()
    {
        var world = fixture.World;
        var foreign = await (await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        var citizen = await (await fixture.ClientAsync(Principal.Citizen)).GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        var platform = await (await fixture.ClientAsync(Principal.PlatformAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/municipalities");

        Assert.Equal([world.Foreign.Id], Ids(foreign));
        Assert.Equal([world.Home.Id], Ids(citizen));
        Assert.Contains(world.Home.Id, Ids(platform));
        Assert.Contains(world.Foreign.Id, Ids(platform));
    }

    [Fact]
    public async Task UserListsNeverShowAnotherMunicipalitysUsers()
    {
        var world = fixture.World;
        var foreign = await (await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/users");
        var foreignFiltered = await (await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetFromJsonAsync<JsonElement>($"/api/v1/users?municipalityId={world.Home.Id}");
        var home = await (await fixture.ClientAsync(Principal.MunicipalityAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/users");

        Assert.All(foreign.EnumerateArray(), u => Assert.Equal(world.Foreign.Id, u.GetProperty("municipalityId").GetGuid()));
        Assert.Empty(foreignFiltered.EnumerateArray());
        Assert.All(home.EnumerateArray(), u => Assert.Equal(world.Home.Id, u.GetProperty("municipalityId").GetGuid()));
        Assert.Contains(world[Principal.Citizen].Id, Ids(home));
        Assert.DoesNotContain(world[Principal.PlatformAdmin].Id, Ids(home));
    }

    [Fact]
    public async Task PartnershipsAreVisibleToMembersOnly()
    {
        var world = fixture.World;
        var member = await (await fixture.ClientAsync(Principal.Staff)).GetFromJsonAsync<JsonElement>("/api/v1/partnerships");
        var outsider = await (await fixture.ClientAsync(Principal.ForeignMunicipalityAdmin)).GetFromJsonAsync<JsonElement>("/api/v1/partnerships");

        Assert.Contains(world.HomePartnership.Id, Ids(member));
        Assert.DoesNotContain(world.HomePartnership.Id, Ids(outsider));
    }

    [Fact]
    public async Task PlatformAdminCreatesAndUpdatesAMunicipality()
    {
        var admin = await fixture.ClientAsync(Principal.PlatformAdmin);
        var nis = Random.Shared.Next(93000, 93999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Nieuwgem", nisCode = nis, province = "OostVlaanderen", population = 25000 });
        var duplicate = await admin.PostAsJsonAsync("/api/v1/municipalities", new { name = "Dubbelgem", nisCode = nis, province = "Limburg", population = 1 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/municipalities/{body.GetProperty("id").GetGuid()}", created.Headers.Location?.OriginalString);
        Assert.Equal("OostVlaanderen", body.GetProperty("province").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Er bestaat al een gemeente met deze NIS-code.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await admin.PutAsJsonAsync($"/api/v1/municipalities/{Guid.NewGuid()}", new { name = "X", nisCode = "93999", province = "Limburg", population = 1 });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class SqlitePlatformApiTests(SqliteAppFixture fixture) : PlatformApiTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPlatformApiTests(PostgresAppFixture fixture) : PlatformApiTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
