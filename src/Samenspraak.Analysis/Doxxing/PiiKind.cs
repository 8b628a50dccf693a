namespace Samenspraak.Analysis.Doxxing;

/// <summary>Kinds of personal data the exposing detector recognises.</summary>
internal enum PiiKind
{
    Phone,
    Email,
    Address,
    NationalRegisterNumber,
    Iban,
}

/// <summary>A personal-data span in the original text.</summary>
internal readonly record struct PiiSpan(PiiKind Kind, int Start, int Length)
{
    public string Reason => Kind switch
    {
        PiiKind.Phone => "telefoonnummer",
        PiiKind.Email => "e-mailadres",
        PiiKind.Address => "adres",
        PiiKind.NationalRegisterNumber => "rijksregisternummer",
        PiiKind.Iban => "rekeningnummer (IBAN)",
        _ => "persoonsgegevens",
    };
}
