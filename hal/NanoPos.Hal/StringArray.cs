using System;

namespace NanoPos.Hal
{
    /// <summary>
    /// Creates string arrays whose empty elements really are null on every runtime; device code creates string arrays
    /// only through here (the profile check, rule PC014, refuses <c>new string[n]</c> without an initializer).
    /// </summary>
    /// <remarks>
    /// On the nanoFramework interpreter (nanoCLR, checked with CoreLibrary 1.17.11) the elements of a freshly created
    /// <c>string[]</c> are null to the touch (reading <c>Length</c> throws <see cref="NullReferenceException"/>) yet
    /// compare unequal to <c>null</c>: <c>a[0] == null</c> is false, so a "slot still empty?" test silently goes the
    /// wrong way. <see cref="Array.Clear(Array, int, int)"/> does not repair them; storing <c>null</c> in each element
    /// does. Other reference arrays (<c>object[]</c>, <c>byte[][]</c>, class arrays) are not affected. The host runtime
    /// never showed it, so only the interpreter run (<c>tools/nanopos device-test</c>) caught it.
    /// </remarks>
    public static class StringArray
    {
        /// <summary>Creates a string array of the given length with every element a real null.</summary>
        /// <param name="length">The number of elements, 0 or more.</param>
        /// <returns>The new array.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
        public static string[] Create(int length)
        {
            if (length < 0)
            {
                throw new ArgumentOutOfRangeException("length");
            }

            string[] array = new string[length]; // PC014: the loop below stores a real null in each element
            for (int i = 0; i < length; i++)
            {
                array[i] = null;
            }

            return array;
        }
    }
}
