using System;
using System.Collections;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.Transactions.Tests
{
    /// <summary>
    /// A small scripted acquirer for engine tests (device-compatible): it decodes each request frame, records
    /// it, and answers by the script — approve, decline with a code, stay silent, answer late, answer twice,
    /// send garbage, answer without a response code or for another STAN, or hang up. Financial requests (0200/0220) take
    /// the next step queued with <see cref="Then"/>, else <see cref="FinancialBehaviour"/> and
    /// <see cref="FinancialCode"/>. Reversals, sign-on, echo, settlement and upload are answered by their own
    /// settings; any MTI can be silenced with <see cref="SilentMti"/>; <see cref="Faults"/> alters answers and fails the
    /// terminal's store when a request arrives.
    /// </summary>
    internal sealed class ScriptedHost : IHostEndpoint
    {
        internal const int Approve = 0;
        internal const int Silent = 1;
        internal const int Late = 2;
        internal const int Twice = 3;
        internal const int Garbage = 4;
        internal const int NoResponseCode = 5;
        internal const int OtherStan = 6;
        internal const int HangUp = 7;

        /// <summary>Field 54 of an approved balance inquiry (the host simulator's fake balance).</summary>
        internal const string BalanceText = "1002156C000010000000";

        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _out = new byte[1024];
        private readonly byte[] _in = new byte[1024];
        private readonly ArrayList _steps = new ArrayList(); // int[] { behaviour } and code, in pairs
        private int _inLength;

        internal ScriptedHost()
        {
            Requests = new ArrayList();
            Faults = new ScriptedFaults();
            FinancialBehaviour = Approve;
            FinancialCode = "00";
            ReversalsAnswered = true;
            ReversalCode = "00";
            LateMs = 60000;
            SignOnBatch = -1;
            SettlementCode = "00";
            UploadCode = "00";
        }

        /// <summary>Gets every request decoded so far (IsoMessage), in arrival order.</summary>
        internal ArrayList Requests { get; private set; }

        /// <summary>Gets or sets how 0200/0220 are answered when no step is queued.</summary>
        internal int FinancialBehaviour { get; set; }

        /// <summary>Gets or sets the response code of answered 0200/0220 when no step is queued.</summary>
        internal string FinancialCode { get; set; }

        /// <summary>Gets or sets whether reversals are acknowledged at all.</summary>
        internal bool ReversalsAnswered { get; set; }

        /// <summary>Gets or sets the response code of a 0410.</summary>
        internal string ReversalCode { get; set; }

        /// <summary>Gets or sets the delay of a late answer, in ms.</summary>
        internal long LateMs { get; set; }

        /// <summary>Gets or sets the batch a sign-on answer assigns (field 60.2); -1 echoes the terminal's.</summary>
        internal int SignOnBatch { get; set; }

        /// <summary>Gets or sets the answer 0500 gets.</summary>
        internal string SettlementCode { get; set; }

        /// <summary>Gets or sets the answer 0320 gets.</summary>
        internal string UploadCode { get; set; }

        /// <summary>Gets or sets an MTI whose requests get no answer (0: none).</summary>
        internal int SilentMti { get; set; }

        /// <summary>Gets the alterations of answers and the store faults tied to requests (see <see cref="ScriptedFaults"/>).</summary>
        internal ScriptedFaults Faults { get; private set; }

        /// <summary>Queues how the next financial request (0200/0220) is answered.</summary>
        internal void Then(int behaviour, string code)
        {
            _steps.Add(behaviour);
            _steps.Add(code);
        }

        internal int Count(int mti)
        {
            int n = 0;
            foreach (IsoMessage m in Requests)
            {
                n += m.Mti == mti ? 1 : 0;
            }

            return n;
        }

        /// <summary>Gets the n-th request (from 0) with an MTI, or null.</summary>
        internal IsoMessage Nth(int mti, int n)
        {
            foreach (IsoMessage m in Requests)
            {
                if (m.Mti == mti && n-- == 0)
                {
                    return m;
                }
            }

            return null;
        }

        /// <summary>Gets the last request with an MTI, or null.</summary>
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

            var request = new IsoMessage();
            var tpdu = new byte[5];
            _frames.Unpack(_in, 0, _inLength, request, tpdu);
            _inLength = 0;
            Requests.Add(request);
            Faults.OnRequest(request.Mti);
            Answer(link, request, tpdu);
        }

        private void Answer(InMemoryLink link, IsoMessage request, byte[] tpdu)
        {
            bool financial = request.Mti == Mti.FinancialRequest || request.Mti == Mti.AdviceRequest;
            bool reversal = request.Mti == Mti.ReversalRequest || request.Mti == Mti.ReversalRepeat;
            int behaviour = Approve;
            string code = "00";
            if (financial)
            {
                behaviour = FinancialBehaviour;
                code = FinancialCode;
                if (_steps.Count > 0)
                {
                    behaviour = (int)_steps[0];
                    code = (string)_steps[1];
                    _steps.RemoveAt(0);
                    _steps.RemoveAt(0);
                }
            }
            else if (reversal)
            {
                behaviour = ReversalsAnswered ? Approve : Silent;
                code = ReversalCode;
            }
            else if (request.Mti == Mti.SettlementRequest)
            {
                code = SettlementCode;
            }
            else if (request.Mti == Mti.BatchUploadRequest)
            {
                code = UploadCode;
            }

            if (behaviour == Silent || request.Mti == SilentMti)
            {
                return;
            }

            if (behaviour == HangUp)
            {
                link.CloseFromHost(0);
                return;
            }

            IsoMessage response = Response(request, financial, behaviour == NoResponseCode ? null : code);
            if (behaviour == OtherStan)
            {
                response.Set(11, RequestBuilder.Digits(int.Parse(request.GetString(11)) + 500, 6));
            }

            Faults.Apply(request.Mti, response);

            int length = _frames.Pack(response, Tpdu.ResponseTo(tpdu), _out, 0);
            if (behaviour == Garbage)
            {
                _out[7] = 0xEE; // a non-BCD nibble in the MTI: the frame cannot decode
            }

            link.Deliver(_out, 0, length, behaviour == Late ? LateMs : 0);
            if (behaviour == Twice)
            {
                link.Deliver(_out, 0, length, 0);
            }
        }

        private IsoMessage Response(IsoMessage request, bool financial, string code)
        {
            var response = new IsoMessage();
            response.Mti = Mti.ResponseOf(request.Mti);
            int[] echo = new int[] { 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 };
            foreach (int field in echo)
            {
                if (request.Has(field))
                {
                    response.Set(field, request.GetString(field));
                }
            }

            if (code != null)
            {
                response.Set(39, code);
            }

            if (request.Mti == Mti.NetworkRequest && SignOnBatch >= 0 && request.GetString(60).Substring(8, 3) == "003")
            {
                response.Set(60, "00" + RequestBuilder.Digits(SignOnBatch, 6) + "003");
            }

            if (financial)
            {
                response.Set(37, "000000000001");
                if (code == "00")
                {
                    response.Set(38, "AUTH01");
                    if (request.GetString(3) == RequestBuilder.BalanceCode)
                    {
                        response.Set(54, BalanceText);
                    }
                }
            }

            return response;
        }
    }
}
