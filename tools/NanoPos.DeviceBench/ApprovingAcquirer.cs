using System;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
using NanoPos.Security;
using NanoPos.Transactions;

namespace NanoPos.DeviceBench
{
    /// <summary>
    /// The far end of the sale benchmark's simulated link: an acquirer that approves every request at once. It
    /// reassembles the request frame (the engine sends the first byte alone), unpacks it, answers with the response MTI,
    /// the request's echoed fields and response code 00 (plus RRN and authorization code for a financial request), and
    /// delivers the answer with no delay. It runs on the terminal's thread, inside the sale, so its work is part of the
    /// sale measurement; <see cref="AcquirerWorkload"/> measures that share on its own.
    /// </summary>
    /// <remarks>
    /// <para>It is a CUP acquirer towards the terminal's keys (<see cref="BenchKeys"/>): a sign-on (0800, network code
    /// 003) is answered with field 62 made by <see cref="WorkingKeys.Encode"/> under the TMK; every other request must
    /// carry a MAC (field 64) that verifies under the MAK, or it is answered A0 without a MAC (and counted in
    /// <see cref="MacFailures"/>); a PIN block (field 52) is decrypted with the PIK and must be the expected format-0
    /// block, or the answer is 55; every answer to a MACed request carries the acquirer's MAC over the packed frame from
    /// the MTI to 8 bytes before its end.</para>
    /// <para>Unlike the test suite's scripted host it keeps no request history (the heap would grow with every sale) and
    /// reuses its messages and buffers.</para>
    /// </remarks>
    public sealed class ApprovingAcquirer : IHostEndpoint
    {
        /// <summary>The authorization code (field 38) of every approval.</summary>
        public const string AuthCode = "AUTH01";

        /// <summary>The retrieval reference number (field 37) of every approval.</summary>
        public const string Rrn = "000000000001";

        // The request fields an acquirer echoes in its answer (the test suite's ScriptedHost echoes the same).
        private readonly int[] _echoedFields = new int[] { 3, 4, 11, 12, 13, 22, 25, 41, 42, 49, 60, 61 };
        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly byte[] _in = new byte[HostExchange.MaxFrameLength];
        private readonly byte[] _out = new byte[HostExchange.MaxFrameLength];
        private readonly byte[] _tpdu = new byte[Tpdu.Length];
        private readonly IsoMessage _request = new IsoMessage();
        private readonly IsoMessage _response = new IsoMessage();
        private readonly byte[] _macPlaceholder = new byte[CupMac.Length];
        private readonly byte[] _pinBlock = new byte[PinCipher.BlockLength];
        private readonly byte[] _expectedPinBlock = Hex.Parse(BenchKeys.ClearPinBlockHex);
        private readonly WorkingKeys _keys;
        private readonly byte[] _field62;
        private int _inLength;
        private bool _capture;

        /// <summary>Creates the acquirer with the example's working keys, and field 62 for them under the example's TMK.</summary>
        /// <exception cref="InvalidOperationException">Field 62 differs from the published example's.</exception>
        public ApprovingAcquirer()
        {
            byte[] pik = Hex.Parse(BenchKeys.PinKeyHex);
            byte[] mak = Hex.Parse(BenchKeys.MacKeyHex);
            byte[] tmkBytes = Hex.Parse(BenchKeys.MasterKeyHex);
            _keys = WorkingKeys.FromClear(pik, 0, pik.Length, mak, 0, mak.Length, null, 0, 0);
            TripleDes tmk = new TripleDes(tmkBytes, 0, tmkBytes.Length);
            _field62 = new byte[_keys.EncodedLength];
            _keys.Encode(tmk, _field62, 0);
            tmk.Clear();
            if (Hex.ToHex(_field62) != BenchKeys.Field62Hex)
            {
                throw new InvalidOperationException("Field 62 for the example's keys is " + Hex.ToHex(_field62) + ", not the published " + BenchKeys.Field62Hex + ".");
            }
        }

        /// <summary>Gets the number of requests whose MAC was missing or did not verify (answered A0); 0 in a good run.</summary>
        public int MacFailures { get; private set; }

        /// <summary>Gets the number of requests answered so far.</summary>
        public int Answered { get; private set; }

        /// <summary>Gets a copy of the request frame captured after <see cref="CaptureNextRequest"/>, or null.</summary>
        public byte[] CapturedRequest { get; private set; }

