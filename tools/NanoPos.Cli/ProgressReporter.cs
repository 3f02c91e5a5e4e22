namespace NanoPos.Cli
{
    /// <summary>Receives how far a long verb got (<see cref="CliContext.WithProgress"/>); shown as a bar or as plain lines.</summary>
    public abstract class ProgressReporter
    {
        /// <summary>Says how many units are done out of the total, with a short note (what is running now, failures so far).</summary>
        /// <param name="done">Units done, 0 to the total.</param>
        /// <param name="note">A short note, or null.</param>
        public abstract void Report(long done, string note);
    }
}
