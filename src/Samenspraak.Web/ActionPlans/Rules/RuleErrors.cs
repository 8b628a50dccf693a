namespace Samenspraak.Web.ActionPlans.Rules;

/// <summary>
/// Validation messages of one form, in input order, keyed by the input's id so the error summary can link to it
/// and each input can point at its own message (aria-describedby "{id}-fout").
/// </summary>
public sealed class RuleErrors
{
    private readonly List<(string Field, string Message)> _items = [];

    public IReadOnlyList<(string Field, string Message)> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string field, string message) => _items.Add((field, message));

    public string? For(string field) => _items.FirstOrDefault(i => i.Field == field).Message;

    public override string ToString() => string.Join(" ", _items.Select(i => i.Message));
}
