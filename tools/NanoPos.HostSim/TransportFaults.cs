using System;
using System.Threading.Tasks;

namespace NanoPos.HostSim
{
    /// <summary>Sends an answer frame the way a fault says (or cleanly), after the decision was made and recorded.</summary>
    internal static class TransportFaults
    {
        /// <summary>Tells whether a fault leaves the terminal without any answer bytes.</summary>
        public static bool SendsNothing(FaultRule fault)
        {
            return fault != null && (fault.Kind == FaultKind.NoResponse || fault.Kind == FaultKind.CloseBeforeResponse);
        }

        /// <summary>Sends the frame as the fault says (a delay is not handled here: the connection schedules it).</summary>
        /// <param name="write">Writes the first n bytes of a buffer to the connection.</param>
        /// <param name="frame">The clean answer frame, header included.</param>
        /// <param name="fault">The fault, or null for a clean answer.</param>
        /// <param name="random">The seeded source for corrupted byte positions.</param>
        /// <param name="headerLength">The length header's size in bytes.</param>
        /// <param name="tpduLength">The TPDU's size in bytes.</param>
        /// <returns>True to keep the connection open, false to close it.</returns>
        public static async Task<bool> SendAsync(Func<byte[], int, Task> write, byte[] frame, FaultRule fault, FaultInjector random, int headerLength, int tpduLength)
        {
            switch (fault?.Kind)
            {
                case FaultKind.NoResponse:
                    return true;
                case FaultKind.CloseBeforeResponse:
                    return false;
                case FaultKind.CloseAfterResponse:
                    await write(frame, frame.Length).ConfigureAwait(false);
                    return false;
                case FaultKind.Duplicate:
                    await write(frame, frame.Length).ConfigureAwait(false);
                    await write(frame, frame.Length).ConfigureAwait(false);
                    return true;
                case FaultKind.Corrupt:
                    byte[] corrupted = Corrupt(frame, fault.Bytes, random, headerLength, tpduLength);
                    await write(corrupted, corrupted.Length).ConfigureAwait(false);
                    return true;
                case FaultKind.Truncate:
                    int keep = Math.Clamp(fault.Keep ?? frame.Length / 2, 0, frame.Length - 1);
                    await write(frame, keep).ConfigureAwait(false);
                    return false;
                default:
                    await write(frame, frame.Length).ConfigureAwait(false);
                    return true;
            }
        }

        /// <summary>
        /// Flips (XOR 0xFF) <paramref name="count"/> distinct bytes after the length header: the first MTI byte
        /// always (0x02 becomes 0xFD, not BCD, so the answer cannot decode), the others at seeded random places.
        /// </summary>
        public static byte[] Corrupt(byte[] frame, int count, FaultInjector random, int headerLength, int tpduLength)
        {
            byte[] copy = (byte[])frame.Clone();
            int first = Math.Min(headerLength + tpduLength, copy.Length - 1);
            int available = copy.Length - headerLength;
            int flips = Math.Clamp(count, 1, Math.Max(available, 1));
            var flipped = new bool[copy.Length];
            copy[first] ^= 0xFF;
            flipped[first] = true;
            for (int done = 1; done < flips;)
            {
                int at = headerLength + random.Next(available);
                if (!flipped[at])
                {
                    copy[at] ^= 0xFF;
                    flipped[at] = true;
                    done++;
                }
            }

            return copy;
        }
    }
}
