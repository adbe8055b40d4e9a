using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InspectFramework.Model;

/// <summary>
/// Hashes the model, not the file: layout and comments do not change the hash, any change of
/// meaning or wording does. The canonical form is the records' own text with invariant formatting.
/// </summary>
public static class ContentHash
{
    public static string Compute(FrameworkModel model)
    {
        var canonical = Canonical(model with { ContentHash = string.Empty });
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical));
        var hex = new StringBuilder("sha256:", 7 + (bytes.Length * 2));
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    // Record ToString formats numbers with the current culture; pin it so the hash is the same on
    // every machine (decimal band edges would print "64,5" under de-DE).
    private static string Canonical(FrameworkModel model)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return model.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
