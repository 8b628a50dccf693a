using System.Globalization;
using System.Text;

namespace Samenspraak.Web.Components.Shared;

/// <summary>
/// The naming convention that ties an input, its error text and the error summary together: the input for
/// property <c>NisCode</c> has id <c>nis-code</c> and its message <c>nis-code-fout</c>.
/// </summary>
public static class FieldIds
{
    public static string For(string propertyName)
    {
        var id = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0)
            {
                id.Append('-');
            }

            id.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return id.ToString();
    }

    public static string ErrorFor(string propertyName) => For(propertyName) + "-fout";
}
