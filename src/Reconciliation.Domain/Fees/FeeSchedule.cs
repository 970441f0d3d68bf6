using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconciliation.Domain.Fees;

/// <summary>
/// The versioned fee parameters (docs/DOMAIN.md, *The fee*), loaded from <c>fee-parameters.json</c> and
/// validated as a whole before the system accepts them.
/// </summary>
public sealed class FeeSchedule
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly FeeParameterFile _file;

    private FeeSchedule(FeeParameterFile file) => _file = file;

    public string Version => _file.Version;

    /// <summary>The first date for which every series has an entry.</summary>
    public DateOnly FirstDate =>
        new[]
        {
            _file.MinimumWages[0].Effective,
            _file.Uma[0].Effective,
            _file.BranchRates[0].Effective,
            _file.CeavEmployer[0].Effective,
        }.Max();

    public static FeeSchedule Load(Stream json, string source)
    {
        FeeParameterFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FeeParameterFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FeeParameterException(
                $"{source}: not a valid fee parameter file at {e.Path} (line {e.LineNumber + 1}): {e.Message}"
            );
        }
        if (file is null)
            throw new FeeParameterException($"{source}: empty fee parameter file");
        var errors = Validate(file);
        if (errors.Count > 0)
            throw new FeeParameterException($"{source}: {string.Join("; ", errors)}");
        return new FeeSchedule(file);
    }

    public static FeeSchedule LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public FeeParameters On(DateOnly date)
    {
        if (date < FirstDate)
            throw new FeeParameterException(
                $"no fee parameters in force on {date:yyyy-MM-dd}: the data starts on {FirstDate:yyyy-MM-dd}"
            );
        return new FeeParameters(
            date,
            InForce(_file.MinimumWages, date),
            InForce(_file.Uma, date),
            InForce(_file.BranchRates, date),
            InForce(_file.CeavEmployer, date),
            _file.ContributionBaseDivisor,
            _file.DaysPerMonth,
            _file.MaximumBaseInUma,
            _file.SurplusThresholdInUma,
            _file.Version
        );
    }

    private static T InForce<T>(IReadOnlyList<T> series, DateOnly date)
        where T : IEffective
    {
        // Series are short and sorted (validated); the last entry not after the date is in force.
        for (var i = series.Count - 1; i >= 0; i--)
            if (series[i].Effective <= date)
                return series[i];
        throw new FeeParameterException($"no {typeof(T).Name} in force on {date:yyyy-MM-dd}");
    }

    private static List<string> Validate(FeeParameterFile f)
    {
        var errors = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
                errors.Add(message);
        }

        Require(!string.IsNullOrWhiteSpace(f.Version), "version is required");
        Require(f.ContributionBaseDivisor > 0, "contributionBaseDivisor must be positive");
        Require(f.DaysPerMonth is > 0 and <= 31, "daysPerMonth must be between 1 and 31");
        Require(f.MaximumBaseInUma > 0, "maximumBaseInUma must be positive");
        Require(f.SurplusThresholdInUma > 0, "surplusThresholdInUma must be positive");

        ValidateSeries(f.MinimumWages, "minimumWages", errors, (e, at) =>
        {
            Require(e.General > 0, $"{at}.general must be positive");
            Require(e.NorthernBorder > 0, $"{at}.northernBorder must be positive");
        });
        ValidateSeries(f.Uma, "uma", errors, (e, at) =>
        {
            Require(e.Daily > 0, $"{at}.daily must be positive");
            Require(e.Monthly > 0, $"{at}.monthly must be positive");
        });
        ValidateSeries(f.BranchRates, "branchRates", errors, (e, at) =>
        {
            foreach (
                var (name, rate) in new[]
                {
                    ("sicknessMaternityFixedOnUma", e.SicknessMaternityFixedOnUma),
                    ("sicknessMaternitySurplus", e.SicknessMaternitySurplus),
                    ("sicknessMaternityCash", e.SicknessMaternityCash),
                    ("pensionersMedical", e.PensionersMedical),
                    ("disabilityLife", e.DisabilityLife),
                    ("workRisk", e.WorkRisk),
                    ("nurseries", e.Nurseries),
                    ("retirement", e.Retirement),
                    ("ceavWorker", e.CeavWorker),
                }
            )
                Require(rate is >= 0 and < 100, $"{at}.{name} must be a percentage between 0 and 100, got {rate}");
        });
        ValidateSeries(f.CeavEmployer, "ceavEmployer", errors, (e, at) =>
        {
            Require(e.AtMinimumWage is > 0 and < 100, $"{at}.atMinimumWage must be a percentage between 0 and 100");
            if (e.Bands is not { Count: > 0 })
            {
                errors.Add($"{at}.bands must not be empty");
                return;
            }
            for (var i = 0; i < e.Bands.Count; i++)
            {
                var band = e.Bands[i];
                var last = i == e.Bands.Count - 1;
                Require(band.Rate is > 0 and < 100, $"{at}.bands[{i}].rate must be a percentage between 0 and 100");
                Require(
                    last == band.UpToUma is null,
                    last
                        ? $"{at}.bands[{i}] is the last band and must be open (upToUma null)"
                        : $"{at}.bands[{i}].upToUma is required for every band but the last"
                );
                if (i > 0 && band.UpToUma is not null && e.Bands[i - 1].UpToUma is { } previous)
                    Require(band.UpToUma > previous, $"{at}.bands[{i}].upToUma must be above the previous band's");
            }
        });
        return errors;
    }

    private static void ValidateSeries<T>(
        IReadOnlyList<T>? series,
        string name,
        List<string> errors,
        Action<T, string> validateEntry
    )
        where T : IEffective
    {
        if (series is not { Count: > 0 })
        {
            errors.Add($"{name} must have at least one entry");
            return;
        }
        for (var i = 0; i < series.Count; i++)
        {
            if (series[i] is null)
            {
                errors.Add($"{name}[{i}] is empty");
                continue;
            }
            if (i > 0 && series[i - 1] is { } previous && series[i].Effective <= previous.Effective)
                errors.Add(
                    $"{name}[{i}].effective {series[i].Effective:yyyy-MM-dd} must be after "
                        + $"{previous.Effective:yyyy-MM-dd} (entries in date order, no duplicates)"
                );
            validateEntry(series[i], $"{name}[{i}]");
        }
    }
}