        /// <summary>Makes the next request frame be copied into <see cref="CapturedRequest"/> (once; for replaying it).</summary>
        public void CaptureNextRequest()
        {
            _capture = true;
        }

        /// <summary>Accepts every connection and starts a new frame.</summary>
        /// <param name="link">The link.</param>
        /// <returns>Always true.</returns>
        public bool OnConnect(InMemoryLink link)
        {
            _inLength = 0;
            return true;
        }

        /// <summary>Drops a partly received frame.</summary>
        /// <param name="link">The link.</param>
        public void OnDisconnect(InMemoryLink link)
        {
            _inLength = 0;
        }

        /// <summary>Collects request bytes; once a whole frame is there, answers it.</summary>
        /// <param name="link">The link to answer on.</param>
        /// <param name="data">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The number of bytes.</param>
        /// <exception cref="InvalidOperationException">The frame is longer than the terminal's largest frame.</exception>
        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            if (count > _in.Length - _inLength)
            {
                throw new InvalidOperationException("A request frame is longer than " + _in.Length.ToString() + " bytes.");
            }

            Array.Copy(data, offset, _in, _inLength, count);
            _inLength += count;
            int header = _frames.HeaderLength;
            if (_inLength < header || _inLength < header + _frames.ReadLength(_in, 0))
            {
                return;
            }

            int length = _inLength;
            _inLength = 0;
            Answer(link, length);
        }

        private void Answer(InMemoryLink link, int length)
        {
            _frames.Unpack(_in, 0, length, _request, _tpdu);
            if (_capture)
            {
                _capture = false;
                byte[] copy = new byte[length];
                Array.Copy(_in, 0, copy, 0, length);
                CapturedRequest = copy;
            }

            _response.Clear();
            _response.Mti = Mti.ResponseOf(_request.Mti);
            for (int i = 0; i < _echoedFields.Length; i++)
            {
                string value = _request.GetString(_echoedFields[i]);
                if (value != null)
                {
                    _response.Set(_echoedFields[i], value);
                }
            }

            int mtiOffset = _frames.HeaderLength + Tpdu.Length;
            bool signOn = IsSignOn();
            if (!signOn && !(_request.Has(64) && CupMac.Verify(_in, mtiOffset, length - CupMac.Length - mtiOffset, _keys.MacKey, _in, length - CupMac.Length)))
            {
                // No key both sides trust: "MAC error", and no MAC on the answer.
                MacFailures++;
                _response.Set(39, "A0");
                Deliver(link, mtiOffset, false);
                return;
            }

            _response.Set(39, PinBlockMatches() ? "00" : "55");
            if (_request.Mti == Mti.FinancialRequest || _request.Mti == Mti.AdviceRequest)
            {
                _response.Set(37, Rrn);
                _response.Set(38, AuthCode);
            }

            if (signOn)
            {
                _response.Set(62, _field62);
            }

            Deliver(link, mtiOffset, !signOn);
        }

        // Packs the answer (with the acquirer's MAC over it when asked) and delivers it at once.
        private void Deliver(InMemoryLink link, int mtiOffset, bool mac)
        {
            if (mac)
            {
                _response.Set(64, _macPlaceholder);
            }

            Tpdu.WriteResponse(_tpdu, 0, _tpdu, 0);
            int answer = _frames.Pack(_response, _tpdu, _out, 0);
            if (mac)
            {
                CupMac.Compute(_out, mtiOffset, answer - CupMac.Length - mtiOffset, _keys.MacKey, _out, answer - CupMac.Length);
            }

            link.Deliver(_out, 0, answer, 0);
            Answered++;
        }

        // A sign-on: 0800 with network management code 003 in field 60.
        private bool IsSignOn()
        {
            if (_request.Mti != Mti.NetworkRequest)
            {
                return false;
            }

            string field60 = _request.GetString(60);
            return field60 != null && field60.Length >= 11 && field60[8] == '0' && field60[9] == '0' && field60[10] == '3';
        }

        // A request without a PIN block passes; one with a block must decrypt under the PIK to the expected clear block.
        private bool PinBlockMatches()
        {
            byte[] field52 = _request.GetBytes(52);
            if (field52 == null)
            {
                return true;
            }

            PinCipher.DecryptFormat0(field52, 0, _keys.PinKey, _pinBlock, 0);
            int differences = 0;
            for (int i = 0; i < _pinBlock.Length; i++)
            {
                differences |= _pinBlock[i] ^ _expectedPinBlock[i];
            }

            return differences == 0;
        }
    }
}
