namespace Enlace.Benchmarks.Peers;

/// <summary>The peer tools cannot be run here: Node.js or npm is missing, installing the packages failed, or the script failed.</summary>
public sealed class PeersUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
