namespace NanoPos.DeviceToolchain
{
    /// <summary>One assembly of a deployment: its name, the size of its .pe, and where the .pe comes from.</summary>
    public sealed class DeploymentItem
    {
        /// <summary>Creates an item.</summary>
        /// <param name="name">The assembly name.</param>
        /// <param name="bytes">The .pe size in bytes, or -1 when no .pe exists on this machine.</param>
        /// <param name="origin">Where the .pe comes from ("built here", "NuGet ...", "toolchain lib/"), or why it is missing.</param>
        public DeploymentItem(string name, long bytes, string origin)
        {
            Name = name;
            Bytes = bytes;
            Origin = origin;
        }

        /// <summary>Gets the assembly name.</summary>
        public string Name { get; }

        /// <summary>Gets the .pe size in bytes, or -1 when unknown here.</summary>
        public long Bytes { get; }

        /// <summary>Gets where the .pe comes from, or why its size is unknown.</summary>
        public string Origin { get; }

        /// <summary>Gets whether the size is known.</summary>
        public bool IsMeasured => Bytes >= 0;
    }
}
