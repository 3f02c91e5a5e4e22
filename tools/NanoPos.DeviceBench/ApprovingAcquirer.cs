using System;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;
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
    /// Unlike the test suite's scripted host it keeps no request history (the heap would grow with every sale) and
    /// reuses its messages and buffers.
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
        private int _inLength;
        private bool _capture;

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

            _response.Set(39, "00");
            if (_request.Mti == Mti.FinancialRequest || _request.Mti == Mti.AdviceRequest)
            {
                _response.Set(37, Rrn);
                _response.Set(38, AuthCode);
            }

            Tpdu.WriteResponse(_tpdu, 0, _tpdu, 0);
            int answer = _frames.Pack(_response, _tpdu, _out, 0);
            link.Deliver(_out, 0, answer, 0);
            Answered++;
        }
    }
}
