namespace Enlace.Core.Identity;

/// <summary>
/// What the tenant already decided, as the resolver must respect it: a pair already judged (any verdict) is not
/// proposed again, nor a pair already in one cluster; and two name forms are not linked at all when any of their
/// mentions were ruled apart, since linking the forms would merge those mentions again through their namesakes.
/// </summary>
internal sealed class ExistingJudgements(IdentityGraph graph)
{
    // Mentions of one form checked against each other when looking for a ruling; a bound keeps huge forms cheap.
    private const int MembersChecked = 8;

    public bool MayPropose(Guid a, Guid b) => !graph.AreSame(a, b) && graph.Latest(a, b) is null;

    public bool IsRuledOut(Guid a, Guid b) => graph.IsRuledOut(a, b);

    public bool AnyRuledOut(IReadOnlyList<MentionRecord> mentions, FormGroups groups, int formA, int formB)
    {
        var checkedA = 0;
        foreach (var a in groups.Members(formA))
        {
            if (checkedA++ == MembersChecked)
            {
                break;
            }

            var checkedB = 0;
            foreach (var b in groups.Members(formB))
            {
                if (checkedB++ == MembersChecked)
                {
                    break;
                }

                if (graph.IsRuledOut(mentions[a].Id, mentions[b].Id))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
