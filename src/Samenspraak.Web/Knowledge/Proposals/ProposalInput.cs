using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Resources;

namespace Samenspraak.Web.Knowledge.Proposals;

/// <summary>
/// The proposal form's fields as typed: lists are one entry per line (or comma-separated where noted). A draft
/// needs only a kind and a title; submitting needs the fields the kind requires. Checkbox groups (themes, target
/// groups, signals) are read from the posted form by the page, because they are lists of values.
/// </summary>
public sealed partial class ProposalInput
{
    public string Kind { get; set; } = KnowledgeKinds.Practice;
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Approach { get; set; }
    public string? Lessons { get; set; }
    public string? Municipalities { get; set; }
    public string? Region { get; set; }
    public string? Provinces { get; set; }
    public string? Owner { get; set; }
    public string? Partners { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? Funding { get; set; }
    public string? Results { get; set; }
    public string? Links { get; set; }
    public string? Keywords { get; set; }
    public string? KeyPhrases { get; set; }
    public string? Expertise { get; set; }
    public string? Languages { get; set; }
    public string? OnSiteSupport { get; set; }
    public string? Claim { get; set; }
    public string? Verdict { get; set; }
    public string? Publisher { get; set; }
    public string? ReviewDate { get; set; }
    public string? ReviewUrl { get; set; }
    public string? SourceTitle { get; set; }
    public string? SourceUrl { get; set; }
    public string? ContactName { get; set; }
    public string? ContactRole { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool ContactConsent { get; set; }
    public string? ContactConsentNote { get; set; }

    /// <summary>"concept" (save draft), "indienen" (submit) or "opslaan" (curator save).</summary>
    public string? Action { get; set; }

    public List<string> Themes { get; set; } = [];
    public List<string> TargetGroups { get; set; } = [];
    public List<string> SignalKinds { get; set; } = [];

    /// <summary>
    /// Never bound (files come from the multipart form): the anchor for attachment messages, so the error summary
    /// lists them in form order and links to input#attachments.
    /// </summary>
    public string? Attachments { get; set; }

    public static ProposalInput From(KnowledgeItem i) => new()
    {
        Kind = i.Kind, Title = i.Title, Summary = i.Summary, Body = i.Body, Approach = i.Approach, Lessons = Lines(i.Lessons),
        Municipalities = string.Join(", ", i.Municipalities), Region = i.Region, Provinces = string.Join(", ", i.Provinces), Owner = i.Owner,
        Partners = Lines(i.Partners), PeriodStart = i.PeriodStart, PeriodEnd = i.PeriodEnd, Funding = i.Funding,
        Results = Lines(i.Results.Select(r => r.Replace("|", " | ", StringComparison.Ordinal))),
        Links = Lines(i.Links.Select(r => r.Replace("|", " | ", StringComparison.Ordinal))), Keywords = string.Join(", ", i.Keywords),
        KeyPhrases = Lines(i.KeyPhrases), Expertise = Lines(i.Expertise), Languages = string.Join(", ", i.Languages),
        OnSiteSupport = i.OnSiteSupport switch { true => "ja", false => "nee", _ => "" },
        Claim = i.Claim, Verdict = i.Verdict, Publisher = i.Publisher, ReviewDate = i.ClaimReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReviewUrl = i.ReviewUrl, SourceTitle = i.SourceTitle, SourceUrl = i.SourceUrl, ContactName = i.ContactName, ContactRole = i.ContactRole,
        ContactEmail = i.ContactEmail, ContactPhone = i.ContactPhone, ContactConsent = i.ContactConsentAt is not null,
        ContactConsentNote = i.ContactConsentNote, Themes = [.. i.Themes], TargetGroups = [.. i.TargetGroups], SignalKinds = [.. i.SignalKinds],
    };

    /// <summary>Reports each problem as (property, Dutch message); an empty result means the input may be saved.</summary>
    public List<(string Property, string Message)> Validate(bool submitting, IStringLocalizer<KnowledgeText> k)
    {
        var errors = new List<(string, string)>();
        void Need(string property, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add((property, k["Validate.Required", k[$"Form.{property}"]]));
        }

        void Max(string property, string? value, int max)
        {
            if (value is { Length: > 0 } && value.Length > max) errors.Add((property, k["Validate.MaxLength", k[$"Form.{property}"], max]));
        }

        if (!KnowledgeUrls.IsKind(Kind)) errors.Add((nameof(Kind), k["Validate.Kind"]));
        Need(nameof(Title), Title);
        Max(nameof(Title), Title, 300);
        Max(nameof(Summary), Summary, 300);
        Max(nameof(Body), Body, 40_000);
        Max(nameof(Approach), Approach, 20_000);
        if (submitting)
        {
            Need(nameof(Summary), Summary);
            Need(nameof(Body), Body);
            if (Themes.Count == 0) errors.Add((nameof(Themes), k["Validate.Themes"]));
            if (Kind == KnowledgeKinds.FactCheck)
            {
                Need(nameof(Claim), Claim);
                Need(nameof(Verdict), Verdict);
                Need(nameof(Publisher), Publisher);
                Need(nameof(ReviewUrl), ReviewUrl);
            }
        }

        foreach (var (property, value) in new[] { (nameof(PeriodStart), PeriodStart), (nameof(PeriodEnd), PeriodEnd) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !PeriodPattern().IsMatch(value.Trim())) errors.Add((property, k["Validate.Period"]));
        }

        foreach (var (property, value) in new[] { (nameof(ReviewUrl), ReviewUrl), (nameof(SourceUrl), SourceUrl) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsWebAddress(value.Trim())) errors.Add((property, k["Validate.Url"]));
        }

        foreach (var line in SplitLines(Links))
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !IsWebAddress(parts[1]))
            {
                errors.Add((nameof(Links), k["Validate.Link", line]));
                break;
            }
        }

        if (!string.IsNullOrWhiteSpace(ReviewDate) && !DateOnly.TryParseExact(ReviewDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add((nameof(ReviewDate), k["Validate.Date"]));
        }

        var hasContact = !string.IsNullOrWhiteSpace(ContactName) || !string.IsNullOrWhiteSpace(ContactEmail) || !string.IsNullOrWhiteSpace(ContactPhone);
        if (hasContact && !ContactConsent) errors.Add((nameof(ContactConsent), k["Validate.Consent"]));
        if (hasContact && string.IsNullOrWhiteSpace(ContactName)) errors.Add((nameof(ContactName), k["Validate.Required", k["Form.ContactName"]]));
        if (!string.IsNullOrWhiteSpace(ContactEmail) && !EmailPattern().IsMatch(ContactEmail.Trim())) errors.Add((nameof(ContactEmail), k["Validate.Email"]));
        return errors;
    }

    public void ApplyTo(KnowledgeItem item, DateTimeOffset now)
    {
        item.Kind = Kind;
        item.Title = Title.Trim();
        item.Summary = Summary?.Trim() ?? "";
        item.Body = Body?.Trim() ?? "";
        item.Approach = Clean(Approach);
        item.Lessons = SplitLines(Lessons);
        item.Themes = [.. Themes.Distinct()];
        item.TargetGroups = [.. TargetGroups.Distinct()];
        item.SignalKinds = [.. SignalKinds.Distinct()];
        item.Municipalities = SplitCommas(Municipalities);
        item.Region = Clean(Region);
        item.Provinces = SplitCommas(Provinces);
        item.Owner = Clean(Owner);
        item.Partners = SplitLines(Partners);
        item.PeriodStart = Clean(PeriodStart);
        item.PeriodEnd = Clean(PeriodEnd);
        item.Funding = Clean(Funding);
        item.Results = SplitLines(Results).Select(l => string.Join('|', l.Split('|', StringSplitOptions.TrimEntries))).ToList();
        item.Links = SplitLines(Links).Select(l => string.Join('|', l.Split('|', 2, StringSplitOptions.TrimEntries))).ToList();
        item.Keywords = SplitCommas(Keywords);
        item.KeyPhrases = SplitLines(KeyPhrases).Select(p => p.ToLowerInvariant()).ToList();
        item.Expertise = SplitLines(Expertise);
        item.Languages = SplitCommas(Languages);
        item.OnSiteSupport = OnSiteSupport switch { "ja" => true, "nee" => false, _ => null };
        item.Claim = Clean(Claim);
        item.Verdict = Clean(Verdict);
        item.Publisher = Clean(Publisher);
        item.ClaimReviewDate = DateOnly.TryParseExact(ReviewDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        item.ReviewUrl = Clean(ReviewUrl);
        item.SourceTitle = Clean(SourceTitle);
        item.SourceUrl = Clean(SourceUrl);
        item.ContactName = Clean(ContactName);
        item.ContactRole = Clean(ContactRole);
        item.ContactEmail = Clean(ContactEmail);
        item.ContactPhone = Clean(ContactPhone);
        item.ContactConsentNote = Clean(ContactConsentNote);
        // Consent is dated when first given and dropped (with the contact shown nowhere) when withdrawn.
        item.ContactConsentAt = ContactConsent && item.ContactName is not null ? item.ContactConsentAt ?? now : null;
    }

    private static bool IsWebAddress(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Lines(IEnumerable<string> values) => string.Join('\n', values);

    private static List<string> SplitLines(string? value) =>
        (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> SplitCommas(string? value) =>
        (value ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2]))?$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
