namespace InspectFramework.Compiler.Text;

/// <summary>
/// Finds the first byte that is not part of well-formed UTF-8 (Unicode table 3-7: no overlong forms,
/// no surrogates, nothing above U+10FFFF), the same rule .NET's strict decoder applies. .NET's decoder
/// reports where it failed only relative to internal buffers, so the position is found here.
/// </summary>
internal static class Utf8Validation
{
    /// <returns>The index of the first byte of the first ill-formed sequence, or -1 when all is valid.</returns>
    public static int FindFirstInvalidByte(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            // The lead byte fixes the length and the range allowed for the second byte.
            int length;
            byte secondLow = 0x80, secondHigh = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0)
                {
                    secondLow = 0xA0;
                }
                else if (b == 0xED)
                {
                    secondHigh = 0x9F;
                }
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0)
                {
                    secondLow = 0x90;
                }
                else if (b == 0xF4)
                {
                    secondHigh = 0x8F;
                }
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length || bytes[i + 1] < secondLow || bytes[i + 1] > secondHigh)
            {
                return i;
            }

            for (var k = 2; k < length; k++)
            {
                if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }
}
