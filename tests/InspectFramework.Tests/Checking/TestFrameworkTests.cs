namespace InspectFramework.Tests.Checking;

public sealed class TestFrameworkTests
{
    /// <summary>Every other test in this folder changes one part of this framework and expects a finding.</summary>
    [Fact]
    public void The_default_test_framework_checks_clean()
    {
        Assert.Empty(new TestFramework().Diagnostics());
    }
}
