namespace NanoPos.HostSim
{
    /// <summary>
    /// What the host found when it checked a request's MAC (field 64). The first three let the request through; the
    /// last three refuse it with A0 before anything is decided or recorded.
    /// </summary>
    public enum MacCheck
    {
        /// <summary>No field 64, and <see cref="HostSecurity.RequireMac"/> is off: decided as before, answered without a MAC.</summary>
        NotSent = 0,

        /// <summary>A sign-on (0800, network code 003): never MACed, its answer carries none (it brings the keys).</summary>
        SignOn = 1,

        /// <summary>Field 64 matched the MAC of the request's bytes under the terminal's MAK: the answer carries a MAC too.</summary>
        Verified = 2,

        /// <summary>No field 64 while <see cref="HostSecurity.RequireMac"/> is on: A0.</summary>
        Missing = 3,

        /// <summary>Field 64 present (or required) but the terminal has no working keys (no sign-on since the host started): A0.</summary>
        NoKeys = 4,

        /// <summary>Field 64 does not match the request's bytes, or a field after 64 makes the MAC block ambiguous: A0.</summary>
        Wrong = 5,
    }
}
