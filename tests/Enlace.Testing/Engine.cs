namespace Enlace.Testing;

/// <summary>The storage engines every storage test runs against.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}
