using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace InspectFramework.Studio.Security;

/// <summary>
/// The secret of one run of <c>inspect serve</c>: 256 random bits, base64url. Whoever has it can read
/// and write the folder's frameworks, so it is compared in constant time and never logged.
/// </summary>
public sealed class StudioToken
{
    private readonly byte[] _utf8;

    private StudioToken(string value)
    {
        Value = value;
        _utf8 = Encoding.UTF8.GetBytes(value);
    }

    public string Value { get; }

    public static StudioToken Create() => new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Whether a token a request carries is this one (in time independent of where they differ).</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _utf8);
}
