namespace NanoPos.HostSim
{
    /// <summary>The host's maintenance window, switchable while it runs (JSON names in quotes).</summary>
    public enum MaintenanceMode
    {
        /// <summary>"off": normal service.</summary>
        Off = 0,

        /// <summary>"answer91": every request is answered with 91 and nothing is decided or recorded.</summary>
        Answer91 = 1,

        /// <summary>"refuse": the listening socket is closed (new connections are refused) and open connections are closed at once; leaving it listens again on the same port.</summary>
        RefuseConnections = 2,
    }
}
