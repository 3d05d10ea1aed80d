using Enlace.Core.Statements;

namespace Enlace.Extraction.Quantities;

/// <summary>The Spanish words of quantity reading. Data only: the rules that use them are language-neutral.</summary>
internal static class SpanishVocabulary
{
    private static readonly MeasureCue Arrested = new(Measures.Arrested, CueStrength.Strong);
    private static readonly MeasureCue Targeted = new(Measures.Targeted, CueStrength.Strong);
    private static readonly MeasureCue Charged = new(Measures.Charged, CueStrength.Strong);
    private static readonly MeasureCue Sentenced = new(Measures.Sentenced, CueStrength.Strong);
    private static readonly MeasureCue InCustody = new(Measures.InCustody, CueStrength.Strong);
    private static readonly MeasureCue Rescued = new(Measures.Rescued, CueStrength.Strong);
    private static readonly MeasureCue Victims = new(Measures.Victims, CueStrength.Strong);
    private static readonly MeasureCue Deported = new(Measures.Deported, CueStrength.Strong);
    private static readonly MeasureCue Killed = new(Measures.Killed, CueStrength.Strong);
    private static readonly MeasureCue Other = new(Measures.Other, CueStrength.Strong);

    public static QuantityVocabulary Vocabulary { get; } = new(
        Qualifiers:
        [
            ("al menos", Qualifier.AtLeast), ("por lo menos", Qualifier.AtLeast), ("como mínimo", Qualifier.AtLeast),
            ("un mínimo de", Qualifier.AtLeast), ("no menos de", Qualifier.AtLeast), ("cuando menos", Qualifier.AtLeast),
            ("más de", Qualifier.MoreThan), ("por encima de", Qualifier.MoreThan), ("poco más de", Qualifier.MoreThan),
            ("algo más de", Qualifier.MoreThan), ("superior a", Qualifier.MoreThan),
            ("cerca de", Qualifier.Approximately), ("alrededor de", Qualifier.Approximately), ("aproximadamente", Qualifier.Approximately),
            ("aprox", Qualifier.Approximately), ("aprox .", Qualifier.Approximately), ("unos", Qualifier.Approximately),
            ("unas", Qualifier.Approximately), ("casi", Qualifier.Approximately), ("un estimado de", Qualifier.Approximately),
            ("en torno a", Qualifier.Approximately), ("poco menos de", Qualifier.Approximately), ("aproximadamente unos", Qualifier.Approximately),
            ("aproximadamente unas", Qualifier.Approximately), ("unos aproximadamente", Qualifier.Approximately),
            ("hasta", Qualifier.UpTo),
            ("como máximo", Qualifier.AtMost), ("un máximo de", Qualifier.AtMost), ("a lo sumo", Qualifier.AtMost),
            ("no más de", Qualifier.AtMost), ("menos de", Qualifier.AtMost),
        ],
        PersonCues:
        [
            ("detenid*", Arrested), ("detien*", Arrested), ("detención", Arrested), ("detenciones", Arrested), ("detuv*", Arrested), ("detener", Arrested),
            ("captur*", Arrested), ("aprehend*", Arrested), ("aprehensión", Arrested),
            ("arrestad*", Arrested), ("arresto", Arrested), ("arrestos", Arrested), ("arrestó", Arrested), ("arrestaron", Arrested),
            ("privad* de libertad", Arrested), ("privad* de su libertad", Arrested), ("intervenid*", Arrested),
            ("órdenes de captura", Targeted), ("orden de captura", Targeted), ("órdenes de detención", Targeted),
            ("orden de detención", Targeted), ("órdenes de aprehensión", Targeted), ("mandatos de detención", Targeted),
            ("requisitorias", Targeted), ("solicitud de captura", Targeted), ("proceder a la captura", Targeted),
            ("proceder con la detención", Targeted),
            ("acusad*", Charged), ("acusó", Charged), ("imputad*", Charged), ("imputó", Charged), ("imputaron", Charged),
            ("procesad*", Charged), ("procesó", Charged), ("procesaron", Charged), ("formalizad*", Charged), ("formalizó", Charged), ("judicializad*", Charged),
            ("vinculad* a proceso", Charged), ("vinculación a proceso", Charged),
            ("condenad*", Sentenced), ("condenó", Sentenced), ("condene", Sentenced), ("condenaron", Sentenced), ("condenan", Sentenced),
            ("condena a", Sentenced), ("sentencian", Sentenced),
            ("sentenciad*", Sentenced), ("sentenció", Sentenced),
            ("prisión preventiva", InCustody), ("detención preventiva", InCustody), ("detención provisional", InCustody),
            ("prisión provisional", InCustody), ("medida de aseguramiento", InCustody),
            ("cumplían condena", InCustody), ("cumplen condena", InCustody), ("cumplían pena", InCustody), ("bajo custodia", InCustody),
            ("tras las rejas", InCustody), ("recluidos", InCustody), ("recluidas", InCustody),
            ("rescat*", Rescued), ("liberad*", Rescued), ("liberó", Rescued), ("liberaron", Rescued), ("libera", Rescued), ("liberan", Rescued), ("liberación", Rescued),
            ("salvad*", Rescued), ("puestas a salvo", Rescued), ("puestos a salvo", Rescued),
            ("víctima*", new(Measures.Victims, CueStrength.Weak)), ("explotó", Victims), ("explotaron", Victims),
            ("explotaba", Victims), ("explotaban", Victims), ("explotadas", Victims), ("explotados", Victims), ("captó", Victims),
            ("captaron", Victims), ("captaba", Victims), ("captaban", Victims), ("captadas", Victims), ("reclutó", Victims),
            ("reclutaron", Victims), ("reclutadas", Victims), ("reclutados", Victims), ("retenidas", Victims),
            ("extorsionad*", Victims), ("extorsionaba*", Victims), ("extorsionó", Victims), ("extorsionaron", Victims), ("en perjuicio de", Victims),
            ("cobraba cuotas a", Victims), ("cobraban cuotas a", Victims), ("pagaban", new(Measures.Victims, CueStrength.Adjacent)), ("que pagaban", Victims), ("que pagan", Victims),
            ("deport*", Deported), ("expuls*", Deported), ("repatriad*", Deported),
            ("murieron", Killed), ("murió", Killed), ("muertos", Killed), ("muertas", Killed), ("fallecid*", Killed),
            ("asesinad*", Killed), ("asesinó", Killed), ("abatid*", Killed), ("mataron", Killed), ("neutralizad*", Killed), ("ultimad*", Killed),
            ("arresto domiciliario", Other), ("prófug*", Other), ("absuelt*", Other), ("excarcelad*", Other),
            ("en libertad", Other), ("se declararon culpables", Other), ("aceptaron los cargos", Other),
        ],
        SeizureCues:
        [
            "incaut*", "decomis*", "hallaron", "halló", "hallazgo", "hallad*", "encontraron", "encontró", "intervinieron",
            "intervino", "secuestraron", "secuestró", "requisaron", "aseguraron", "aseguró", "comisaron",
        ],
        SentenceCues: ["condena*", "condenó", "condene", "sentencia*", "pena", "penas", "prisión", "cárcel", "reclusión", "privativa"],
        HypotheticalCues: ["enfrenta*", "arriesga*", "podría*", "expone*", "si es condenad*", "si son condenad*", "en caso de ser condenad*", "pena máxima"],
        Nouns: Nouns(),
        Units: Units(),
        CurrencyPrefixes:
        [
            ("$", "usd"), ("US $", "usd"), ("USD", "usd"), ("€", "eur"), ("EUR", "eur"), ("S /", "pen"), ("S / .", "pen"),
            ("PEN", "pen"), ("Bs", "bob"), ("Bs .", "bob"), ("COP", "cop"), ("CLP", "clp"), ("MXN", "mxn"), ("ARS", "ars"),
            ("R $", "brl"), ("£", "gbp"),
        ],
        GapWords: "a de del la las el los al ayer hoy anoche además también total un otros otras para contra (",
        LinkWords: "entre ellas ellos incluidas incluidos incluyendo y e o u más de las los cuales , ( ) – — - : ;",
        AnaphoraAfter: ["de ellas", "de ellos", "de las cuales", "de los cuales", "de estas", "de estos"],
        AnaphoraBefore: ["de ellas ,", "de ellos ,", "de estas ,", "de estos ,"],
        TotalBefore: ["del total ,", "en total ,", "en conjunto ,"],
        PartitiveAfter: ["de los", "de las", "de sus"],
        RemainderWords: "restantes demás otros otras",
        Modifiers:
            "presuntos presuntas supuestos supuestas jóvenes adultas adultos nuevos nuevas otros otras principales peligrosos " +
            "peligrosas armados armadas indocumentados indocumentadas posibles potenciales",
        PopulationModifiers: [("adolescentes", "minors")],
        FunctionWords:
            "el la los las un una unos unas de del al a en con por para sin sobre entre hasta desde y o e u que quien quienes " +
            "cual cuales como más menos muy ya se su sus lo le les es son era eran fue fueron ha han había habían será serán " +
            "está están estaba estaban este esta estos estas ese esa esos esas otro otra otros otras todo todos cada también " +
            "además ayer hoy mañana anoche durante tras según mientras cuando donde no sí ni pero sino aunque",
        Copulas: "son eran es era siguen",
        NumberOf: ["el número de", "la cifra de", "el total de", "un total de", "el balance de"],
        ItemWords: ["pasta básica de cocaína", "pasta base de cocaína", "clorhidrato de cocaína", "marihuana prensada"],
        CashWords: ["en efectivo"],
        NationalityPhrase: ["de nacionalidad", "de origen"],
        ValueCues: ["valorad* en", "avaluad* en", "valuad* en", "valor de", "por un valor de", "por valor de", "costo de", "cuestan", "cuesta"],
        PostQualifiers: [("o más", Qualifier.AtLeast), ("aproximadamente", Qualifier.Approximately), ("más o menos", Qualifier.Approximately),
            ("como mínimo", Qualifier.AtLeast), ("como máximo", Qualifier.AtMost), ("o menos", Qualifier.AtMost)]);

