using Microsoft.Extensions.Localization;
using Samenspraak.Web.Knowledge.Resources;

namespace Samenspraak.Web.Knowledge.Pages.Shared;

/// <summary>UI labels of the item kinds and statuses.</summary>
public static class KindLabel
{
    public static string Of(IStringLocalizer<KnowledgeText> k, string kind) => k[$"Kind.{kind}"];

    public static string Plural(IStringLocalizer<KnowledgeText> k, string kind) => k[$"Kinds.{kind}"];

    public static string Status(IStringLocalizer<KnowledgeText> k, Items.KnowledgeStatus status) => k[$"Status.{status}"];
}
