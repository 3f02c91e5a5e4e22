namespace NanoPos.Iso8583
{
    /// <summary>How a field's length is known.</summary>
    public enum LengthKind
    {
        /// <summary>Always exactly the field's maximum length.</summary>
        Fixed = 1,

        /// <summary>Preceded by a two-digit length (up to 99).</summary>
        LlVar = 2,

        /// <summary>Preceded by a three-digit length (up to 999).</summary>
        LllVar = 3,
    }
}
