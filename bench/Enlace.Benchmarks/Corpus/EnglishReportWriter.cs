using System.Text;
using Bogus;

namespace Enlace.Benchmarks.Corpus;

/// <summary>
/// Tells an <see cref="Incident"/> as an English police report or wire-service piece about Latin America. Long because
/// it is templates, as in <see cref="SpanishReportWriter"/>.
/// </summary>
public static class EnglishReportWriter
{
    private const bool Es = false;

    public static string Write(Incident i, Randomizer r, int targetLength)
    {
        var date = Figures.Date(i.Date, Es);
        var police = i.City.Police.English;
        var paragraphs = new List<string>
        {
            r.Bool()
                ? $"POLICE REPORT No. {i.Date.Year}-{i.ReportNumber:D4}\nUnit: {i.Unit.English}, {police}\n" +
                  $"Date: {i.Date:yyyy-MM-dd}\nLocation: {i.District}, {i.City.Name}, {i.City.Country.English}\nSubject: {Subject(i)}"
                : Headline(i, r),
            r.ArrayElement([
                $"In the early hours of {date}, officers of the {police} carried out {i.Operation} in the {i.District} district of {i.City.Name} to dismantle a {i.Gang} cell engaged in {i.Crime.English}.",
                $"Some {r.Int(40, 400)} officers from the {i.Unit.English} took part in a raid in {i.District}, {i.City.Name}, on {date}, searching {i.Properties} homes allegedly used by {i.Gang}.",
                $"Police said that after {r.Int(3, 30)} weeks of surveillance and wiretaps, {i.Operation} was launched in the neighbourhoods of {i.District}, {i.NearbyDistricts[0]} and {i.NearbyDistricts[1]}.",
                $"{i.City.Name.ToUpperInvariant()}, {date} — Police in {i.City.Country.English} said they had broken up a criminal network tied to {i.Gang} in {i.District} that specialised in {i.Crime.English}.",
            ]),
            Detainees(i, r),
        };

        if (i.Kind == IncidentKind.Seizure || i.Guns + i.Phones > 0)
        {
            paragraphs.Add(Seizure(i, r));
        }

        if (i.Victims > 0)
        {
            paragraphs.Add(Rescue(i, r));
        }

        paragraphs.Add(r.ArrayElement([
            $"{i.Gang} has operated in {i.District} since {i.Date.Year - r.Int(1, 6)}, extorting shopkeepers, moto-taxi drivers and bus companies.",
            $"According to police sources, the gang controlled drug dealing in {i.NearbyDistricts[0]} and {i.NearbyDistricts[1]} and was locked in a turf war with {i.RivalGang}.",
            $"The organisation, considered a faction of {i.Gang}, is suspected of at least {r.Int(2, 30)} killings in {i.City.Name} over the past year.",
            $"The investigation began in {Figures.Month(i.Date.AddMonths(-r.Int(1, 8)), Es)} after a shop owner in {i.District} received death threats over WhatsApp.",
        ]));
        paragraphs.Add($"\"{r.ArrayElement(Quotes)}\", said {i.OfficerRank.English} {i.Officer.FullName}, head of the {i.Unit.English}.");

        var closing = r.ArrayElement([
            $"The suspects were handed over to {i.City.Prosecutor.English}, who will seek pre-trial detention on charges of {i.Crime.English} and {i.OtherCrime.English}.",
            $"The case is now with {i.City.Prosecutor.English}. Police said the investigation continues to locate other members of the network.",
            $"A court hearing to formally charge the detainees is expected within the next 48 hours in {i.City.Name}.",
        ]);
        var length = paragraphs.Sum(p => p.Length) + closing.Length;
        foreach (var filler in r.Shuffle(Fillers(i, r)))
        {
            if (length >= targetLength)
            {
                break;
            }

            paragraphs.Add(filler);
            length += filler.Length + 2;
        }

        paragraphs.Add(closing);
        return new StringBuilder().AppendJoin("\n\n", paragraphs).Append('\n').ToString();
    }

    private static readonly string[] Quotes =
    [
        "We will keep hitting the criminal organisations that terrorise our neighbourhoods",
        "This is a decisive blow against extortion and organised crime",
        "We will not allow these gangs to keep charging protection money to shopkeepers",
        "The cooperation of residents was key to identifying those responsible",
        "We ask the public to report crimes; every tip is handled in strict confidence",
        "We have dismantled a network that had operated with total impunity for years",
    ];

    private static string Subject(Incident i) => i.Kind switch
    {
        IncidentKind.Raid => $"Search of {i.Properties} properties linked to {i.Gang}",
        IncidentKind.Arrest => i.Detainees.Count == 1
            ? $"Arrest of a suspected member of {i.Gang}"
            : $"Arrest of {i.Detainees.Count} suspected members of {i.Gang}",
        IncidentKind.Rescue => $"Rescue of {i.Victims} victims of {i.Crime.English}",
        _ => $"Seizure of {Figures.Number(i.Kilos, Es)} kg of {i.Drug.English}",
    };

