using System.Collections;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// What <see cref="ScriptedHost"/> did with the money, by STAN (field 11): each sale, void or refund it approved or
    /// declined, and each reversal it accepted (a request whose MAC failed is refused and changes nothing here). A
    /// balance inquiry moves no money and is not recorded.
    /// </summary>
    internal sealed class HostLedger
    {
        private const string ApprovedState = "approved";
        private const string DeclinedState = "declined";
        private const string ReversedState = "reversed";

        private readonly Hashtable _states = new Hashtable();

        /// <summary>Gets the number of reversals the host accepted.</summary>
        internal int Reversals { get; private set; }

        /// <summary>Records the host's decision on a request that moves money.</summary>
        /// <param name="stan">Field 11 of the request.</param>
        /// <param name="code">The response code the host decided on.</param>
        internal void Decide(string stan, string code)
        {
            _states[stan] = code == "00" ? ApprovedState : DeclinedState;
        }

        /// <summary>Records an accepted reversal of the request with this STAN (whatever the host had decided on it).</summary>
        /// <param name="stan">Field 11 of the reversal: the original's STAN.</param>
        internal void Reverse(string stan)
        {
            _states[stan] = ReversedState;
            Reversals++;
        }

        /// <summary>Gets whether the host holds an approval of this STAN that was not reversed: the card is charged.</summary>
        /// <param name="stan">The STAN.</param>
        /// <returns>True when charged.</returns>
        internal bool IsCharged(int stan)
        {
            return (string)_states[RequestBuilder.Digits(stan, 6)] == ApprovedState;
        }

        /// <summary>Gets whether the host accepted a reversal of this STAN.</summary>
        /// <param name="stan">The STAN.</param>
        /// <returns>True when reversed.</returns>
        internal bool IsReversed(int stan)
        {
            return (string)_states[RequestBuilder.Digits(stan, 6)] == ReversedState;
        }

        /// <summary>Gets whether the host saw (and decided on) a request with this STAN at all.</summary>
        /// <param name="stan">The STAN.</param>
        /// <returns>True when recorded.</returns>
        internal bool Knows(int stan)
        {
            return _states.Contains(RequestBuilder.Digits(stan, 6));
        }
    }
}
