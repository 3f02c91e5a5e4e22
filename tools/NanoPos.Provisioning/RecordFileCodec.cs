using System;
using NanoPos.Hal;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// A whole record file of the board's store in memory: the content and the trailer of <see cref="RecordFileFormat"/>,
    /// built and checked with that shared code (the same calls the ESP32's RecordFiles makes), never a copy of its rules.
    /// </summary>
    internal static class RecordFileCodec
    {
        /// <summary>Builds a record file: the content, then its 8-byte trailer.</summary>
        /// <param name="data">The buffer holding the content.</param>
        /// <param name="offset">The index of the first byte.</param>
        /// <param name="count">The content length in bytes.</param>
        /// <returns>The file's bytes.</returns>
        internal static byte[] Encode(byte[] data, int offset, int count)
        {
            byte[] file = new byte[count + RecordFileFormat.TrailerLength];
            Array.Copy(data, offset, file, 0, count);
            uint state = Crc32.Update(Crc32.Begin(), data, offset, count);
            RecordFileFormat.EncodeTrailer(state, count, file, count);
            return file;
        }

        /// <summary>Reads a record file's content after checking its size and trailer.</summary>
        /// <param name="file">The file's bytes.</param>
        /// <param name="problem">Why the file is not a complete record, or null.</param>
        /// <returns>The content, or null when the file is damaged.</returns>
        internal static byte[] Decode(byte[] file, out string problem)
        {
            int length = RecordFileFormat.ContentLength(file.Length);
            if (length < 0)
            {
                problem = file.Length < RecordFileFormat.TrailerLength
                    ? "the file has " + file.Length + " bytes, less than its " + RecordFileFormat.TrailerLength + "-byte trailer"
                    : "the file has " + file.Length + " bytes, more than a record of " + RecordFileFormat.MaxRecordBytes + " bytes and its trailer";
                return null;
            }

            uint state = Crc32.Update(Crc32.Begin(), file, 0, length);
            if (!RecordFileFormat.VerifyTrailer(state, file.Length, file, length))
            {
                problem = "its trailer (length and CRC-32) does not match its content";
                return null;
            }

            byte[] content = new byte[length];
            Array.Copy(file, 0, content, 0, length);
            problem = null;
            return content;
        }
    }
}
