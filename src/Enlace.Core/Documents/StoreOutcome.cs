namespace Enlace.Core.Documents;

/// <summary>What the store did with one document of a batch.</summary>
public enum StoreOutcome
{
    Added,
    Unchanged,
}
