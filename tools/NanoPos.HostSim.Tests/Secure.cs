using System;
using System.Globalization;
using NanoPos.HostSim;
using NanoPos.Iso8583;
using NanoPos.Security;
using SecurityKeys = NanoPos.Security.WorkingKeys;

namespace NanoPos.HostSim.Tests
{
    /// <summary>
    /// The terminal's side of the key hierarchy, for tests: reads the working keys out of a sign-on answer, MACs request
    /// frames and checks answer frames the way the terminal does (field 64 = the last 8 bytes; MAC block from the MTI),
    /// and builds encrypted format-0 PIN blocks.
    /// </summary>
    internal static class Secure
    {
        public const string SecurityControl = "2600000000000000";

        private static readonly FrameCodec Frames = new FrameCodec(CupTerminalProfile.Instance);

        public static int MtiOffset => Frames.HeaderLength + Tpdu.Length;

        public static TripleDes DemoTmk() => new TripleDes(HostSecurity.ParseMasterKey(HostSecurity.DemoMasterKeyHex), 0, 16);

        /// <summary>The working keys field 62 of a sign-on answer carries, decrypted under the TMK with their check values verified.</summary>
        public static SecurityKeys Keys(IsoMessage signOnAnswer, TripleDes tmk = null)
        {
            byte[] field62 = signOnAnswer.GetBytes(62) ?? throw new InvalidOperationException("no field 62");
            SecurityKeys keys = SecurityKeys.Parse(field62, 0, field62.Length, tmk ?? DemoTmk(), out string error);
            return keys ?? throw new InvalidOperationException(error);
        }

        /// <summary>Signs on through a processor and returns the keys.</summary>
        public static SecurityKeys SignOn(RequestProcessor host, string terminal = Requests.Terminal)
        {
            return Keys(host.Process(Requests.SignOn(90, terminal)).Response);
        }

        /// <summary>Packs a request with 8 placeholder bytes in field 64, then writes the MAC of the packed bytes over them.</summary>
        public static byte[] Frame(IsoMessage request, TripleDes mak)
        {
            request.Set(64, new byte[8]);
            byte[] buffer = new byte[4096];
            int length = Frames.Pack(request, Tpdu.Create(3, 0), buffer, 0);
            CupMac.Compute(buffer, MtiOffset, length - 8 - MtiOffset, mak, buffer, length - 8);
            byte[] frame = buffer.AsSpan(0, length).ToArray();
            request.Set(64, frame.AsSpan(length - 8).ToArray());
            return frame;
        }

        /// <summary>Packs a request as it is (with or without field 64).</summary>
        public static byte[] Plain(IsoMessage request)
        {
            byte[] buffer = new byte[4096];
            int length = Frames.Pack(request, Tpdu.Create(3, 0), buffer, 0);
            return buffer.AsSpan(0, length).ToArray();
        }

        /// <summary>Tells whether an answer frame carries field 64 and it is the MAC of its bytes under the MAK.</summary>
        public static bool Verifies(byte[] frame, TripleDes mak)
        {
            var message = new IsoMessage();
            Frames.Unpack(frame, 0, frame.Length, message, new byte[Tpdu.Length]);
            return message.Has(64) && CupMac.Verify(frame, MtiOffset, frame.Length - 8 - MtiOffset, mak, frame, frame.Length - 8);
        }

        /// <summary>Unpacks an answer frame.</summary>
        public static IsoMessage Decode(byte[] frame)
        {
            var message = new IsoMessage();
            Frames.Unpack(frame, 0, frame.Length, message, new byte[Tpdu.Length]);
            return message;
        }

        /// <summary>Field 52 for a PIN: the ISO 9564 format-0 block (PIN field XOR PAN field) encrypted under the PIK.</summary>
        public static byte[] PinBlock(string pin, string pan, TripleDes pik)
        {
            string pinField = "0" + pin.Length.ToString("X", CultureInfo.InvariantCulture) + pin.PadRight(14, 'F');
            string panField = "0000" + pan.Substring(pan.Length - 13, 12);
            byte[] clear = Convert.FromHexString(pinField);
            byte[] panBytes = Convert.FromHexString(panField);
            for (int i = 0; i < 8; i++)
            {
                clear[i] ^= panBytes[i];
            }

            byte[] block = new byte[8];
            PinCipher.EncryptFormat0(clear, 0, pik, block, 0);
            return block;
        }

        /// <summary>Adds fields 52 and 53 for a PIN to a request.</summary>
        public static IsoMessage WithPin(IsoMessage request, string pin, TripleDes pik)
        {
            request.Set(52, PinBlock(pin, request.GetString(2), pik));
            request.Set(53, SecurityControl);
            return request;
        }
    }
}
