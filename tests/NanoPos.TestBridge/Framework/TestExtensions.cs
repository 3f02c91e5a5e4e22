using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Array comparison used by the obsolete Assert.Equal(Array, Array).</summary>
    public static class TestExtensions
    {
        /// <summary>
        /// Compares two arrays element by element, as nanoFramework does: both must be non-null and
        /// of the same length; each pair of elements must have the exact same type; primitive values
        /// are compared by value (== for float and double, so NaN never matches), anything else (strings included) by reference. Two null elements
        /// count as equal on the host (the device would throw).
        /// </summary>
        /// <param name="a">The first array.</param>
        /// <param name="b">The second array.</param>
        /// <returns>True when the sequences match.</returns>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                object x = a.GetValue(i);
                object y = b.GetValue(i);
                if (x == null || y == null)
                {
                    if (x != y)
                    {
                        return false;
                    }

                    continue;
                }

                Type type = x.GetType();
                if (type != y.GetType())
                {
                    return false;
                }

                bool same;
                if (x is double dx)
                {
                    same = dx == (double)y;
                }
                else if (x is float fx)
                {
                    same = fx == (float)y;
                }
                else
                {
                    same = type.IsPrimitive ? x.Equals(y) : ReferenceEquals(x, y);
                }

                if (!same)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
