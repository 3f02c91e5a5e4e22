using System;
using System.Collections.Generic;
using System.Diagnostics;
using NanoPos.Iso8583;

namespace NanoPos.Cli
{
    /// <summary>
    /// The mutation run behind <c>nanopos mutate</c>: damages valid frames at random (bit flips, byte changes,
    /// truncation, insertion, deletion, length-header and bitmap edits), unpacks each through
    /// <see cref="FrameCodec"/>, and sorts the outcomes: still valid, an <see cref="IsoFormatException"/> by
    /// reason, or a crash (any other exception, or a frame that unpacks but cannot be packed back to the same
    /// message). Seeded, so a run can be repeated exactly.
    /// </summary>
    public sealed class FrameMutator
    {
        private static readonly byte[] Interesting = { 0x00, 0xFF, 0x09, 0x0A, 0x99, 0x9A, 0xD0, 0x80, 0x7F, (byte)'0', (byte)'9', (byte)'A', (byte)'=' };

        private readonly Random _random;
        private readonly List<Seed> _seeds = new List<Seed>();

        /// <summary>Creates a mutator over the sample frames of both profiles.</summary>
        /// <param name="seed">The random seed.</param>
        public FrameMutator(int seed)
        {
            _random = new Random(seed);
            IReadOnlyList<IsoMessage> messages = SampleFrames.Messages();
            foreach (MessageProfile profile in new[] { CupTerminalProfile.Instance, Ascii1987Profile.Instance })
            {
                var codec = new FrameCodec(profile);
                IReadOnlyList<byte[]> frames = SampleFrames.Frames(profile);
                for (int i = 0; i < frames.Count; i++)
                {
                    _seeds.Add(new Seed(profile, codec, frames[i], Mti.Format(messages[i].Mti), i + 1));
                }
            }
        }

        /// <summary>How many frames pass between two progress reports of <see cref="Run"/>.</summary>
        public const int ProgressStep = 1000;

        /// <summary>Gets the number of valid frames the mutations start from.</summary>
        public int SeedCount => _seeds.Count;

        /// <summary>Mutates and unpacks <paramref name="frames"/> frames.</summary>
        /// <param name="frames">How many mutated frames to try.</param>
        /// <param name="progress">Told the frames done so far, every <see cref="ProgressStep"/> frames (null: nobody).</param>
        /// <returns>The counts, the crashes (at most 20 kept in full) and the time taken.</returns>
        public MutationReport Run(int frames, Action<MutationReport> progress = null)
        {
            var report = new MutationReport();
            foreach (Seed seed in _seeds)
            {
                report.AddSeed(seed.Tally = new MutationSeedTally(seed.Profile.Name, seed.Mti, seed.Index));
            }

            var clock = Stopwatch.StartNew();
            var into = new IsoMessage();
            var again = new IsoMessage();
            var tpdu = new byte[Tpdu.Length];
            var repacked = new byte[8192];
            for (int i = 0; i < frames; i++)
            {
                if (progress != null && i > 0 && i % ProgressStep == 0)
                {
                    progress(report);
                }

                Seed seed = _seeds[_random.Next(_seeds.Count)];
                byte[] mutated = Mutate(seed);
                try
                {
                    seed.Codec.Unpack(mutated, 0, mutated.Length, into, tpdu);
                }
                catch (IsoFormatException e)
                {
                    report.CountError(seed.Tally, e.Reason);
                    continue;
                }
                catch (Exception e)
                {
                    report.AddCrash(seed.Tally, mutated, "unpack threw " + e);
                    continue;
                }

                // Whatever unpack accepts, pack must accept, and the bytes must read back as the same message.
                try
                {
                    int length = seed.Codec.Pack(into, seed.Profile.TpduLength == 0 ? null : tpdu, repacked, 0);
                    seed.Codec.Unpack(repacked, 0, length, again, null);
                    string difference = Difference(into, again);
                    if (difference != null)
                    {
                        report.AddCrash(seed.Tally, mutated, "repacked message differs: " + difference);
                        continue;
                    }
                }
                catch (Exception e)
                {
                    report.AddCrash(seed.Tally, mutated, "repack of an accepted frame threw " + e);
                    continue;
                }

                report.CountValid(seed.Tally);
            }

            report.Elapsed = clock.Elapsed;
            return report;
        }

