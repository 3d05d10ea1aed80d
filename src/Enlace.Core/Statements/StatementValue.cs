namespace Enlace.Core.Statements;

/// <summary>The typed value of a statement. Each kind is compared by its own rules when sources disagree.</summary>
public abstract record StatementValue
{
    private protected StatementValue()
    {
    }

    public abstract string Kind { get; }

    /// <summary>The value as a reader would say it: "at least 23", "2025-02-07", "United States Ambassador".</summary>
    public abstract string Describe();
}

/// <summary>A reported figure: "at least 23 arrested", "three minors rescued", "1.2 kg of cocaine seized".</summary>
public sealed record QuantityValue(
    decimal Value,
    Qualifier Qualifier,
    string Measure,
    string? Population = null,
    string? Unit = null,
    string? Item = null) : StatementValue
{
    public override string Kind => "quantity";

    public QuantityInterval Interval(decimal tolerance = QuantityInterval.DefaultApproximationTolerance) =>
        QuantityInterval.From(Value, Qualifier, tolerance);

    public override string Describe() => Qualifier switch
    {
        Qualifier.AtLeast => "at least ",
        Qualifier.MoreThan => "more than ",
        Qualifier.Approximately => "about ",
        Qualifier.UpTo => "up to ",
        Qualifier.AtMost => "at most ",
        _ => "",
    } + Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + (Unit is null ? "" : " " + Unit);
}

/// <summary>A date or period, at the precision the source gave it.</summary>
public sealed record DateValue(DateInterval Interval) : StatementValue
{
    public override string Kind => "date";

    public override string Describe() => Interval.ToIsoString();
}

/// <summary>A link to another entity: "faction of Tren de Aragua", "operates in Peru".</summary>
public sealed record EntityValue(Guid EntityId) : StatementValue
{
    public override string Kind => "entity";

    public override string Describe() => EntityId.ToString();
}

/// <summary>Free text, such as a person's role.</summary>
public sealed record TextValue(string Text) : StatementValue
{
    public override string Kind => "text";

    public override string Describe() => Text;
}
