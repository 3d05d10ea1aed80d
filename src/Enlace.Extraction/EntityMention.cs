using Enlace.Core.Statements;

namespace Enlace.Extraction;

/// <summary>An organisation, person or place named in a document, under its canonical name, with every span that names it.</summary>
/// <param name="Type">"organization", "person" or "location".</param>
/// <param name="Aliases">Other names the document uses for it: acronyms, short forms, typos of an acronym.</param>
/// <param name="Role">For a person, the role the document gives ("United States Ambassador to Peru"), if any.</param>
public sealed record EntityMention(string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<TextSpan> Spans, string? Role = null);
