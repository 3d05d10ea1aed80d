using System.Xml.Linq;
using Enlace.Storage.Access;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Enlace.Server.Identity;

/// <summary>
/// Keeps the data-protection key ring in the store itself, next to the data it guards: cookies and bearer tokens stay
/// valid across restarts, and every server process on one PostgreSQL database shares the keys.
/// </summary>
internal sealed class DatabaseKeyRepository(KeyRingStore keys) : IXmlRepository
{
    // The framework asks synchronously, once at start and whenever it rotates a key (every 90 days by default).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. keys.AllAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
