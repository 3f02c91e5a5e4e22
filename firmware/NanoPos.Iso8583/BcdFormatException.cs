using System;

namespace NanoPos.Iso8583
{
    /// <summary>
    /// Thrown when digits cannot be packed into BCD or bytes are not valid packed BCD. It names where and why,
    /// so a decode error in a host response can be traced to the exact byte.
    /// </summary>
    public class BcdFormatException : FormatException
    {
        private readonly int _offset;
        private readonly string _reason;

        /// <summary>
        /// Creates the exception.
        /// </summary>
        /// <param name="offset">Where the problem is: the index of the offending character in the digit text
        /// when packing, the index of the offending (or first missing) byte in the data when unpacking.</param>
        /// <param name="reason">What is wrong, in a short sentence.</param>
        public BcdFormatException(int offset, string reason)
            : base(reason + " (offset " + offset + ")")
        {
            _offset = offset;
            _reason = reason;
        }

        /// <summary>Gets where the problem is (see the constructor for what the index counts).</summary>
        public int Offset
        {
            get { return _offset; }
        }

        /// <summary>Gets what is wrong, without the offset.</summary>
        public string Reason
        {
            get { return _reason; }
        }
    }
}
