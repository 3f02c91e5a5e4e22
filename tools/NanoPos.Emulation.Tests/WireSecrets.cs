using System;
using System.Collections.Generic;
using NanoPos.Iso8583;
using NanoPos.Security;

namespace NanoPos.Emulation.Tests
{
    /// <summary>What travelled on the wire that no other place may show: the encrypted PIN blocks (field 52) and the working keys of each sign-on (field 62, decrypted under the TMK).</summary>
    public static class WireSecrets
    {
        /// <summary>Adds the PIN blocks of the requests and the keys of the answers to the catalog.</summary>
        /// <returns>How many PIN blocks and how many key sets were found.</returns>
        public static Tuple<int, int> Learn(SecretCatalog secrets, IEnumerable<byte[]> sent, IEnumerable<byte[]> received)
        {
            var codec = new FrameCodec(CupTerminalProfile.Instance);
            int blocks = 0;
            foreach (byte[] frame in sent)
            {
                IsoMessage request = Unpack(codec, frame);
                if (request != null && request.Has(52))
                {
                    secrets.AddEncryptedPinBlock(request.GetBytes(52));
                    blocks++;
                }
            }

            int keys = 0;
            var tmk = new TripleDes(Convert.FromHexString(DemoConfig.MasterKey), 0, 16);
            foreach (byte[] frame in received)
            {
                IsoMessage answer = Unpack(codec, frame);
                if (answer == null || !answer.Has(62))
                {
                    continue;
                }

                byte[] field62 = answer.GetBytes(62);
                WorkingKeys parsed = WorkingKeys.Parse(field62, 0, field62.Length, tmk, out string error);
                if (parsed == null)
                {
                    throw new InvalidOperationException("A sign-on answer's keys did not decrypt under the demo TMK: " + error);
                }

                Tuple<byte[], byte[]> clear = ClearKeys.FromWorkingKeys(parsed);
                secrets.AddWorkingKeys(clear.Item1, clear.Item2);
                keys++;
            }

            return Tuple.Create(blocks, keys);
        }

        /// <summary>Tells whether a frame is a request with a PIN block (field 52).</summary>
        public static bool HasPinBlock(byte[] frame)
        {
            IsoMessage message = Unpack(new FrameCodec(CupTerminalProfile.Instance), frame);
            return message != null && message.Has(52);
        }

        private static IsoMessage Unpack(FrameCodec codec, byte[] frame)
        {
            var message = new IsoMessage();
            try
            {
                codec.Unpack(frame, 0, frame.Length, message, new byte[Tpdu.Length]);
                return message;
            }
            catch (IsoFormatException)
            {
                return null;
            }
        }
    }
}
