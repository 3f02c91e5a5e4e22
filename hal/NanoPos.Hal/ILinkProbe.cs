namespace NanoPos.Hal
{
    /// <summary>
    /// A network link that can check its own path to the host stage by stage, for the field technician's link
    /// self-test: radio joined and signal, host name resolved, TCP connected, TLS handshake done.
    /// </summary>
    /// <remarks>
    /// A probe opens its own connection and closes it again; call it only while no exchange uses the link (the
    /// terminal runs it through the same runner as the engine's calls). A link without a probe is still tested: the
    /// self-test then times a plain <see cref="INetworkLink.Connect"/>.
    /// </remarks>
    public interface ILinkProbe
    {
        /// <summary>
        /// Runs the stages in order and stops at the first that fails; the link is disconnected afterwards.
        /// </summary>
        /// <param name="timeoutMs">The longest wait in ms for each stage, at least 1.</param>
        /// <param name="result">Receives what each stage did; reset by the probe first.</param>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="timeoutMs"/> is less than 1.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is null.</exception>
        void Probe(int timeoutMs, LinkProbeResult result);
    }
}
