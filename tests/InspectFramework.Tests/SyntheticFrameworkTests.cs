using System;
using System.Globalization;
using System.Linq;
using InspectFramework.Compiler;
using InspectFramework.Compiler.Binding;
using InspectFramework.Compiler.Model;
using InspectFramework.Compiler.Text;
using InspectFramework.Synthetic;

namespace InspectFramework.Tests;

/// <summary>
/// The benchmarks measure the synthetic framework, so it must stay a framework that checks with no
/// diagnostic at all as checks are added, and keep the youth framework's shape at every scale.
/// </summary>
public sealed class SyntheticFrameworkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Checks_with_no_errors_and_no_warnings(int scale)
    {
        var compilation = FrameworkCompilation.Create(new SourceText($"synthetic_x{scale}.inspect", SyntheticFramework.Generate(scale)));

        Assert.True(compilation.Diagnostics.IsEmpty, string.Join(Environment.NewLine, compilation.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.NotNull(compilation.Framework);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Has_the_youth_framework_shape_with_the_case_domains_repeated(int scale)
    {
        var framework = Compile(scale);

        Assert.Equal(
            Enumerable.Range(1, 1 + (2 * scale)).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            framework.Domains.Select(d => d.Number));
        Assert.Equal(SyntheticFramework.StandardCount(scale), framework.Domains.Sum(d => d.Standards.Length));
        Assert.Equal(4 + (8 * scale), SyntheticFramework.StandardCount(scale));

        var organisational = framework.Domains[0];
        Assert.Empty(organisational.CaseTypes);
        Assert.Equal(4, organisational.Standards.Length);
        Assert.All(organisational.Standards, s => Assert.Equal(RatingRule.Judgement, s.RatingRule));

        foreach (var domain in framework.Domains.Skip(1))
        {
            Assert.Single(domain.CaseTypes);
            Assert.Equal(4, domain.Standards.Length);
            foreach (var standard in domain.Standards)
            {
                Assert.Equal(RatingRule.LowestKeyQuestion, standard.RatingRule);
                Assert.Equal(standard.Name == "joint_working" ? 2 : 3, standard.KeyQuestions.Length);
                Assert.All(standard.KeyQuestions, q => Assert.Equal(4, q.Prompts.Length));
            }
        }

        Assert.Equal(SyntheticFramework.FactCount, framework.Facts.Length);
        Assert.Equal(2, framework.BandTables.Length);
        Assert.NotNull(framework.Discretion);
    }

    [Theory]
    [InlineData(1, 36)]
    [InlineData(10, 252)]
    public void Overall_bands_end_at_the_reachable_points(int scale, int maxPoints)
    {
        var bands = Compile(scale).Overall?.Bands;

        Assert.NotNull(bands);
        Assert.Equal(maxPoints, SyntheticFramework.MaxPoints(scale));
        Assert.Equal(0m, bands.Bands[0].Low);
        Assert.Equal(maxPoints, bands.Bands[bands.Bands.Length - 1].High);
        for (var i = 1; i < bands.Bands.Length; i++)
        {
            Assert.Equal(bands.Bands[i - 1].High + 1, bands.Bands[i].Low);
        }
    }

    [Fact]
    public void The_youth_sized_framework_has_the_youth_overall_bands()
    {
        var bands = Compile(1).Overall!.Bands!.Bands;

        Assert.Equal(new[] { (0m, 6m), (7m, 18m), (19m, 30m), (31m, 36m) }, bands.Select(b => (b.Low, b.High)));
    }

    [Fact]
    public void Ten_times_is_about_ten_times_the_text()
    {
        var one = SyntheticFramework.Generate(1).Length;
        var ten = SyntheticFramework.Generate(10).Length;

        Assert.InRange(ten / (double)one, 7.5, 10.5);
    }

    [Fact]
    public void Scale_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticFramework.Generate(0));
    }

    private static FrameworkSymbol Compile(int scale) =>
        FrameworkCompilation.Create(new SourceText("synthetic.inspect", SyntheticFramework.Generate(scale))).Framework
            ?? throw new InvalidOperationException("The synthetic framework did not bind.");
}