    private static string Headline(Incident i, Randomizer r) => i.Kind switch
    {
        IncidentKind.Raid => r.ArrayElement([
            $"Police raid {i.Properties} {i.Gang} hideouts in {i.District}",
            $"Crackdown on {i.Gang} in {i.City.Name} leads to {(i.Detainees.Count == 1 ? "one arrest" : $"{i.Detainees.Count} arrests")}"]),
        IncidentKind.Arrest => i.Detainees.FirstOrDefault(d => d.Alias is not null) is { } boss
            ? $"Alleged {i.Gang} ringleader alias '{boss.Alias}' arrested in {i.District}"
            : i.Detainees.Count == 1
                ? $"Suspected {i.Gang} member arrested in {i.City.Name}"
                : $"{i.Detainees.Count} suspected {i.Gang} members arrested in {i.City.Name}",
        IncidentKind.Rescue => r.ArrayElement([
            $"{i.Victims} trafficking victims rescued in {i.District}",
            $"Police free {i.Victims} people held by {i.Gang} in {i.City.Name}"]),
        _ => r.ArrayElement([
            $"{Figures.Number(i.Kilos, Es)} kilos of {i.Drug.English} seized in {i.District}",
            $"Weapons and {Figures.Number(i.Cash, Es)} {i.City.Currency} seized from {i.Gang} in {i.City.Name}"]),
    };

    private static string Detainees(Incident i, Randomizer r)
    {
        var people = i.Detainees.Select(d =>
            $"{d.FullName} ({d.Age}, {d.Nationality.English}{(d.Alias is null ? "" : $", alias '{d.Alias}'")})").ToList();
        var text = new StringBuilder($"Police arrested {Figures.List(people, Es)}. ");
        text.Append(r.ArrayElement([
            $"According to {i.City.Prosecutor.English}, the suspects are linked to {i.Gang} and have prior records for {i.OtherCrime.English}.",
            $"One of the detainees had been wanted for {i.OtherCrime.English} since {i.Date.Year - r.Int(1, 4)}.",
            $"The suspects were taken to the headquarters of the {i.Unit.English} for questioning.",
        ]));
        if (i.Detainees.FirstOrDefault(d => d.Alias is not null) is { } boss)
        {
            text.Append($" The {(boss.Female ? "woman" : "man")} known as '{boss.Alias}' allegedly coordinated extortion payments and drug sales in {i.District}.");
        }

        if (i.Fugitives > 0)
        {
            text.Append($" Another {i.Fugitives} suspects escaped and are being sought by police.");
        }

        return text.ToString();
    }

    private static string Seizure(Incident i, Randomizer r)
    {
        var items = new List<string> { $"{Figures.Number(i.Kilos, Es)} kilograms of {i.Drug.English}" };
        if (i.Guns > 0)
        {
            items.Add($"{i.Guns} firearms");
        }

        if (i.Rounds > 0)
        {
            items.Add($"{Figures.Number(i.Rounds, Es)} rounds of ammunition");
        }

        items.Add($"{i.Phones} mobile phones");
        items.Add($"{Figures.Number(i.Cash, Es)} {i.City.Currency} in cash");
        if (i.Vehicles > 0)
        {
            items.Add($"{i.Vehicles} vehicles");
        }

        return $"Officers seized {Figures.List(items, Es)}. The drugs were hidden in " +
            r.ArrayElement(["false-bottomed furniture", "flour sacks", "fruit boxes bound for the port", "a water tank", "fake walls"]) +
            $" and, according to forensic experts, had a street value of about {Figures.Number(i.Kilos * r.Int(900, 4_000), Es)} dollars.";
    }

    private static string Rescue(Incident i, Randomizer r) =>
        $"Officers rescued {i.Victims} people{(i.Minors > 0 ? $", including {i.Minors} minors," : "")} who had been forced to " +
        r.ArrayElement(["work in prostitution", "sell drugs", "work in illegal mines", "pay off impossible debts"]) +
        $" under threat. The victims, mostly migrants from {r.ArrayElement(["Venezuela", "Colombia", "Ecuador", "Peru", "Haiti"])}, received medical and psychological care.";

    private static List<string> Fillers(Incident i, Randomizer r) =>
    [
        $"So far in {i.Date.Year}, police have recorded {Figures.Number(r.Int(50, 3_000), Es)} complaints of {i.Crime.English} in {i.City.Name}, up {r.Int(5, 80)}% on the previous year.",
        $"Residents of {i.NearbyDistricts[0]} said they had not dared to go out at night for months because of clashes between {i.Gang} and {i.RivalGang}.",
        $"The interior minister announced the deployment of {r.Int(100, 2_000)} additional officers to {i.District} and surrounding areas.",
        $"Market traders in {i.District} paid up to {Figures.Number(r.Int(5, 200) * 10, Es)} {i.City.Currency} a week to keep their stalls open.",
        $"Authorities did not rule out links between the network and cells in {r.ArrayElement(Gazetteer.Cities).Name} and elsewhere in the region.",
        "No officers or residents were injured during the operation.",
        "Forensic teams collected fingerprints and ballistic evidence that will be analysed at the central laboratory.",
        $"The {i.City.Police.English} set up a free hotline so that victims of {i.Crime.English} can report anonymously.",
        $"According to an intelligence report, {i.Gang} recruits teenagers from {i.NearbyDistricts[1]} as lookouts and debt collectors.",
        $"The mayor of {i.City.Name} called for a stronger police presence and surveillance cameras in {i.District}.",
        "Prosecutors said the seized assets will be subject to civil forfeiture proceedings.",
        "Soldiers also took part in the operation, guarding the entrances to the neighbourhood during the search.",
        "The detainees declined to make statements and asked for a defence lawyer.",
        "Police reminded the public that paying extortion funds criminal organisations and urged victims to come forward.",
        "A sniffer dog from the canine unit detected illegal substances in a car parked outside the house.",
        $"The operation brings to {r.Int(10, 300)} the number of people linked to {i.Gang} arrested in {i.City.Country.English} since {Figures.Month(i.Date, Es)} {i.Date.Year - 1}.",
        $"Witnesses said gang members rode unregistered motorcycles through the streets of {i.District}.",
        "Defence lawyers said they would appeal and alleged irregularities in the chain of custody.",
    ];
}
