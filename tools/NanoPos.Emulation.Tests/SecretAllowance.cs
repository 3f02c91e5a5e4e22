namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// A place where a secret is expected and accepted, with the reason: the sources whose name starts with
    /// <paramref name="SourcePrefix"/> may hold the secret named <paramref name="Secret"/> (every form of it), and when
    /// <paramref name="Near"/> is given, only where that text stands right next to it (one sentence of a banner, not
    /// the whole output).
    /// </summary>
    /// <param name="SourcePrefix">The start of the source names it covers.</param>
    /// <param name="Secret">The secret (<see cref="SecretPattern.Secret"/>).</param>
    /// <param name="Reason">Why it is not a leak.</param>
    /// <param name="Near">Text that must surround the match (in <see cref="SecretFinding.Context"/>), or null.</param>
    public sealed record SecretAllowance(string SourcePrefix, string Secret, string Reason, string Near = null)
    {
        /// <summary>Tells whether the finding is covered.</summary>
        public bool Covers(SecretFinding finding)
        {
            return finding.Pattern.Secret == Secret
                && finding.Source.Name.StartsWith(SourcePrefix, System.StringComparison.Ordinal)
                && (Near == null || finding.Context.Contains(Near, System.StringComparison.Ordinal));
        }
    }
}
