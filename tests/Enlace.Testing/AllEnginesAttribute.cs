using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Enlace.Testing;

/// <summary>Runs a theory once per storage engine, so SQLite and PostgreSQL are held to the same behaviour.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllEnginesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow(Engine.Sqlite), new TheoryDataRow(Engine.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
