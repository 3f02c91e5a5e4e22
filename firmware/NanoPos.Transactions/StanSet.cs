using System.Collections;

namespace NanoPos.Transactions
{
    /// <summary>
    /// A small set of STANs in RAM (no generics on the device: the STANs are boxed in an <see cref="ArrayList"/>). The
    /// reversal queue keeps in it the reversals it sent in this boot without a durable attempt record, so that each
    /// later send of them in this boot is flagged as a repeat. Holds at most one entry per pending reversal.
    /// </summary>
    internal sealed class StanSet
    {
        private readonly ArrayList _stans = new ArrayList();

        /// <summary>Gets whether the set holds a STAN.</summary>
        internal bool Contains(int stan)
        {
            return IndexOf(stan) >= 0;
        }

        /// <summary>Adds a STAN unless it is already there.</summary>
        internal void Add(int stan)
        {
            if (IndexOf(stan) < 0)
            {
                _stans.Add(stan);
            }
        }

        /// <summary>Removes a STAN if it is there.</summary>
        internal void Remove(int stan)
        {
            int index = IndexOf(stan);
            if (index >= 0)
            {
                _stans.RemoveAt(index);
            }
        }

        private int IndexOf(int stan)
        {
            // An explicit loop on the unboxed values: ArrayList.IndexOf would compare boxes through Equals.
            for (int i = 0; i < _stans.Count; i++)
            {
                if ((int)_stans[i] == stan)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
