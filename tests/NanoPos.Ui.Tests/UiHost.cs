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
    /// <remarks>
    /// Towards the terminal's keys it is a CUP acquirer (<see cref="Keys"/>): a sign-on (0800, network code 003) gets the
    /// working keys in field 62 under the TMK; any other request whose MAC (field 64) does not verify under the host's
    /// MAK is answered 39=A0 without a MAC and changes nothing; every other answer carries the host's MAC over the packed
    /// frame from the MTI to 8 bytes before its end. <see cref="MacChecks"/> keeps the verdict on each request's MAC.
    /// </remarks>
    internal sealed class UiHost : IHostEndpoint
    {
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _out = new byte[1024];
        private readonly byte[] _in = new byte[1024];
        private int _inLength;

        /// <summary>The request carried no MAC (field 64).</summary>
        internal const int MacAbsent = 0;

        /// <summary>The request's MAC verified under the host's MAK.</summary>
        internal const int MacValid = 1;

        /// <summary>The request's MAC did not verify.</summary>
        internal const int MacInvalid = 2;

        internal UiHost()
        {
            Requests = new ArrayList();
            MacChecks = new ArrayList();
            Keys = new HostKeys();
        }

        internal ArrayList Requests { get; private set; }

        /// <summary>Gets the verdict on each request's MAC (<see cref="MacAbsent"/>, <see cref="MacValid"/>, <see cref="MacInvalid"/>), by index in <see cref="Requests"/>.</summary>
        internal ArrayList MacChecks { get; private set; }

        /// <summary>Gets the host's keys: the TMK, the working keys it sends at sign-on and checks MACs with.</summary>
        internal HostKeys Keys { get; private set; }

        internal bool SilentOnFinancial { get; set; }

        internal bool SilentOnReversal { get; set; }

        /// <summary>Gets or sets whether echo tests (0800 other than a sign-on) go unanswered.</summary>
        internal bool SilentOnEcho { get; set; }

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
            int mac = !request.Has(64) ? MacAbsent : Keys.Verify(_in, MtiOffset, _inLength) ? MacValid : MacInvalid;
            _inLength = 0;
            Requests.Add(request);
            MacChecks.Add(mac);
            bool signOn = IsSignOn(request);
            bool refused = !signOn && mac != MacValid;
            bool financial = request.Mti == Mti.FinancialRequest || request.Mti == Mti.AdviceRequest;
            bool reversal = request.Mti == Mti.ReversalRequest || request.Mti == Mti.ReversalRepeat;
            bool echoTest = request.Mti == Mti.NetworkRequest && !signOn;
            if (!refused && ((financial && SilentOnFinancial) || (reversal && SilentOnReversal) || (echoTest && SilentOnEcho)))
            {
                return;
            }

            string amount = request.GetString(4);
            string code = refused ? "A0" : financial && amount != null && amount.EndsWith("51") ? "51" : "00";
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
            if (signOn)
            {
                response.Set(62, Keys.Field62());
            }

            if (financial && !refused)
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

            // The answer to a MACed request carries the host's MAC; a sign-on's and an A0's carry none.
            bool macced = !signOn && !refused;
            if (macced)
            {
                response.Set(64, new byte[8]);
            }

            int length = _frames.Pack(response, Tpdu.ResponseTo(tpdu), _out, 0);
            if (macced)
            {
                HostKeys.Sign(_out, MtiOffset, length, Keys.MacKey);
            }

            link.Deliver(_out, 0, length, 0);
        }

        /// <summary>Gets whether a request is a sign-on: 0800 with network management code 003 in field 60.</summary>
        internal static bool IsSignOn(IsoMessage request)
        {
            string field60 = request.GetString(60);
            return request.Mti == Mti.NetworkRequest && field60 != null && field60.Length >= 11 && field60.Substring(8, 3) == "003";
        }

        private int MtiOffset
        {
            get { return _frames.HeaderLength + Tpdu.Length; }
        }
    }
}
