using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Tests.Unit;

public sealed class PasswordGeneratorTests
{
    [Fact]
    public void PasswordsAreLongMixedAndNeverRepeat()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordGenerator.Generate()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(20, p.Length);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c, StringComparison.Ordinal));
        });
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ShorterThanThePolicyIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordGenerator.Generate(8));
}
