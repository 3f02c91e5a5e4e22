using System.Collections;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// What <see cref="ScriptedHost"/> does besides answering: it alters the next answer to an MTI field by field (a
    /// wrong amount, a missing auth code, another MTI), and it makes the terminal's store fail at the moment a request
    /// arrives, so that a test hits exactly the write the terminal makes after sending it (the reversal attempt after the
    /// sale, the ReversalDone after the 0400), however many writes came before; and it forges the MAC of an answer (none,
    /// or one made with a key the terminal does not hold), as a man in the middle would.
    /// </summary>
    internal sealed class ScriptedFaults
    {
        /// <summary>The answer carries the host's genuine MAC (no forgery).</summary>
        internal const int GenuineMac = 0;

        /// <summary>The answer carries no MAC (field 64 absent), otherwise unchanged.</summary>
        internal const int NoMac = 1;

        /// <summary>The answer carries a MAC made with a key the terminal does not hold.</summary>
        internal const int WrongKeyMac = 2;

        private readonly ArrayList _tampers = new ArrayList(); // MTI, field, value, in triples
        private readonly ArrayList _forgeries = new ArrayList(); // MTI, how, in pairs
        private int _failWriteMti;
        private int _failWriteAt;
        private bool _powerCut;
        private int _fillStoreMti;
        private int _markMti;

        /// <summary>Gets or sets the terminal's store, for <see cref="FailWriteWhen"/> and <see cref="FillStoreWhen"/>.</summary>
        internal InMemoryRecordStore Store { get; set; }

        /// <summary>
        /// Alters the next answer to a request with an MTI: sets <paramref name="field"/> to <paramref name="value"/>
        /// (null removes it; field 0 is the answer's MTI, given as digits).
        /// </summary>
        internal void Tamper(int mti, int field, string value)
        {
            _tampers.Add(mti);
            _tampers.Add(field);
            _tampers.Add(value);
        }

        /// <summary>
        /// Makes the n-th durable write of the store (1 = the next) fail with a medium error once a request with this MTI
        /// arrives.
        /// </summary>
        internal void FailWriteWhen(int mti, int n)
        {
            _failWriteMti = mti;
            _failWriteAt = n;
            _powerCut = false;
        }

        /// <summary>Cuts the power at the n-th durable write of the store (1 = the next) once a request with this MTI arrives.</summary>
        internal void CutPowerWhen(int mti, int n)
        {
            _failWriteMti = mti;
            _failWriteAt = n;
            _powerCut = true;
        }

        /// <summary>Notes the store's durable writes when the next request with this MTI arrives (see <see cref="Marked"/>).</summary>
        internal void MarkWhen(int mti)
        {
            _markMti = mti;
        }

        /// <summary>Gets the store's durable writes at the moment the request named by <see cref="MarkWhen"/> arrived.</summary>
        internal int Marked { get; private set; }

        /// <summary>Fills the store to its last byte (a record "filler") once a request with this MTI arrives.</summary>
        internal void FillStoreWhen(int mti)
        {
            _fillStoreMti = mti;
        }

        /// <summary>Empties the store of the filler again.</summary>
        internal void Unfill()
        {
            Store.Delete("filler");
        }

        /// <summary>Makes the next answer to a request with this MTI carry a forged MAC (<see cref="NoMac"/> or <see cref="WrongKeyMac"/>).</summary>
        internal void ForgeMac(int mti, int how)
        {
            _forgeries.Add(mti);
            _forgeries.Add(how);
        }

        /// <summary>Gets (and forgets) how the MAC of the next answer to this MTI is forged; <see cref="GenuineMac"/> when it is not.</summary>
        internal int TakeMacForgery(int mti)
        {
            for (int i = 0; i + 1 < _forgeries.Count; i += 2)
            {
                if ((int)_forgeries[i] == mti)
                {
                    int how = (int)_forgeries[i + 1];
                    _forgeries.RemoveAt(i);
                    _forgeries.RemoveAt(i);
                    return how;
                }
            }

            return GenuineMac;
        }

        /// <summary>Called by the host for every request it decoded, before it answers.</summary>
        internal void OnRequest(int mti)
        {
            if (_markMti != 0 && mti == _markMti)
            {
                _markMti = 0;
                Marked = Store.DurableWrites;
            }

            if (_failWriteMti != 0 && mti == _failWriteMti)
            {
                _failWriteMti = 0;
                if (_powerCut)
                {
                    Store.CutPowerAtWrite(_failWriteAt);
                }
                else
                {
                    Store.FailWriteAt(_failWriteAt);
                }
            }

            if (_fillStoreMti != 0 && mti == _fillStoreMti)
            {
                _fillStoreMti = 0;
                long free = Store.FreeBytes;
                if (free > 0)
                {
                    Store.Write("filler", new byte[(int)free], 0, (int)free);
                }
            }
        }

        /// <summary>Applies (and forgets) the alterations queued for an answer to this MTI.</summary>
        internal void Apply(int mti, IsoMessage response)
        {
            for (int i = 0; i + 2 < _tampers.Count;)
            {
                if ((int)_tampers[i] != mti)
                {
                    i += 3;
                    continue;
                }

                int field = (int)_tampers[i + 1];
                string value = (string)_tampers[i + 2];
                if (field == 0)
                {
                    response.Mti = int.Parse(value);
                }
                else
                {
                    response.Set(field, value);
                }

                _tampers.RemoveAt(i);
                _tampers.RemoveAt(i);
                _tampers.RemoveAt(i);
            }
        }
    }
}
