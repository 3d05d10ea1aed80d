namespace Enlace.Core.Statements;

/// <summary>Who made a statement: the extractor reading a document, an analyst, or an operation's after-action report.</summary>
public enum StatementOrigin
{
    Extracted,
    Analyst,
    Operation,
}
