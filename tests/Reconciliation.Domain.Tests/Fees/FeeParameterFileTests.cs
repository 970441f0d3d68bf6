using System.Text;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Domain.Tests.Fees;

public sealed class FeeParameterFileTests
{
    private static readonly string Shipped = File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "fee-parameters.json")
    );

    private static FeeParameterException Refused(string json) =>
        Assert.Throws<FeeParameterException>(() =>
            FeeSchedule.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json")
        );

    [Fact]
    public void The_shipped_file_is_valid_and_versioned()
    {
        Assert.Equal("2026.1", FeeSchedules.Shipped.Version);
        Assert.Equal(new DateOnly(2022, 1, 1), FeeSchedules.Shipped.FirstDate);
    }

    [Fact]
    public void Entries_out_of_date_order_are_refused_naming_the_entry()
    {
        var json = Shipped.Replace(
            "\"effective\": \"2024-02-01\", \"daily\": 108.57",
            "\"effective\": \"2022-02-01\", \"daily\": 108.57"
        );
        var e = Refused(json);
        Assert.Contains("uma[3].effective 2022-02-01 must be after 2023-02-01", e.Message);
        Assert.StartsWith("test.json", e.Message);
    }

    [Fact]
    public void A_non_positive_figure_is_refused_naming_the_field()
    {
        var e = Refused(Shipped.Replace("\"general\": 315.04", "\"general\": 0"));
        Assert.Contains("minimumWages[4].general must be positive", e.Message);
    }

    [Fact]
    public void A_band_table_must_end_open()
    {
        var e = Refused(
            Shipped.Replace("{ \"upToUma\": null, \"rate\": 11.875 }", "{ \"upToUma\": 9, \"rate\": 11.875 }")
        );
        Assert.Contains("ceavEmployer[8].bands[6] is the last band and must be open", e.Message);
    }

    [Fact]
    public void An_unknown_field_is_refused_rather_than_ignored()
    {
        var e = Refused(Shipped.Replace("\"daysPerMonth\": 30", "\"daysPerMonth\": 30, \"dayPerMonth\": 31"));
        Assert.Contains("dayPerMonth", e.Message);
    }

    [Fact]
    public void Broken_json_is_refused_with_its_position()
    {
        var e = Refused(Shipped[..200]);
        Assert.Contains("not a valid fee parameter file", e.Message);
    }

    [Fact]
    public void A_missing_series_is_refused()
    {
        var e = Refused(
            """
            { "version": "x", "contributionBaseDivisor": 30.4, "daysPerMonth": 30, "maximumBaseInUma": 25,
              "surplusThresholdInUma": 3 }
            """
        );
        Assert.Contains("minimumWages must have at least one entry", e.Message);
        Assert.Contains("uma must have at least one entry", e.Message);
    }
}
