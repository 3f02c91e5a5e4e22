using System;
using System.Collections.Generic;
using NanoPos.Hal.Simulated;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// The acquirer host simulator behind an <see cref="InMemoryLink"/>, in process and on simulated time: it frames
    /// and unframes with the same <see cref="FrameCodec"/> as the terminal, hands each request to the simulator's
    /// <see cref="RequestProcessor"/> (which decides it and records it in the <see cref="Ledger"/>), then applies the
    /// transport fault the <see cref="FaultInjector"/> picks, the way the TCP server does: the decision is made and
    /// recorded first, the fault acts on the answer only.
    /// </summary>
    /// <remarks>
    /// The host never loses power: one instance lives across all the terminal's reboots and keeps its ledger. Used by
    /// the power-cut campaign (tools/NanoPos.Torture) and by the simulated terminal of scripted runs and the emulator
    /// (tools/NanoPos.Emulation).
    /// Every link that connects gets its own receive buffer, so a connection a power cut abandoned cannot leak
    /// bytes into the next one. Not thread-safe (the terminal and the host run on one thread).
    /// </remarks>
    public sealed class SimulatedAcquirer : IHostEndpoint
    {
        private const int MaxFrameBytes = 4096;

        private readonly FrameCodec _frames = new FrameCodec(CupTerminalProfile.Instance);
        private readonly Dictionary<InMemoryLink, ReceiveBuffer> _connections = new Dictionary<InMemoryLink, ReceiveBuffer>();
        private readonly List<HostRequestRecord> _transcript = new List<HostRequestRecord>();
        private readonly byte[] _out = new byte[MaxFrameBytes];
        private readonly byte[] _in = new byte[MaxFrameBytes];
        private readonly Random _random;
        private long _allocatedBytes;

        /// <summary>Creates the host with an empty ledger, no faults and maintenance off.</summary>
        /// <param name="utcNow">The simulated wall time (the terminal's clock): ledger timestamps, RRNs, field 15.</param>
        /// <param name="seed">The seed of authorization codes, fault probabilities and corrupted byte positions.</param>
        public SimulatedAcquirer(Func<DateTime> utcNow, int seed)
        {
            ArgumentNullException.ThrowIfNull(utcNow);
            Ledger = new Ledger();
            Rules = new DecisionRules();
            Faults = new FaultInjector(seed);
            Security = new HostSecurity();
            Processor = new RequestProcessor(Ledger, Rules, new SimulatedTime(utcNow), seed, Security);
            _random = new Random(seed);
        }

        /// <summary>Gets the ledger: the source of truth the campaign checks.</summary>
        public Ledger Ledger { get; }

        /// <summary>Gets the decision rules (blocked cards, PINs).</summary>
        public DecisionRules Rules { get; }

        /// <summary>Gets the keys: the TMK, the working keys issued at sign-on (kept across the terminal's reboots), whether a MAC is required.</summary>
        public HostSecurity Security { get; }

        /// <summary>
        /// Gets or sets the terminal master key (16 bytes; default <see cref="HostSecurity.DemoMasterKeyHex"/>): the key the
        /// terminal must hold to read the working keys of a sign-on.
        /// </summary>
        public byte[] MasterKey
        {
            get => Security.MasterKey;
            set => Security.MasterKey = value;
        }

        /// <summary>Gets the check value of <see cref="MasterKey"/>: 4 bytes, what a TMK is installed on a terminal with.</summary>
        public byte[] MasterKeyCheckValue => Security.MasterKeyCheckValue;

        /// <summary>
        /// Gets or sets whether every request but a sign-on must carry a MAC (default true, as at a real acquirer; see
        /// <see cref="HostSecurity.RequireMac"/>). Set it to false only for a terminal that sends no MAC.
        /// </summary>
        public bool RequireMac
        {
            get => Security.RequireMac;
            set => Security.RequireMac = value;
        }

        /// <summary>Gets the fault injector: add rules, switch maintenance.</summary>
        public FaultInjector Faults { get; }

        /// <summary>Gets the processor that decides requests.</summary>
        public RequestProcessor Processor { get; }

        /// <summary>Gets every request the host decoded, in arrival order, with what it did about it.</summary>
        public IReadOnlyList<HostRequestRecord> Transcript => _transcript;

        /// <summary>Gets or sets the terminal's boot number recorded with each request (set by the campaign at each boot).</summary>
        public int Boot { get; set; }

        /// <summary>Gets the bytes this host allocated on the calling thread while handling requests (decoding, deciding, encoding).</summary>
        public long AllocatedBytes => _allocatedBytes;

        /// <summary>Gets the number of frames that did not decode (the connection was closed).</summary>
        public int MalformedFrames { get; private set; }

        /// <summary>Accepts a connection unless the maintenance mode refuses connections.</summary>
        /// <param name="link">The link.</param>
        /// <returns>True when accepted.</returns>
        public bool OnConnect(InMemoryLink link)
        {
            if (Faults.Maintenance == MaintenanceMode.RefuseConnections)
            {
                return false;
            }

            _connections[link] = new ReceiveBuffer();
            return true;
        }

        /// <summary>Forgets the connection and whatever partial frame it had sent.</summary>
        /// <param name="link">The link.</param>
        public void OnDisconnect(InMemoryLink link)
        {
            _connections.Remove(link);
        }

        /// <summary>Collects bytes; every complete frame is decided and answered (through the fault, if any).</summary>
        /// <param name="link">The link.</param>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The number of bytes.</param>
        public void OnReceive(InMemoryLink link, byte[] data, int offset, int count)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                if (!_connections.TryGetValue(link, out ReceiveBuffer connection))
                {
                    return;
                }

                connection.Append(data, offset, count);
                while (connection.Length >= _frames.HeaderLength)
                {
                    int body = _frames.ReadLength(connection.Buffer, 0);
                    int total = _frames.HeaderLength + body;
                    if (body < 1 || total > MaxFrameBytes)
                    {
                        MalformedFrames++;
                        Close(link);
                        return;
                    }

                    if (connection.Length < total)
                    {
                        return;
                    }

                    var request = new IsoMessage();
                    var tpdu = new byte[Tpdu.Length];
                    try
                    {
                        _frames.Unpack(connection.Buffer, 0, total, request, tpdu);
                    }
                    catch (IsoFormatException)
                    {
                        MalformedFrames++;
                        Close(link);
                        return;
                    }

                    // The MAC is checked over the bytes as received; the buffer moves on before the answer goes out.
                    Array.Copy(connection.Buffer, 0, _in, 0, total);
                    connection.Consume(total);
                    if (!Handle(link, request, tpdu, total))
                    {
                        Close(link);
                        return;
                    }
                }
            }
            finally
            {
                _allocatedBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        private void Close(InMemoryLink link)
        {
            _connections.Remove(link);
            link.CloseFromHost(0);
        }

        private bool Handle(InMemoryLink link, IsoMessage request, byte[] tpdu, int frameLength)
        {
            var record = new HostRequestRecord
            {
                Boot = Boot,
                Mti = request.Mti,
                Stan = request.GetString(11),
                Date = request.GetString(13),
                TerminalId = request.GetString(41),
                ProcessingCode = request.GetString(3),
                Amount = request.GetString(4),
            };
            _transcript.Add(record);

            MaintenanceMode mode = Faults.Maintenance;
            if (mode == MaintenanceMode.RefuseConnections)
            {
                record.Note = "maintenance: refused";
                return false;
            }

            FaultRule fault = null;
            ProcessingResult result;
            int mtiOffset = _frames.HeaderLength + Tpdu.Length;
            if (mode == MaintenanceMode.Answer91)
            {
                result = Processor.Unavailable(request, _in, mtiOffset, frameLength - mtiOffset);
                record.Note = result.Note ?? "maintenance window";
            }
            else
            {
                fault = Faults.Decide(request);
                result = fault != null && fault.Kind == FaultKind.Answer91
                    ? Processor.Unavailable(request, _in, mtiOffset, frameLength - mtiOffset)
                    : Processor.Process(request, _in, mtiOffset, frameLength - mtiOffset);
                record.Effect = result.Effect;
                record.Note = result.Note;
            }

            IsoMessage response = result.Response;
            record.Mac = result.Mac;

            record.Fault = fault?.Kind;
            if (response == null)
            {
                return false;
            }

            record.ResponseCode = response.GetString(39);
            response = AnswerFaults.Apply(fault, request, response);
            record.SentCode = response.GetString(39);

            int length = AnswerFrames.Pack(_frames, response, Tpdu.ResponseTo(tpdu), _out, 0, result.AnswerKey, fault);
            switch (fault?.Kind)
            {
                case FaultKind.NoResponse:
                    return true;
                case FaultKind.CloseBeforeResponse:
                    return false;
                case FaultKind.CloseAfterResponse:
                    link.Deliver(_out, 0, length, 0);
                    return false;
                case FaultKind.Delay:
                    link.Deliver(_out, 0, length, fault.DelayMs);
                    return true;
                case FaultKind.Duplicate:
                    link.Deliver(_out, 0, length, 0);
                    link.Deliver(_out, 0, length, 0);
                    return true;
                case FaultKind.Corrupt:
                    Corrupt(length, fault.Bytes);
                    link.Deliver(_out, 0, length, 0);
                    return true;
                case FaultKind.Truncate:
                    link.Deliver(_out, 0, Math.Clamp(fault.Keep ?? length / 2, 0, length - 1), 0);
                    return false;
                default:
                    link.Deliver(_out, 0, length, 0);
                    return true;
            }
        }

        // As the TCP server does: the first MTI byte always (so the answer cannot decode), the rest at seeded places.
        private void Corrupt(int length, int count)
        {
            int header = _frames.HeaderLength;
            int first = Math.Min(header + Tpdu.Length, length - 1);
            int available = length - header;
            int flips = Math.Clamp(count, 1, Math.Max(available, 1));
            var flipped = new bool[length];
            _out[first] ^= 0xFF;
            flipped[first] = true;
            for (int done = 1; done < flips;)
            {
                int at = header + _random.Next(available);
                if (!flipped[at])
                {
                    _out[at] ^= 0xFF;
                    flipped[at] = true;
                    done++;
                }
            }
        }
    }
}
