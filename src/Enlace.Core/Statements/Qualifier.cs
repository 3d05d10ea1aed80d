namespace Enlace.Core.Statements;

/// <summary>How a reported figure qualifies its number ("at least 23", "about 50", "up to 300").</summary>
public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    Approximately,
    UpTo,
    AtMost,
}
