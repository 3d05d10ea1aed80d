using System.Text;
using Bogus;

namespace Enlace.Benchmarks.Corpus;

/// <summary>
/// Tells an <see cref="Incident"/> as a Spanish police note (parte policial) or press piece. Long because it is
/// templates: many variants per paragraph keep the vocabulary varied, so search terms keep realistic selectivity.
/// </summary>
public static class SpanishReportWriter
{
    private const bool Es = true;

    public static string Write(Incident i, Randomizer r, int targetLength)
    {
        var date = Figures.Date(i.Date, Es);
        var police = i.City.Police.Spanish;
        var paragraphs = new List<string>
        {
            r.Bool()
                ? $"PARTE POLICIAL N.º {i.Date.Year}-{i.ReportNumber:D4}\nDependencia: {i.Unit.Spanish} — {police}\n" +
                  $"Fecha: {i.Date:dd/MM/yyyy}\nLugar: {i.District}, {i.City.Name} ({i.City.Country.Spanish})\nAsunto: {Subject(i)}"
                : Headline(i, r),
            r.ArrayElement([
                $"En horas de la madrugada del {date}, agentes de la {police} ejecutaron la {i.Operation} en el sector {i.District} de {i.City.Name}, con el objetivo de desarticular una célula de {i.Gang} dedicada a la {i.Crime.Spanish}.",
                $"Un total de {r.Int(40, 400)} funcionarios de la {i.Unit.Spanish} participaron el {date} en un operativo en {i.District}, en {i.City.Name}, donde se allanaron {i.Properties} viviendas utilizadas presuntamente por {i.Gang}.",
                $"La {police} informó que, tras {r.Int(3, 30)} semanas de seguimiento e interceptaciones telefónicas, se desplegó la {i.Operation} en los barrios {i.District}, {i.NearbyDistricts[0]} y {i.NearbyDistricts[1]}.",
                $"{i.City.Name}, {date} (Redacción). Como resultado de la {i.Operation}, la policía logró neutralizar en {i.District} a una estructura criminal ligada a {i.Gang} que se dedicaba a la {i.Crime.Spanish}.",
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
            $"{i.Gang} opera en {i.District} desde {i.Date.Year - r.Int(1, 6)}, donde cobra «vacunas» a comerciantes, mototaxistas y transportistas.",
            $"De acuerdo con fuentes policiales, la banda controlaba el microtráfico en {i.NearbyDistricts[0]} y {i.NearbyDistricts[1]} y mantenía una disputa territorial con {i.RivalGang}.",
            $"La organización, considerada una facción de {i.Gang}, habría cometido al menos {r.Int(2, 30)} homicidios en el último año en {i.City.Name}.",
            $"Las investigaciones comenzaron en {Figures.Month(i.Date.AddMonths(-r.Int(1, 8)), Es)} tras la denuncia de un comerciante de {i.District} que recibió amenazas de muerte por WhatsApp.",
        ]));
        paragraphs.Add(i.Officer.Female
            ? $"«{r.ArrayElement(Quotes)}», declaró la {i.OfficerRank.Spanish} {i.Officer.FullName}, jefa de la {i.Unit.Spanish}."
            : $"«{r.ArrayElement(Quotes)}», declaró el {i.OfficerRank.Spanish} {i.Officer.FullName}, jefe de la {i.Unit.Spanish}.");

        var closing = r.ArrayElement([
            $"Los detenidos fueron puestos a disposición de la {i.City.Prosecutor.Spanish}, que solicitará prisión preventiva por los delitos de {i.Crime.Spanish} y {i.OtherCrime.Spanish}.",
            $"El caso quedó en manos de la {i.City.Prosecutor.Spanish}. La investigación continúa para ubicar a otros integrantes de la red.",
            $"Se espera que en las próximas horas se realice la audiencia de formalización de cargos ante un juez de garantías de {i.City.Name}.",
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
        "Seguiremos golpeando a las organizaciones criminales que siembran el terror en nuestros barrios",
        "Este es un golpe contundente contra la extorsión y el crimen organizado",
        "No vamos a permitir que estas bandas sigan cobrando cupos a los comerciantes",
        "La cooperación de los vecinos fue clave para identificar a los responsables",
        "Pedimos a la ciudadanía que denuncie; la información es tratada con absoluta reserva",
        "Hemos desarticulado una red que operaba con total impunidad desde hace años",
    ];

    private static string Subject(Incident i) => i.Kind switch
    {
        IncidentKind.Raid => $"Allanamiento y registro de {i.Properties} inmuebles vinculados a {i.Gang}",
        IncidentKind.Arrest => i.Detainees.Count == 1
            ? $"Captura de un presunto integrante de {i.Gang}"
            : $"Captura de {i.Detainees.Count} presuntos integrantes de {i.Gang}",
        IncidentKind.Rescue => $"Rescate de {i.Victims} víctimas de {i.Crime.Spanish}",
        _ => $"Incautación de {Figures.Number(i.Kilos, Es)} kg de {i.Drug.Spanish}",
    };

    private static string Detained(Incident i) => i.Detainees.Count == 1 ? "un detenido" : $"{i.Detainees.Count} detenidos";

    private static string Headline(Incident i, Randomizer r) => i.Kind switch
    {
        IncidentKind.Raid => r.ArrayElement([
            $"Allanan {i.Properties} inmuebles de {i.Gang} en {i.District}",
            $"Megaoperativo contra {i.Gang} en {i.City.Name} deja {Detained(i)}"]),
        IncidentKind.Arrest => i.Detainees.FirstOrDefault(d => d.Alias is not null) is { } boss
            ? $"Capturan a alias «{boss.Alias}», presunto cabecilla de {i.Gang} en {i.District}"
            : $"Detienen a {(i.Detainees.Count == 1 ? "un presunto integrante" : $"{i.Detainees.Count} presuntos integrantes")} de {i.Gang} en {i.City.Name}",
        IncidentKind.Rescue => r.ArrayElement([
            $"Rescatan a {i.Victims} víctimas de trata en {i.District}",
            $"Liberan a {i.Victims} personas sometidas por {i.Gang} en {i.City.Name}"]),
        _ => r.ArrayElement([
            $"Decomisan {Figures.Number(i.Kilos, Es)} kilos de {i.Drug.Spanish} en {i.District}",
            $"Incautan armas y {Figures.Number(i.Cash, Es)} {i.City.Currency} a {i.Gang} en {i.City.Name}"]),
    };

    private static string Detainees(Incident i, Randomizer r)
    {
        var people = i.Detainees.Select(d =>
            $"{d.FullName} ({d.Age} años, {d.SpanishNationality}{(d.Alias is null ? "" : $", alias «{d.Alias}»")})").ToList();
        var text = new StringBuilder(i.Detainees.Count == 1
            ? $"Fue {(i.Detainees[0].Female ? "detenida" : "detenido")} {people[0]}. "
            : $"Fueron detenidos {Figures.List(people, Es)}. ");
        text.Append(r.ArrayElement([
            $"Según la {i.City.Prosecutor.Spanish}, los capturados tendrían vínculos con {i.Gang} y registran antecedentes por {i.OtherCrime.Spanish}.",
            $"Uno de los detenidos tenía una orden de captura vigente por {i.OtherCrime.Spanish} desde {i.Date.Year - r.Int(1, 4)}.",
            $"Los sospechosos fueron trasladados a la sede de la {i.Unit.Spanish} para las diligencias de ley.",
        ]));
        if (i.Detainees.FirstOrDefault(d => d.Alias is not null) is { } boss)
        {
            text.Append($" Alias «{boss.Alias}» sería {(boss.Female ? "la encargada" : "el encargado")} de coordinar el cobro de extorsiones y la venta de droga en {i.District}.");
        }

        if (i.Fugitives > 0)
        {
            text.Append($" Otros {i.Fugitives} sospechosos lograron huir y son buscados por la policía.");
        }

        return text.ToString();
    }

    private static string Seizure(Incident i, Randomizer r)
    {
        var items = new List<string> { $"{Figures.Number(i.Kilos, Es)} kilogramos de {i.Drug.Spanish}" };
        if (i.Guns > 0)
        {
            items.Add($"{i.Guns} armas de fuego");
        }

        if (i.Rounds > 0)
        {
            items.Add($"{Figures.Number(i.Rounds, Es)} cartuchos de diversos calibres");
        }

        items.Add($"{i.Phones} teléfonos celulares");
        items.Add($"{Figures.Number(i.Cash, Es)} {i.City.Currency} en efectivo");
        if (i.Vehicles > 0)
        {
            items.Add($"{i.Vehicles} vehículos");
        }

        return $"En el registro se incautaron {Figures.List(items, Es)}. La droga estaba oculta en " +
            r.ArrayElement(["dobles fondos de muebles", "sacos de harina", "cajas de frutas con destino al puerto", "un tanque de agua", "paredes falsas"]) +
            $" y, según los peritos, tendría un valor de {Figures.Number(i.Kilos * r.Int(900, 4_000), Es)} dólares en el mercado local.";
    }

    private static string Rescue(Incident i, Randomizer r) =>
        $"Los agentes rescataron a {i.Victims} personas{(i.Minors > 0 ? $", entre ellas {i.Minors} menores de edad," : "")} que eran obligadas a " +
        r.ArrayElement(["ejercer la prostitución", "vender droga", "trabajar en minas ilegales", "pagar deudas impagables"]) +
        $" bajo amenazas. Las víctimas, en su mayoría migrantes de {r.ArrayElement(["Venezuela", "Colombia", "Ecuador", "Perú", "Haití"])}, recibieron atención médica y psicológica.";

    private static List<string> Fillers(Incident i, Randomizer r) =>
    [
        $"En lo que va de {i.Date.Year}, la policía ha registrado {Figures.Number(r.Int(50, 3_000), Es)} denuncias por {i.Crime.Spanish} en {i.City.Name}, un aumento del {r.Int(5, 80)} % respecto del año anterior.",
        $"Vecinos de {i.NearbyDistricts[0]} aseguraron que desde hace meses no pueden salir de noche por los enfrentamientos entre {i.Gang} y {i.RivalGang}.",
        $"El ministro del Interior anunció el despliegue de {r.Int(100, 2_000)} efectivos adicionales en {i.District} y zonas aledañas.",
        $"Los comerciantes del mercado de {i.District} pagaban hasta {Figures.Number(r.Int(5, 200) * 10, Es)} {i.City.Currency} semanales para poder abrir sus puestos.",
        $"Las autoridades no descartan que la red tenga conexiones con células en {r.ArrayElement(Gazetteer.Cities).Name} y en otros países de la región.",
        "Durante la intervención no se registraron heridos entre los agentes ni entre los vecinos.",
        "Peritos de criminalística levantaron huellas y evidencias balísticas que serán analizadas en el laboratorio central.",
        $"La {i.City.Police.Spanish} habilitó una línea gratuita para que las víctimas de {i.Crime.Spanish} presenten sus denuncias de forma anónima.",
        $"Según un informe de inteligencia, {i.Gang} recluta a adolescentes de {i.NearbyDistricts[1]} para tareas de vigilancia y cobro.",
        $"El alcalde de {i.City.Name} pidió mayor presencia policial y la instalación de cámaras de videovigilancia en {i.District}.",
        "Fuentes de la fiscalía indicaron que los bienes incautados serán sometidos a un proceso de extinción de dominio.",
        "En el operativo participaron también efectivos del ejército, que resguardaron los accesos al barrio durante el allanamiento.",
        "Los detenidos se negaron a declarar y pidieron la presencia de un abogado defensor.",
        "La policía recordó que el pago de extorsiones alimenta a las organizaciones criminales e invitó a los afectados a denunciar.",
        "Un perro antidrogas de la unidad canina detectó la presencia de sustancias ilícitas en un vehículo estacionado frente a la vivienda.",
        $"Con esta intervención suman {r.Int(10, 300)} detenidos vinculados a {i.Gang} en {i.City.Country.Spanish} desde {Figures.Month(i.Date, Es)} de {i.Date.Year - 1}.",
        $"Testigos relataron que los integrantes de la banda se movilizaban en motocicletas sin placa por las calles de {i.District}.",
        "La defensa de los imputados anunció que apelará la medida y denunció irregularidades en la cadena de custodia.",
    ];
}
