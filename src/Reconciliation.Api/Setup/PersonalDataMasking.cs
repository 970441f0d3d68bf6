using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Reconciliation.Api.Setup;

/// <summary>
/// Masks personal data in every text property of every log event (request paths, file names, values
/// logged by any library): NSS and other 11-digit numbers (<c>12*******03</c>), CURP, RFC and e-mail
/// addresses. Code that logs an identifier on purpose logs its masked form already.
/// </summary>
public sealed partial class PersonalDataMasking : ILogEventEnricher
{
    [GeneratedRegex(@"(?<![0-9])(\d{2})\d{7}(\d{2})(?![0-9])")]
    private static partial Regex ElevenDigits();

    [GeneratedRegex(
        @"(?<![A-Z0-9])([A-Z][AEIOUX])[A-Z]{2}\d{6}[HM][A-Z]{5}[A-Z0-9](\d)(?![A-Z0-9])",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Curp();

    [GeneratedRegex(
        @"(?<![A-Z0-9&Ñ])([A-Z&Ñ]{2})[A-Z&Ñ]{2}\d{6}[A-Z0-9]{2}([0-9A])(?![A-Z0-9])",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Rfc();

    [GeneratedRegex(@"([A-Za-z0-9])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})")]
    private static partial Regex Email();

    public static string Mask(string text)
    {
        text = Curp().Replace(text, m => $"{m.Groups[1].Value}{new string('*', 15)}{m.Groups[2].Value}");
        text = Rfc().Replace(text, m => $"{m.Groups[1].Value}{new string('*', 10)}{m.Groups[2].Value}");
        text = ElevenDigits().Replace(text, m => $"{m.Groups[1].Value}*******{m.Groups[2].Value}");
        return Email().Replace(text, m => $"{m.Groups[1].Value}***@{m.Groups[2].Value}");
    }

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (Masked(value) is { } masked)
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
    }

    private static LogEventPropertyValue? Masked(LogEventPropertyValue value) =>
        value switch
        {
            ScalarValue { Value: string s } when Mask(s) is var m && m != s => new ScalarValue(m),
            SequenceValue seq
                when seq.Elements.Select(e => Masked(e) ?? e).ToList() is var items
                    && !items.SequenceEqual(seq.Elements) => new SequenceValue(items),
            StructureValue st
                when st.Properties.Select(p => new LogEventProperty(p.Name, Masked(p.Value) ?? p.Value)).ToList()
                    is var props
                    && !props.Select(p => p.Value).SequenceEqual(st.Properties.Select(p => p.Value)) =>
                new StructureValue(props, st.TypeTag),
            _ => null,
        };
}
