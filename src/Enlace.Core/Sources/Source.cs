using Enlace.Core.Grading;

namespace Enlace.Core.Sources;

/// <summary>Who a document or statement comes from (an agency, a newspaper, an informant), with its Admiralty reliability.</summary>
public sealed record Source(Guid Id, Guid TenantId, string Name, SourceReliability Reliability, DateTimeOffset CreatedAt);
