namespace NanoPos.Iso8583
{
    /// <summary>
    /// Plain ASCII ISO 8583:1987, the dialect of many acquirer hosts and test tools: 4-ASCII-digit length
    /// header and no TPDU, MTI as 4 ASCII digits, bitmaps as 16 hexadecimal characters each, every field in
    /// ASCII (n fields as ASCII digits, z fields with '=' as is), b fields as raw bytes, LL/LLL prefixes as
    /// ASCII digits.
    /// </summary>
    /// <remarks>
    /// This profile exists to show that the table is the only thing that changes: the rows below are the
    /// rows of <see cref="CupTerminalProfile"/> (same numbers, names, content types, lengths and
    /// sensitivity) with ASCII where CUP has BCD, and the same <see cref="MessageCodec"/> and
    /// <see cref="FrameCodec"/> pack and unpack both. The padding column is kept for comparison; ASCII
    /// values are never padded, so it has no effect here.
    /// </remarks>
    public static class Ascii1987Profile
    {
        private static MessageProfile s_instance;

        /// <summary>Gets the profile (built on first use, then shared; rows are immutable).</summary>
        public static MessageProfile Instance
        {
            get
            {
                if (s_instance == null)
                {
                    s_instance = Build();
                }

                return s_instance;
            }
        }

        private static MessageProfile Build()
        {
            const FieldContent N = FieldContent.Numeric;
            const FieldContent An = FieldContent.AlphaNumeric;
            const FieldContent Ans = FieldContent.AlphaNumericSpecial;
            const FieldContent B = FieldContent.Binary;
            const FieldContent Z = FieldContent.Track;
            const LengthKind Fix = LengthKind.Fixed;
            const LengthKind Ll = LengthKind.LlVar;
            const LengthKind Lll = LengthKind.LllVar;
            const FieldEncoding Asc = FieldEncoding.Ascii;
            const FieldEncoding Bin = FieldEncoding.Binary;
            const FieldPadding R = FieldPadding.PadLeft;
            const FieldPadding L = FieldPadding.PadRight;
            const FieldSensitivity Plain = FieldSensitivity.Plain;
            const FieldSensitivity Pan = FieldSensitivity.Pan;
            const FieldSensitivity Secret = FieldSensitivity.Secret;

            return new MessageProfile(
                "ASCII 1987",
                FieldEncoding.Ascii,
                BitmapEncoding.AsciiHex,
                FieldEncoding.Ascii,
                LengthHeader.FourAsciiDigits,
                0,
                new FieldDefinition[]
                {
                    //                  no  name                              type len  max  encoding pad sensitivity
                    new FieldDefinition(2, "Primary account number", N, Ll, 19, Asc, L, Pan),
                    new FieldDefinition(3, "Processing code", N, Fix, 6, Asc, R, Plain),
                    new FieldDefinition(4, "Amount, transaction", N, Fix, 12, Asc, R, Plain),
                    new FieldDefinition(11, "System trace audit number", N, Fix, 6, Asc, R, Plain),
                    new FieldDefinition(12, "Time, local transaction (hhmmss)", N, Fix, 6, Asc, R, Plain),
                    new FieldDefinition(13, "Date, local transaction (MMDD)", N, Fix, 4, Asc, R, Plain),
                    new FieldDefinition(14, "Date, expiration (YYMM)", N, Fix, 4, Asc, R, Secret),
                    new FieldDefinition(15, "Date, settlement (MMDD)", N, Fix, 4, Asc, R, Plain),
                    new FieldDefinition(22, "POS entry mode", N, Fix, 3, Asc, L, Plain),
                    new FieldDefinition(23, "Card sequence number", N, Fix, 3, Asc, R, Plain),
                    new FieldDefinition(25, "POS condition code", N, Fix, 2, Asc, L, Plain),
                    new FieldDefinition(26, "POS PIN capture code", N, Fix, 2, Asc, L, Plain),
                    new FieldDefinition(32, "Acquiring institution ID", N, Ll, 11, Asc, L, Plain),
                    new FieldDefinition(35, "Track 2 data", Z, Ll, 37, Asc, L, Secret),
                    new FieldDefinition(36, "Track 3 data", Z, Lll, 104, Asc, L, Secret),
                    new FieldDefinition(37, "Retrieval reference number", An, Fix, 12, Asc, L, Plain),
                    new FieldDefinition(38, "Authorization code", An, Fix, 6, Asc, L, Plain),
                    new FieldDefinition(39, "Response code", An, Fix, 2, Asc, L, Plain),
                    new FieldDefinition(41, "Terminal ID", Ans, Fix, 8, Asc, L, Plain),
                    new FieldDefinition(42, "Merchant ID", Ans, Fix, 15, Asc, L, Plain),
                    new FieldDefinition(44, "Additional response data", Ans, Ll, 25, Asc, L, Plain),
                    new FieldDefinition(48, "Additional data (settlement totals)", Ans, Lll, 322, Asc, L, Plain),
                    new FieldDefinition(49, "Currency code, transaction", An, Fix, 3, Asc, L, Plain),
                    new FieldDefinition(52, "PIN block", B, Fix, 8, Bin, L, Secret),
                    new FieldDefinition(53, "Security control information", N, Fix, 16, Asc, R, Plain),
                    new FieldDefinition(54, "Balance amount", Ans, Lll, 20, Asc, L, Plain),
                    new FieldDefinition(55, "ICC data", B, Lll, 255, Bin, L, Secret),
                    new FieldDefinition(60, "Reserved private (message type, batch number)", N, Lll, 17, Asc, L, Plain),
                    new FieldDefinition(61, "Original message data (batch, STAN, date)", N, Lll, 29, Asc, L, Plain),
                    new FieldDefinition(62, "Reserved private (working keys)", B, Lll, 512, Bin, L, Secret),
                    new FieldDefinition(63, "Reserved private (operator, notes)", Ans, Lll, 163, Asc, L, Plain),
                    new FieldDefinition(64, "Message authentication code", B, Fix, 8, Bin, L, Plain),
                    new FieldDefinition(90, "Original data elements", N, Fix, 42, Asc, R, Plain),
                    new FieldDefinition(128, "Message authentication code (secondary)", B, Fix, 8, Bin, L, Plain),
                });
        }
    }
}
