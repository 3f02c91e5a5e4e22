using System;
using System.Collections;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A small scripted acquirer for engine tests (device-compatible): it decodes each request frame, records
    /// it, and answers by the script — approve, decline with a code, stay silent, answer late, answer twice,
    /// or send garbage. Reversals and administrative messages are approved unless scripted otherwise.
    /// </summary>
    internal sealed class ScriptedHost : IHostEndpoint
    {
        internal const int Approve = 0;
        internal const int Silent = 1;
        internal const int Late = 2;
        internal const int Twice = 3;
        internal const int Garbage = 4;

        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _out = new byte[1024];
        private readonly byte[] _in = new byte[1024];
        private int _inLength;

        internal ScriptedHost()
        {
            Requests = new ArrayList();
            FinancialBehaviour = Approve;
            FinancialCode = "00";
            ReversalsAnswered = true;
            LateMs = 60000;
        }

        /// <summary>Gets every request decoded so far (IsoMessage), in arrival order.</summary>
        internal ArrayList Requests { get; private set; }

        /// <summary>Gets or sets how 0200/0220 are answered.</summary>
        internal int FinancialBehaviour { get; set; }

        /// <summary>Gets or sets the response code of answered 0200/0220.</summary>
        internal string FinancialCode { get; set; }

        /// <summary>Gets or sets whether reversals are acknowledged.</summary>
        internal bool ReversalsAnswered { get; set; }

        /// <summary>Gets or sets the delay of a late answer, in ms.</summary>
        internal long LateMs { get; set; }

        /// <summary>Gets or sets the answer 0500 gets.</summary>
        internal string SettlementCode { get; set; } = "00";

        internal int Count(int mti)
        {
            int n = 0;
            foreach (IsoMessage m in Requests)
            {
                n += m.Mti == mti ? 1 : 0;
            }

            return n;
        }

        public bool OnConnect(InMemoryLink link)
        {
            _inLength = 0;
            return true;
        }

        public void OnDisconnect(InMemoryLink link)
        {
            _inLength = 0;
        }

        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            Array.Copy(data, offset, _in, _inLength, count);
            _inLength += count;
            if (_inLength < 2 || _inLength < 2 + _frames.ReadLength(_in, 0))
            {
                return;
            }

            var request = new IsoMessage();
            var tpdu = new byte[5];
            _frames.Unpack(_in, 0, _inLength, request, tpdu);
            _inLength = 0;
            Requests.Add(request);
            Answer(link, request, tpdu);
        }

        private void Answer(InMemoryLink link, IsoMessage request, byte[] tpdu)
        {
            var response = new IsoMessage();
            response.Mti = Mti.ResponseOf(request.Mti);
            int[] echo = new int[] { 2, 3, 4, 11, 12, 13, 41, 42, 49, 60, 61 };
            foreach (int field in echo)
            {
                if (request.Has(field) && field != 2)
                {
                    response.Set(field, request.GetString(field));
                }
            }

            bool financial = request.Mti == Mti.FinancialRequest || request.Mti == Mti.AdviceRequest;
            bool reversal = request.Mti == Mti.ReversalRequest || request.Mti == Mti.ReversalRepeat;
            string code = financial ? FinancialCode : request.Mti == Mti.SettlementRequest ? SettlementCode : "00";
            response.Set(39, code);
            if (financial)
            {
                response.Set(37, "000000000001");
                if (code == "00")
                {
                    response.Set(38, "AUTH01");
                }
            }

            if (reversal && !ReversalsAnswered)
            {
                return;
            }

            int behaviour = financial ? FinancialBehaviour : Approve;
            if (behaviour == Silent)
            {
                return;
            }

            int length = _frames.Pack(response, Tpdu.ResponseTo(tpdu), _out, 0);
            if (behaviour == Garbage)
            {
                _out[length - 1] ^= 0xFF;
                _out[9] = 0xEE; // a non-BCD nibble in the MTI
            }

            link.Deliver(_out, 0, length, behaviour == Late ? LateMs : 0);
            if (behaviour == Twice)
            {
                link.Deliver(_out, 0, length, 0);
            }
        }
    }
}
