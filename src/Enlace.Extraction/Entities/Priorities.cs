namespace Enlace.Extraction.Entities;

/// <summary>Which finder wins when two claim the same words: the more specific evidence first.</summary>
public static class Priorities
{
    public const int QuotedAlias = 100;
    public const int AcronymDefinition = 96;
    public const int OrganisationPattern = 94;
    public const int GazetteerOrganisation = 90;
    public const int StrongPerson = 88;
    public const int Gang = 86;
    public const int GazetteerPlace = 80;
    public const int Masthead = 78;
    public const int PlacePattern = 89;
    public const int WeakPerson = 50;
    public const int Demonym = 40;
}
