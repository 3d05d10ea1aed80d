using Enlace.Core.Identity;

namespace Enlace.Server.Contracts;

/// <summary>The names verdicts go by in the API: same, not_same, unsure.</summary>
public static class VerdictNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Same => "same",
        Verdict.NotSame => "not_same",
        _ => "unsure",
    };

    public static bool TryParse(string? text, out Verdict verdict)
    {
        switch (text?.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_'))
        {
            case "same":
                verdict = Verdict.Same;
                return true;
            case "not_same":
            case "notsame":
                verdict = Verdict.NotSame;
                return true;
            case "unsure":
                verdict = Verdict.Unsure;
                return true;
            default:
                verdict = default;
                return false;
        }
    }
}
