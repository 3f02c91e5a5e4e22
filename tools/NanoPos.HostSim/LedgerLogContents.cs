using System.Collections.Generic;

namespace NanoPos.HostSim
{
    /// <summary>What <see cref="LedgerLogReader"/> found in a log file.</summary>
    internal sealed class LedgerLogContents
    {
        /// <summary>Creates the result.</summary>
        public LedgerLogContents(LedgerDocument document, long intactLength, int changes, long objectsWritten, IReadOnlyList<string> warnings)
        {
            Document = document;
            IntactLength = intactLength;
            Changes = changes;
            ObjectsWritten = objectsWritten;
            Warnings = warnings;
        }

        /// <summary>Gets the state the intact lines rebuild.</summary>
        public LedgerDocument Document { get; }

        /// <summary>Gets how many bytes from the start are intact lines (header included); 0 when not even the header is.</summary>
        public long IntactLength { get; }

        /// <summary>Gets how many change lines (after the header) were replayed.</summary>
        public int Changes { get; }

        /// <summary>Gets how many objects those lines held in all, superseded copies included (the compaction rule compares it with the live count).</summary>
        public long ObjectsWritten { get; }

        /// <summary>Gets the warnings (a torn last line), in plain words.</summary>
        public IReadOnlyList<string> Warnings { get; }
    }
}
