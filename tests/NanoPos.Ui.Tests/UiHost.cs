using System;
using System.Collections;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Transactions;

namespace NanoPos.Ui.Tests
{
    /// <summary>
    /// A small acquirer for the UI tests (device-compatible): approves, declines amounts ending in 51 with 51, stays
    /// silent on financial requests when asked (a timeout), acknowledges reversals unless asked not to, and answers
    /// sign-on, echo and settlement with 00. Keeps the requests it decoded.
    /// </summary>
    internal sealed class UiHost : IHostEndpoint
    {
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _out = new byte[1024];
        private readonly byte[] _in = new byte[1024];
        private int _inLength;

        internal UiHost()
        {
            Requests = new ArrayList();
        }

        internal ArrayList Requests { get; private set; }

        internal bool SilentOnFinancial { get; set; }

        internal bool SilentOnReversal { get; set; }

        internal int Count(int mti)
        {
            int n = 0;
            foreach (IsoMessage m in Requests)
            {
                n += m.Mti == mti ? 1 : 0;
            }

            return n;
        }

        internal IsoMessage Last(int mti)
        {
            IsoMessage last = null;
            foreach (IsoMessage m in Requests)
            {
                last = m.Mti == mti ? m : last;
            }

            return last;
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

            IsoMessage request = new IsoMessage();
            byte[] tpdu = new byte[5];
            _frames.Unpack(_in, 0, _inLength, request, tpdu);
            _inLength = 0;
            Requests.Add(request);
            bool financial = request.Mti == Mti.FinancialRequest || request.Mti == Mti.AdviceRequest;
            bool reversal = request.Mti == Mti.ReversalRequest || request.Mti == Mti.ReversalRepeat;
            if ((financial && SilentOnFinancial) || (reversal && SilentOnReversal))
            {
                return;
            }

            string amount = request.GetString(4);
            string code = financial && amount != null && amount.EndsWith("51") ? "51" : "00";
            IsoMessage response = new IsoMessage();
            response.Mti = Mti.ResponseOf(request.Mti);
            int[] echo = new int[] { 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 };
            foreach (int field in echo)
            {
                if (request.Has(field))
                {
                    response.Set(field, request.GetString(field));
                }
            }

            response.Set(39, code);
            if (financial)
            {
                response.Set(37, "000000000042");
                if (code == "00")
                {
                    response.Set(38, "A1B2C3");
                    if (request.GetString(3) == RequestBuilder.BalanceCode)
                    {
                        response.Set(54, "1002156C000010000000");
                    }
                }
            }

            int length = _frames.Pack(response, Tpdu.ResponseTo(tpdu), _out, 0);
            link.Deliver(_out, 0, length, 0);
        }
    }
}
