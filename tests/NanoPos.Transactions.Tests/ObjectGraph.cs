using System;
using System.Collections;
using System.Reflection;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// Walks an object graph by reflection to find card data left in memory after a transaction, stopping at the
    /// network link and the record store.
    /// </summary>
    internal static class ObjectGraph
    {
        /// <summary>Counts the strings containing <paramref name="text"/> and the byte arrays containing <paramref name="bytes"/> under a root.</summary>
        internal static int Count(object root, string text, byte[] bytes)
        {
            return Walk(root, text, bytes, 0, new ArrayList());
        }

        private static int Walk(object value, string text, byte[] bytes, int depth, ArrayList seen)
        {
            // The link leads to the simulated host (which keeps what it received) and the store is checked by
            // scanning its bytes: only what the terminal's own objects hold counts here.
            if (value == null || depth > 12 || value is NanoPos.Hal.INetworkLink || value is NanoPos.Hal.IRecordStore)
            {
                return 0;
            }

            if (value is string)
            {
                return ((string)value).IndexOf(text) >= 0 ? 1 : 0;
            }

            Type type = value.GetType();
            if (type.IsValueType || type.IsEnum)
            {
                return 0;
            }

            for (int i = 0; i < seen.Count; i++)
            {
                if (object.ReferenceEquals(seen[i], value))
                {
                    return 0;
                }
            }

            seen.Add(value);
            if (value is byte[])
            {
                return Contains((byte[])value, bytes) ? 1 : 0;
            }

            int found = 0;
            if (value is IEnumerable)
            {
                foreach (object item in (IEnumerable)value)
                {
                    found += Walk(item, text, bytes, depth + 1, seen);
                }

                return found;
            }

            for (Type t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                FieldInfo[] fields = t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
                for (int i = 0; i < fields.Length; i++)
                {
                    found += Walk(fields[i].GetValue(value), text, bytes, depth + 1, seen);
                }
            }

            return found;
        }

        private static bool Contains(byte[] data, byte[] pattern)
        {
            for (int i = 0; i + pattern.Length <= data.Length; i++)
            {
                int j = 0;
                while (j < pattern.Length && data[i + j] == pattern[j])
                {
                    j++;
                }

                if (j == pattern.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
