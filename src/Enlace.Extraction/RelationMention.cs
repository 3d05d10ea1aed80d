using Enlace.Core.Statements;

namespace Enlace.Extraction;

/// <summary>A relation the text states between two named things: faction_of, member_of, part_of, operates_in, originated_in, role.</summary>
public sealed record RelationMention(string Subject, string Predicate, string Object, TextSpan Span);
