namespace Enlace.Core.Identity;

/// <summary>The language a name appears to be written in, judged from its function words and accents.</summary>
internal enum NameLanguage
{
    Unknown,
    Spanish,
    English,
}
