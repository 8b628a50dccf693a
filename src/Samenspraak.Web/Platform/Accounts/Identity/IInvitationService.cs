namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>
/// Invites a person by e-mail: creates the account without a password and mails a link to
/// <c>/uitnodiging?user=..&amp;token=..</c> where the invitee chooses a password. Tokens live 7 days.
/// </summary>
public interface IInvitationService
{
    Task<InvitationResult> InviteAsync(string email, string displayName, string role, Guid? municipalityId, CancellationToken ct);

    Task<AcceptResult> AcceptAsync(Guid userId, string token, string password, CancellationToken ct);
}

/// <summary>Outcome of an invitation. <see cref="Errors"/> are Dutch, user-facing messages.</summary>
public sealed record InvitationResult(bool Succeeded, Guid? UserId, IReadOnlyList<string> Errors)
{
    public static InvitationResult Success(Guid userId) => new(true, userId, []);

    public static InvitationResult Failed(params string[] errors) => new(false, null, errors);
}

/// <summary>Outcome of accepting an invitation. <see cref="Errors"/> are Dutch, user-facing messages.</summary>
public sealed record AcceptResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AcceptResult Success() => new(true, []);

    public static AcceptResult Failed(params string[] errors) => new(false, errors);
}
