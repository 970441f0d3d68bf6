using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Fees;

public sealed class QuoteFeeTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<JsonElement> Quote(object body)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl("/api/fees/quote");
            s.StatusCodeShouldBeOk();
        });
        return result.ReadAsJson<JsonElement>();
    }

    [Theory]
    [InlineData(9577.22, "general", "2026-03-10", 1905.82)]
    [InlineData(13402.45, "northern-border", "2026-03-10", 2420.29)]
    [InlineData(200000, "general", "2026-03-10", 16776.11)]
    [InlineData(5255.25, "general", "2022-06-01", 1240.68)]
    public async Task The_check_figures_come_back_through_the_API(
        decimal income,
        string zone,
        string date,
        decimal monthly
    )
    {
        var quote = await Quote(
            new
            {
                monthlyIncome = income,
                zone,
                date,
            }
        );
        Assert.Equal(monthly, quote.GetProperty("monthly").GetDecimal());
        Assert.Equal(6 * monthly, quote.GetProperty("semiannual").GetDecimal());
        Assert.Equal(12 * monthly, quote.GetProperty("annual").GetDecimal());
        Assert.Equal(
            monthly,
            quote.GetProperty("breakdown").EnumerateArray().Sum(b => b.GetProperty("amount").GetDecimal())
        );
    }

    [Fact]
    public async Task The_quote_shows_the_base_the_breakdown_and_the_parameters_in_force()
    {
        var quote = await Quote(
            new
            {
                monthlyIncome = 9582.47m,
                zone = "general",
                date = "2026-03-10",
            }
        );
        Assert.Equal(315.21m, quote.GetProperty("dailyBase").GetDecimal());
        Assert.Equal("2026-02-01", quote.GetProperty("parametersEffective").GetString());
        var branches = quote
            .GetProperty("breakdown")
            .EnumerateArray()
            .Select(b => b.GetProperty("branch").GetString()!)
            .ToArray();
        Assert.Equal(
            [
                "sickness-maternity-fixed",
                "sickness-maternity-surplus",
                "sickness-maternity-cash",
                "pensioners-medical",
                "disability-life",
                "work-risk",
                "nurseries-social",
                "retirement",
                "old-age",
            ],
            branches
        );
    }

    [Fact]
    public async Task A_January_quote_uses_the_new_minimum_wage_and_the_old_UMA()
    {
        var quote = await Quote(
            new
            {
                monthlyIncome = 1000m,
                zone = "general",
                date = "2026-01-20",
            }
        );
        Assert.Equal(315.04m, quote.GetProperty("minimumWage").GetDecimal());
        Assert.Equal(113.14m, quote.GetProperty("umaDaily").GetDecimal());
        Assert.Equal("2026-01-01", quote.GetProperty("parametersEffective").GetString());
    }

    [Fact]
    public async Task Bad_input_names_each_field()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(
                    new
                    {
                        monthlyIncome = -5,
                        zone = "south",
                        date = "2026-02-30",
                    }
                )
                .ToUrl("/api/fees/quote");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var errors = result.ReadAsJson<JsonElement>().GetProperty("errors");
        Assert.Equal(["date", "monthlyIncome", "zone"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_date_before_the_parameter_data_is_refused()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(
                    new
                    {
                        monthlyIncome = 9000,
                        zone = "general",
                        date = "2019-05-01",
                    }
                )
                .ToUrl("/api/fees/quote");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("no fee parameters before 2022-01-01", result.ReadAsText());
    }
}
