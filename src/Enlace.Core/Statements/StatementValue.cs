namespace Enlace.Core.Statements;

/// <summary>The typed value of a statement. Each kind is compared by its own rules when sources disagree.</summary>
public abstract record StatementValue
{
    private protected StatementValue()
    {
    }

    public abstract string Kind { get; }
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
}

/// <summary>A date or period, at the precision the source gave it.</summary>
public sealed record DateValue(DateInterval Interval) : StatementValue
{
    public override string Kind => "date";
}

/// <summary>A link to another entity: "faction of Tren de Aragua", "operates in Peru".</summary>
public sealed record EntityValue(Guid EntityId) : StatementValue
{
    public override string Kind => "entity";
}

/// <summary>Free text, such as a person's role.</summary>
public sealed record TextValue(string Text) : StatementValue
{
    public override string Kind => "text";
}
