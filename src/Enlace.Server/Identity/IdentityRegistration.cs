using Enlace.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Enlace.Server.Identity;

/// <summary>The framework's identity core over our account store, shared by the server and by `enlace users`.</summary>
public static class IdentityRegistration
{
    public const int MinimumPasswordLength = 12;

    public static IdentityBuilder AddEnlaceIdentityCore(this IServiceCollection services, int maxFailedSignIns = 5, TimeSpan? lockout = null)
    {
        services.AddScoped<IUserStore<UserAccount>, AccountUserStore>();
        return services.AddIdentityCore<UserAccount>(options =>
        {
            options.Password.RequiredLength = MinimumPasswordLength;
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = maxFailedSignIns;
            options.Lockout.DefaultLockoutTimeSpan = lockout ?? TimeSpan.FromMinutes(15);
            options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
        });
    }
}
