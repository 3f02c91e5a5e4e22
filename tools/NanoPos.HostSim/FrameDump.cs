using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Describes a frame that did not decode, for the log, without ever showing field content: the announced length,
    /// the TPDU, the MTI, the bitmap and the fields it names, and how many bytes of field content follow, e.g.
    /// "length 46 tpdu 6000030000 mti 0200 bitmap 7020048000C08010 (fields 2 3 4 …); 29 bytes of field content not shown".
    /// </summary>
    /// <remarks>
    /// Why not a hex dump: the CUP profile packs a PAN in BCD, so the hex dump of field 2 IS the card number
    /// ("19 62 28 48 …" reads 6228 48…), and the same goes for track 2, the expiry date and the keys. A frame that does
    /// not decode cannot be masked field by field (the codec stops at the first error and keeps nothing), so field
    /// bytes are counted, never shown; the codec's error already names the field, the offset and the reason.
    /// A frame that is framed wrongly (a terminal that sends no TPDU, say) shifts field content into the places shown
    /// here, so these are masked too: unless the frame starts like one of this profile (TPDU id 0x60 and an MTI of four
    /// digits), every run of 12 or more decimal digits across TPDU, MTI and bitmap is masked as a PAN
    /// (<see cref="FieldMasker.MaskPan"/>); the bitmap alone is masked that way always; and when anything was masked
    /// the field list is left out, since it would spell the bitmap's bits out.
    /// </remarks>
    internal static class FrameDump
    {
        /// <summary>The shortest run of decimal digits masked as a card number: 12, the shortest card number in use (CUP cards have 16 to 19).</summary>
        public const int MaskedRun = 12;

        /// <summary>Describes a frame in one line with no unmasked run of <see cref="MaskedRun"/> or more digits.</summary>
        /// <param name="frame">The whole frame, length header included.</param>
        /// <param name="profile">The profile the frame was read with (header, TPDU, MTI and bitmap sizes and encodings).</param>
        /// <returns>The line.</returns>
        public static string Describe(byte[] frame, MessageProfile profile)
        {
            var codec = new FrameCodec(profile);
            bool textMti = profile.MtiEncoding != FieldEncoding.Bcd;
            bool textBitmap = profile.BitmapEncoding == BitmapEncoding.AsciiHex;
            int at = Math.Min(codec.HeaderLength, frame.Length);
            string length = Length(codec, frame);
            int tpduAt = at;
            string tpdu = Take(frame, ref at, profile.TpduLength, false);
            string mti = Take(frame, ref at, textMti ? 4 : 2, textMti);
            int bitmapAt = at;
            bool secondary = at < frame.Length && (textBitmap ? HexValue(frame[at]) >= 8 : (frame[at] & 0x80) != 0);
            int bitmapLength = (textBitmap ? 16 : 8) * (secondary ? 2 : 1);
            string bitmap = Take(frame, ref at, bitmapLength, textBitmap);

            bool framedLikeThisProfile = (profile.TpduLength == 0 || (frame.Length > tpduAt && frame[tpduAt] == Tpdu.Id))
                && mti.Length == 4 && mti.All(char.IsAsciiDigit);
            string shownTpdu = tpdu, shownMti = mti, shownBitmap = MaskDigitRuns(bitmap);
            if (!framedLikeThisProfile)
            {
                // Mask across the three parts at once: a card number may straddle them.
                string all = MaskDigitRuns(tpdu + mti + bitmap);
                shownTpdu = all[..tpdu.Length];
                shownMti = all.Substring(tpdu.Length, mti.Length);
                shownBitmap = all[(tpdu.Length + mti.Length)..];
            }

            bool masked = shownTpdu != tpdu || shownMti != mti || shownBitmap != bitmap;
            var line = new StringBuilder("length ").Append(length);
            Append(line, "tpdu", shownTpdu, profile.TpduLength > 0);
            Append(line, "mti", shownMti, true);
            Append(line, "bitmap", shownBitmap, true);
            if (!masked && !textBitmap && at - bitmapAt == bitmapLength)
            {
                line.Append(" (fields ").Append(string.Join(" ", Fields(frame, bitmapAt, bitmapLength))).Append(')');
            }

            int rest = frame.Length - at;
            line.Append("; ").Append(rest.ToString(CultureInfo.InvariantCulture)).Append(rest == 1 ? " byte" : " bytes").Append(" of field content not shown");
            if (masked)
            {
                line.Append(" (digit runs masked: the frame is not laid out as this profile says)");
            }

            return line.ToString();
        }

        /// <summary>Masks every run of <see cref="MaskedRun"/> or more decimal digits in a text as a card number (first 6 and last 4 kept).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The text, same length, with such runs masked.</returns>
        public static string MaskDigitRuns(string text)
        {
            var result = new StringBuilder(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                string run = text[start..i];
                result.Append(run.Length >= MaskedRun ? FieldMasker.MaskPan(run) : run);
                if (i < text.Length)
                {
                    result.Append(text[i++]);
                }
            }

            return result.ToString();
        }

        private static string Length(FrameCodec codec, byte[] frame)
        {
            if (frame.Length < codec.HeaderLength)
            {
                return "(cut)";
            }

            try
            {
                return codec.ReadLength(frame, 0).ToString(CultureInfo.InvariantCulture);
            }
            catch (IsoFormatException)
            {
                return "(not a length)";
            }
        }

        /// <summary>Takes up to <paramref name="count"/> bytes as hex, or as text with anything unprintable shown as '.'.</summary>
        private static string Take(byte[] frame, ref int at, int count, bool text)
        {
            int available = Math.Clamp(frame.Length - at, 0, count);
            string shown = text
                ? new string(frame.Skip(at).Take(available).Select(b => b >= 0x20 && b < 0x7F ? (char)b : '.').ToArray())
                : available > 0 ? Hex.ToHex(frame, at, available) : string.Empty;
            at += available;
            return shown;
        }

        private static void Append(StringBuilder line, string name, string shown, bool expected)
        {
            if (expected)
            {
                line.Append(' ').Append(name).Append(' ').Append(shown.Length > 0 ? shown : "(none)");
            }
        }

        private static IEnumerable<int> Fields(byte[] frame, int start, int length)
        {
            for (int bit = 1; bit < length * 8; bit++)
            {
                if ((frame[start + (bit / 8)] & (0x80 >> (bit % 8))) != 0)
                {
                    yield return bit + 1;
                }
            }
        }

        private static int HexValue(byte ascii)
        {
            char c = char.ToUpperInvariant((char)ascii);
            return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0;
        }
    }
}
