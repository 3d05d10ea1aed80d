namespace Enlace.Extraction.Numbers;

/// <summary>Words around a number that show it is not a count: a reference, a time, a percentage, an age.</summary>
internal static class NumberContextWords
{
    /// <summary>Before a number, these make it a reference: "Law 30077", "artículo 153", "vuelo 2045", "km 23".</summary>
    public static FoldedSet References { get; } = new(
        "ley law leyes laws artículo articulo article art decreto decree resolución resolution expediente file caso case " +
        "número numero number nº núm num código code página page pág pp capítulo chapter sección section inciso " +
        "item ítem párrafo paragraph vuelo flight ruta route highway carretera autopista km kilómetro milepost " +
        "habitación room piso floor lote manzana mz calle street avenida avenue av avda jirón jr pasaje suite oficina " +
        "apartado box modelo model versión version tomo volumen volume dni pasaporte passport placa plate matrícula " +
        "teléfono telefono phone tel telf fax línea linea line hotline whatsapp extensión ext celular mobile call dial " +
        "llame llamar marque marcar p");

    /// <summary>After a number: "20 %", "15 percent", "30 por ciento".</summary>
    public static FoldedSet PercentWords { get; } = new("percent pct porciento");

    /// <summary>After a count of days or weeks, a direction that makes it a date: "two days later", "dos días después".</summary>
    public static FoldedSet ChainedUnits { get; } = new("day days week weeks día días dia dias semana semanas");

    /// <summary>See <see cref="ChainedUnits"/>.</summary>
    public static FoldedSet ChainedDirections { get; } = new("later earlier después despues antes");

    /// <summary>After a number, a temperature: "95 degrees", "40 grados".</summary>
    public static FoldedSet WeatherWords { get; } = new("degrees degree grados °f °c");

    /// <summary>Words hyphened to a number that make it a description: "four-bedroom", "two-story", "four-door".</summary>
    public static FoldedSet ShapeWords { get; } = new("bedroom bedrooms room story storey stories flat door bed lane star page");

    /// <summary>After a number, a clock time: "10 a.m.", "8 pm", "22 hrs" after "las".</summary>
    public static FoldedSet ClockWords { get; } = new("am pm hrs hs o'clock");

    /// <summary>Letters fused to digits that make an ordinal: "22nd", "1º", "3er".</summary>
    public static FoldedSet OrdinalSuffixes { get; } = new("st nd rd th º ª o a er ra ro do da to ta vo va mo ma no na");

    /// <summary>Units and counted nouns that make a year-shaped number a count: "2000 kilos", "1500 agentes".</summary>
    public static FoldedSet CountedWords { get; } = new(
        "kg kilos kilogramos kilograms gramos grams toneladas tons tonnes dólares dollars euros soles pesos personas " +
        "people persons agentes officers efectivos policías police migrantes migrants víctimas victims mujeres women " +
        "hombres men niños children km kilómetros kilometers metros meters");

    /// <summary>Before "años"/"years", these make the number an age: "menores de 18 años", "aged 34".</summary>
    public static FoldedSet AgeMarkers { get; } = new("aged age edad menores mayores under");
}
