using Microsoft.AspNetCore.Identity;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>A role; the names are the Dutch UI names in <see cref="Roles"/>.</summary>
public class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name) : base(name)
    {
    }
}