    private static List<(string, NounSense)> Nouns()
    {
        var nouns = new List<(string, NounSense)>();
        void Add(NounClass nounClass, string words, string? population = null, string? measure = null) =>
            nouns.AddRange(words.Split(' ').Select(w => (w.Replace('_', ' '), new NounSense(nounClass, population, measure))));

        Add(NounClass.Person, "personas persona individuos sospechosos ciudadanos ciudadanas connacionales jóvenes adultos " +
            "adultas migrantes sobrevivientes supervivientes cabecillas colaboradores traficantes tratantes pasajeros trabajadores " +
            "funcionarios_públicos otros otras comerciantes locatarios vendedores vendedoras ambulantes pilotos choferes conductores " +
            "transportistas tenderos");
        Add(NounClass.Person, "cuerpos cadáveres", measure: Measures.Killed);
        Add(NounClass.Person, "hombres varones", "men");
        Add(NounClass.Person, "mujeres mujer", "women");
        Add(NounClass.Person, "niñas niña", "girls");
        Add(NounClass.Person, "niños", "minors");
        Add(NounClass.Person, "menores menores_de_edad adolescentes", "minors");
        Add(NounClass.Person, "extranjeros extranjeras", "foreigners");
        Add(NounClass.Person, "detenidos detenidas capturados capturadas aprehendidos aprehendidas arrestados arrestadas", measure: Measures.Arrested);
        Add(NounClass.Person, "imputados imputadas procesados procesadas acusados acusadas formalizados", measure: Measures.Charged);
        Add(NounClass.Person, "sentenciados sentenciadas condenados condenadas", measure: Measures.Sentenced);
        Add(NounClass.Person, "expulsados expulsadas deportados deportadas", measure: Measures.Deported);
        Add(NounClass.Person, "rescatados rescatadas", measure: Measures.Rescued);
        Add(NounClass.Person, "fallecidos fallecidas muertos", measure: Measures.Killed);
        Add(NounClass.Person, "prófugos prófugas", measure: Measures.Other);
        Add(NounClass.Victim, "víctimas víctima");
        Add(NounClass.Member, "integrantes integrante miembros miembro");
        Add(NounClass.Officer, "agentes agente efectivos efectivos_policiales agentes_policiales policías funcionarios " +
            "servidores_policiales unidades_policiales elementos_policiales efectivos_militares uniformados militares soldados carabineros detectives gendarmes guardias elementos");
        Add(NounClass.Location, "inmuebles inmueble viviendas vivienda domicilios casas locales locales_nocturnos lugares sitios " +
            "predios departamentos edificios allanamientos diligencias_de_allanamiento registros registros_domiciliarios " +
            "entradas_y_registros inspecciones bodegas almacenes hoteles hostales bares discotecas prostíbulos lenocinios " +
            "puntos fincas campamentos casas_de_seguridad clubes burdeles pisos naves chalets cateos");
        Add(NounClass.Item, "teléfonos_celulares teléfonos celulares teléfonos_móviles móviles revólveres pistolas " +
            "armas_de_fuego armas fusiles fusiles_de_asalto escopetas granadas machetes cuchillos cartuchos municiones " +
            "proyectiles vehículos autos automóviles camionetas camiones motocicletas motos lanchas embarcaciones " +
            "computadoras computadores laptops pasaportes tarjetas_bancarias cuadernos paquetes bolsas ladrillos dosis " +
            "pastillas envoltorios equipos_celulares");
        return nouns;
    }

