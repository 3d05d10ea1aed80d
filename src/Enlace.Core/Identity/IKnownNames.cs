namespace Enlace.Core.Identity;

/// <summary>
/// Names of institutions and places known in advance (the extraction gazetteer), so that the Spanish and English names
/// of one body — "Policía Nacional del Perú" and "Peruvian National Police" — resolve to one language-independent key.
/// </summary>
public interface IKnownNames
{
    /// <summary>The key of the known institution or place this name denotes, or null when it is unknown or ambiguous.</summary>
    string? CanonicalKey(string name);
}
