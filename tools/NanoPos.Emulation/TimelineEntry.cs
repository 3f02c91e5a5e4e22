namespace NanoPos.Emulation
{
    /// <summary>One thing a <see cref="SimulatedTerminal"/> recorded, in order: a frame the firmware showed, or an event of the simulation.</summary>
    /// <param name="Shot">The frame, or null for an event.</param>
    /// <param name="Event">The event ("power cut", "boot 2", "network down"), or null for a frame.</param>
    public sealed record TimelineEntry(ScreenShot Shot, string Event);
}
