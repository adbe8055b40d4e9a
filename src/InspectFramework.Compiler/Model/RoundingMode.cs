namespace InspectFramework.Compiler.Model;

/// <summary>How a percentage or points total is rounded before it is banded.</summary>
public enum RoundingMode
{
    HalfUp,
    HalfEven,
    Down,
    Up,
}
