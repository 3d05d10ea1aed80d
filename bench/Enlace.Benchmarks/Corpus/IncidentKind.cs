namespace Enlace.Benchmarks.Corpus;

/// <summary>What a report is mainly about; every kind may still mention arrests and seizures.</summary>
public enum IncidentKind
{
    Raid,
    Arrest,
    Rescue,
    Seizure,
}
