namespace InspectFramework.Compiler.Model;

/// <summary>What a band table bands: percentages of yes answers or points.</summary>
public enum BandMeasure
{
    Percentage,
    Points,
}