        private byte[] Mutate(Seed seed)
        {
            var bytes = new List<byte>(seed.Frame);
            int header = seed.Codec.HeaderLength;
            bool headerEdited = false;
            int count = 1 + _random.Next(3);
            for (int m = 0; m < count; m++)
            {
                switch (_random.Next(8))
                {
                    case 0: // flip one bit
                        if (bytes.Count > 0)
                        {
                            int at = _random.Next(bytes.Count);
                            bytes[at] ^= (byte)(1 << _random.Next(8));
                        }

                        break;
                    case 1: // change one byte, to a random or a boundary value
                        if (bytes.Count > 0)
                        {
                            bytes[_random.Next(bytes.Count)] = _random.Next(2) == 0 ? (byte)_random.Next(256) : Interesting[_random.Next(Interesting.Length)];
                        }

                        break;
                    case 2: // truncate
                        int keep = _random.Next(bytes.Count + 1);
                        bytes.RemoveRange(keep, bytes.Count - keep);
                        break;
                    case 3: // insert 1-8 bytes
                        int insertAt = _random.Next(bytes.Count + 1);
                        int inserted = 1 + _random.Next(8);
                        for (int k = 0; k < inserted; k++)
                        {
                            bytes.Insert(insertAt, (byte)_random.Next(256));
                        }

                        break;
                    case 4: // delete 1-8 bytes
                        if (bytes.Count > 0)
                        {
                            int deleteAt = _random.Next(bytes.Count);
                            bytes.RemoveRange(deleteAt, Math.Min(1 + _random.Next(8), bytes.Count - deleteAt));
                        }

                        break;
                    case 5: // edit the length header
                        headerEdited = true;
                        EditHeader(bytes, header);
                        break;
                    case 6: // flip a bit of the (primary or secondary) bitmap
                        int bitmapStart = header + seed.Profile.TpduLength + (seed.Profile.MtiEncoding == FieldEncoding.Bcd ? 2 : 4);
                        int bitmapBytes = seed.Profile.BitmapEncoding == BitmapEncoding.Binary ? 16 : 32;
                        int bitAt = bitmapStart + _random.Next(bitmapBytes);
                        if (bitAt < bytes.Count)
                        {
                            bytes[bitAt] ^= (byte)(1 << _random.Next(seed.Profile.BitmapEncoding == BitmapEncoding.Binary ? 8 : 3));
                        }

                        break;
                    default: // duplicate a run of bytes in place (a repeated field or prefix)
                        if (bytes.Count > 1)
                        {
                            int from = _random.Next(bytes.Count);
                            int run = Math.Min(1 + _random.Next(12), bytes.Count - from);
                            bytes.InsertRange(from, bytes.GetRange(from, run));
                        }

                        break;
                }
            }

            // Most damage would stop at the length header; usually make it agree so the message parser is exercised.
            if (!headerEdited && _random.Next(10) < 7)
            {
                WriteHeader(bytes, header, bytes.Count - header);
            }

            return bytes.ToArray();
        }

        private void EditHeader(List<byte> bytes, int header)
        {
            if (bytes.Count < header)
            {
                return;
            }

            int actual = bytes.Count - header;
            switch (_random.Next(4))
            {
                case 0:
                    WriteHeader(bytes, header, actual + 1);
                    break;
                case 1:
                    WriteHeader(bytes, header, Math.Max(0, actual - 1));
                    break;
                case 2:
                    WriteHeader(bytes, header, _random.Next(header == 2 ? 65536 : 10000));
                    break;
                default:
                    bytes[_random.Next(header)] = (byte)_random.Next(256);
                    break;
            }
        }

        private static void WriteHeader(List<byte> bytes, int header, int value)
        {
            if (bytes.Count < header)
            {
                return;
            }

            if (header == 2)
            {
                value = Math.Min(value, 65535);
                bytes[0] = (byte)(value >> 8);
                bytes[1] = (byte)value;
                return;
            }

            value = Math.Min(value, 9999);
            bytes[0] = (byte)('0' + (value / 1000));
            bytes[1] = (byte)('0' + ((value / 100) % 10));
            bytes[2] = (byte)('0' + ((value / 10) % 10));
            bytes[3] = (byte)('0' + (value % 10));
        }

        private static string Difference(IsoMessage a, IsoMessage b)
        {
            if (a.Mti != b.Mti)
            {
                return "MTI " + a.Mti + " became " + b.Mti;
            }

            for (int f = 2; f <= 128; f++)
            {
                byte[] x = a.GetBytes(f);
                byte[] y = b.GetBytes(f);
                bool same = a.GetString(f) == b.GetString(f)
                    && (x == null) == (y == null)
                    && (x == null || x.AsSpan().SequenceEqual(y));
                if (!same)
                {
                    return "field " + f;
                }
            }

            return null;
        }

        private sealed class Seed
        {
            public Seed(MessageProfile profile, FrameCodec codec, byte[] frame, string mti, int index)
            {
                Profile = profile;
                Codec = codec;
                Frame = frame;
                Mti = mti;
                Index = index;
            }

            public string Mti { get; }

            public int Index { get; }

            public MutationSeedTally Tally { get; set; }

            public MessageProfile Profile { get; }

            public FrameCodec Codec { get; }

            public byte[] Frame { get; }
        }
    }
}
