namespace Enlace.Core.Documents;

/// <summary>The languages Enlace reads, as ISO 639-1 codes; "und" when a text is too short or mixed to tell.</summary>
public static class LanguageCode
{
    public const string Spanish = "es";
    public const string English = "en";
    public const string Undetermined = "und";

    public static bool IsSupported(string code) => code is Spanish or English;
}