    private static List<(string, UnitSense)> Units()
    {
        var units = new List<(string, UnitSense)>();
        void Add(UnitKind kind, string unit, decimal factor, string words) =>
            units.AddRange(words.Split(' ').Select(w => (w.Replace('_', ' '), new UnitSense(kind, unit, factor))));

        Add(UnitKind.Weight, "kg", 1, "kg kgs kilo kilos kilogramo kilogramos");
        Add(UnitKind.Weight, "kg", 0.001m, "g gr grs gramo gramos");
        Add(UnitKind.Weight, "kg", 1000, "tonelada toneladas toneladas_métricas");
        Add(UnitKind.Weight, "kg", 0.028349523125m, "onza onzas");
        Add(UnitKind.Money, "usd", 1, "dólares dólar dólares_estadounidenses dólares_americanos USD");
        Add(UnitKind.Money, "eur", 1, "euros euro EUR €");
        Add(UnitKind.Money, "pen", 1, "soles nuevos_soles PEN");
        Add(UnitKind.Money, "pesos", 1, "pesos");
        Add(UnitKind.Money, "cop", 1, "pesos_colombianos COP");
        Add(UnitKind.Money, "clp", 1, "pesos_chilenos CLP");
        Add(UnitKind.Money, "mxn", 1, "pesos_mexicanos MXN");
        Add(UnitKind.Money, "ars", 1, "pesos_argentinos ARS");
        Add(UnitKind.Money, "dop", 1, "pesos_dominicanos");
        Add(UnitKind.Money, "bob", 1, "bolivianos");
        Add(UnitKind.Money, "brl", 1, "reales");
        Add(UnitKind.Money, "ves", 1, "bolívares");
        Add(UnitKind.Money, "gtq", 1, "quetzales");
        Add(UnitKind.Money, "hnl", 1, "lempiras");
        Add(UnitKind.Money, "pab", 1, "balboas");
        Add(UnitKind.Money, "nio", 1, "córdobas");
        Add(UnitKind.Money, "crc", 1, "colones");
        Add(UnitKind.Money, "pyg", 1, "guaraníes");
        Add(UnitKind.Duration, "years", 1, "años año");
        Add(UnitKind.Duration, "months", 1, "meses mes");
        Add(UnitKind.Duration, "weeks", 1, "semanas semana");
        Add(UnitKind.Duration, "days", 1, "días día");
        Add(UnitKind.Duration, "hours", 1, "horas hora");
        Add(UnitKind.Duration, "minutes", 1, "minutos minuto");
        Add(UnitKind.Distance, "km", 1, "km kilómetros kilómetro");
        Add(UnitKind.Distance, "m", 1, "metros");
        return units;
    }
}
