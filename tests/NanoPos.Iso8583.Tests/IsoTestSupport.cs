using System;
using nanoFramework.TestFramework;
using NanoPos.Iso8583;

namespace NanoPos.Iso8583.Tests
{
    /// <summary>Values the golden frames share, and helpers to pack, unpack and compare.</summary>
    public static class IsoTestSupport
    {
        public const string Pan = "6212345678901234567";
        public const string PanField = "19" + "62123456789012345670"; // 2 n..19: LL 19, then the 19 digits left-aligned, pad nibble 0 last
        public const string TerminalId = "10000001";
        public const string TerminalIdField = "3130303030303031"; // 41 ans8 "10000001"
        public const string MerchantId = "123456789012345";
        public const string MerchantIdField = "313233343536373839303132333435"; // 42 ans15 "123456789012345"
        public const string CurrencyField = "313536"; // 49 an3 "156" (CNY)
        public const string MacHex = "A1B2C3D4E5F60718"; // 64 b8 MAC
        public const string RequestTpdu = "6000030000"; // TPDU: ID 60, destination 0003 (acquirer), source 0000 (terminal)
        public const string ResponseTpdu = "6000000003"; // the same with the addresses swapped

        public static byte[] Mac()
        {
            return Hex.Parse(MacHex);
        }

        /// <summary>Packs a message as a CUP frame with the request or response TPDU and returns its hex.</summary>
        public static string PackCup(IsoMessage message, bool response)
        {
            var codec = new FrameCodec(CupTerminalProfile.Instance);
            byte[] buffer = new byte[1024];
            int length = codec.Pack(message, Hex.Parse(response ? ResponseTpdu : RequestTpdu), buffer, 0);
            return Hex.ToHex(buffer, 0, length);
        }

        /// <summary>Unpacks a CUP frame given in hex; checks the TPDU.</summary>
        public static IsoMessage UnpackCup(string frameHex, bool response)
        {
            byte[] frame = Hex.Parse(frameHex);
            byte[] tpdu = new byte[Tpdu.Length];
            var message = new IsoMessage();
            new FrameCodec(CupTerminalProfile.Instance).Unpack(frame, 0, frame.Length, message, tpdu);
            Assert.AreEqual(response ? ResponseTpdu : RequestTpdu, Hex.ToHex(tpdu));
            return message;
        }

        /// <summary>Packs a bare message (no frame) with a profile and returns its bytes.</summary>
        public static byte[] PackMessage(IsoMessage message, MessageProfile profile)
        {
            byte[] buffer = new byte[2048];
            int length = new MessageCodec(profile).Pack(message, buffer, 0);
            byte[] result = new byte[length];
            Array.Copy(buffer, result, length);
            return result;
        }

        /// <summary>Unpacks bytes as a bare message and returns the error, or null when they are valid.</summary>
        public static IsoFormatException CatchUnpack(byte[] data, MessageProfile profile)
        {
            try
            {
                new MessageCodec(profile).Unpack(data, 0, data.Length, new IsoMessage());
                return null;
            }
            catch (IsoFormatException e)
            {
                return e;
            }
        }

        /// <summary>Unpacks a CUP frame and returns the error, or null when it is valid.</summary>
        public static IsoFormatException CatchUnpackFrame(byte[] frame)
        {
            try
            {
                new FrameCodec(CupTerminalProfile.Instance).Unpack(frame, 0, frame.Length, new IsoMessage(), null);
                return null;
            }
            catch (IsoFormatException e)
            {
                return e;
            }
        }

        /// <summary>Packs a message into a buffer of the given size and returns the error, or null.</summary>
        public static IsoFormatException CatchPack(IsoMessage message, MessageProfile profile, int bufferSize)
        {
            try
            {
                new MessageCodec(profile).Pack(message, new byte[bufferSize], 0);
                return null;
            }
            catch (IsoFormatException e)
            {
                return e;
            }
        }

        /// <summary>Asserts an error of the given kind at the given field and offset.</summary>
        public static void AssertError(IsoFormatException error, IsoError reason, int field, int offset)
        {
            Assert.IsNotNull(error, "IsoFormatException expected");
            Assert.AreEqual(MessagePrinter.ReasonName(reason), MessagePrinter.ReasonName(error.Reason), error.Message);
            Assert.AreEqual(field, error.Field, error.Message);
            Assert.AreEqual(offset, error.Offset, error.Message);
        }

        /// <summary>Asserts two messages have the same MTI and the same fields with the same values.</summary>
        public static void AssertSameMessage(IsoMessage expected, IsoMessage actual)
        {
            Assert.AreEqual(expected.Mti, actual.Mti, "MTI");
            for (int f = 2; f <= 128; f++)
            {
                string label = "field " + f.ToString();
                Assert.AreEqual(expected.Has(f), actual.Has(f), label + " presence");
                Assert.AreEqual(expected.GetString(f), actual.GetString(f), label);
                byte[] bytes = expected.GetBytes(f);
                Assert.AreEqual(bytes == null ? null : Hex.ToHex(bytes), actual.GetBytes(f) == null ? null : Hex.ToHex(actual.GetBytes(f)), label);
            }
        }

        /// <summary>Reads bytes as ASCII text (no System.Text on the device).</summary>
        public static string Ascii(byte[] data, int offset, int count)
        {
            char[] text = new char[count];
            for (int i = 0; i < count; i++)
            {
                text[i] = (char)data[offset + i];
            }

            return new string(text);
        }

        /// <summary>Sets the fields every CUP message of the terminal carries: terminal and merchant IDs.</summary>
        public static void SetTerminal(IsoMessage message)
        {
            message.Set(41, TerminalId);
            message.Set(42, MerchantId);
        }
    }
}
