using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// The 5-byte transport header (TPDU) of the CUP frame: 1 byte ID (0x60), 2 bytes destination address,
    /// 2 bytes source address, addresses big-endian. A response carries the request's TPDU with the two
    /// addresses swapped.
    /// </summary>
    public static class Tpdu
    {
        /// <summary>The TPDU length in bytes.</summary>
        public const int Length = 5;

        /// <summary>The TPDU ID byte of the CUP profile (0x60).</summary>
        public const byte Id = 0x60;

        /// <summary>Creates a TPDU with ID 0x60 (allocates 5 bytes).</summary>
        /// <param name="destination">The destination address, 0 to 65535 (the acquirer's network address).</param>
        /// <param name="source">The source address, 0 to 65535 (the terminal's).</param>
        /// <returns>The 5 bytes.</returns>
        /// <exception cref="ArgumentOutOfRangeException">An address is outside 0 to 65535.</exception>
        public static byte[] Create(int destination, int source)
        {
            if (destination < 0 || destination > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("destination");
            }

            if (source < 0 || source > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("source");
            }

            return new byte[] { Id, (byte)(destination >> 8), (byte)destination, (byte)(source >> 8), (byte)source };
        }

        /// <summary>Gets the destination address (bytes 1-2) of a TPDU.</summary>
        /// <param name="tpdu">The bytes holding the TPDU.</param>
        /// <param name="offset">The index of its ID byte.</param>
        /// <returns>The address, 0 to 65535.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="tpdu"/> is null.</exception>
        /// <exception cref="ArgumentException">The 5 bytes do not lie inside the array.</exception>
        public static int GetDestination(byte[] tpdu, int offset)
        {
            CheckRange(tpdu, offset, "tpdu");
            return (tpdu[offset + 1] << 8) | tpdu[offset + 2];
        }

        /// <summary>Gets the source address (bytes 3-4) of a TPDU.</summary>
        /// <param name="tpdu">The bytes holding the TPDU.</param>
        /// <param name="offset">The index of its ID byte.</param>
        /// <returns>The address, 0 to 65535.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="tpdu"/> is null.</exception>
        /// <exception cref="ArgumentException">The 5 bytes do not lie inside the array.</exception>
        public static int GetSource(byte[] tpdu, int offset)
        {
            CheckRange(tpdu, offset, "tpdu");
            return (tpdu[offset + 3] << 8) | tpdu[offset + 4];
        }

        /// <summary>
        /// Writes the response TPDU of a request TPDU: the same ID, destination and source swapped. Works in
        /// place (same array and offset) and allocates nothing.
        /// </summary>
        /// <param name="request">The bytes holding the request TPDU.</param>
        /// <param name="requestOffset">The index of its ID byte.</param>
        /// <param name="response">The bytes to write the response TPDU into.</param>
        /// <param name="responseOffset">Where its ID byte goes.</param>
        /// <exception cref="ArgumentNullException">An array is null.</exception>
        /// <exception cref="ArgumentException">A 5-byte range does not lie inside its array.</exception>
        public static void WriteResponse(byte[] request, int requestOffset, byte[] response, int responseOffset)
        {
            CheckRange(request, requestOffset, "request");
            CheckRange(response, responseOffset, "response");
            byte id = request[requestOffset];
            byte destinationHigh = request[requestOffset + 1];
            byte destinationLow = request[requestOffset + 2];
            byte sourceHigh = request[requestOffset + 3];
            byte sourceLow = request[requestOffset + 4];
            response[responseOffset] = id;
            response[responseOffset + 1] = sourceHigh;
            response[responseOffset + 2] = sourceLow;
            response[responseOffset + 3] = destinationHigh;
            response[responseOffset + 4] = destinationLow;
        }

        /// <summary>Creates the response TPDU of a request TPDU (allocates 5 bytes).</summary>
        /// <param name="request">The request TPDU, exactly 5 bytes.</param>
        /// <returns>A new TPDU: the same ID, destination and source swapped.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="request"/> is not 5 bytes long.</exception>
        public static byte[] ResponseTo(byte[] request)
        {
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            if (request.Length != Length)
            {
                throw new ArgumentException("A TPDU is " + Length.ToString() + " bytes, not " + request.Length.ToString() + ".", "request");
            }

            byte[] response = new byte[Length];
            WriteResponse(request, 0, response, 0);
            return response;
        }

        private static void CheckRange(byte[] data, int offset, string name)
        {
            if (data == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || offset > data.Length - Length)
            {
                throw new ArgumentException("A TPDU needs " + Length.ToString() + " bytes at offset " + offset.ToString() + ".", name);
            }
        }
    }
}
