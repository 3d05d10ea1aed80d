namespace Enlace.Extraction.Gazetteers;

/// <summary>The entity types of the extraction contract.</summary>
public static class EntityTypes
{
    public const string Organization = "organization";
    public const string Person = "person";
    public const string Location = "location";
}
