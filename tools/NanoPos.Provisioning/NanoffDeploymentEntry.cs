namespace NanoPos.Provisioning
{
    /// <summary>
    /// One entry of nanoff's file deployment JSON (<see cref="NanoffDeploymentFile"/>): a file on the PC and where it
    /// goes on the board's storage; without a source, nanoff deletes the destination instead.
    /// </summary>
    public sealed class NanoffDeploymentEntry
    {
        /// <summary>Gets or sets the full path of the file on the board, e.g. <c>I:\nanopos\config</c> (nanoff's <c>DestinationFilePath</c>).</summary>
        public string DestinationFilePath { get; set; }

        /// <summary>Gets or sets the full path of the file on the PC, or null to delete the destination (nanoff's <c>SourceFilePath</c>).</summary>
        public string SourceFilePath { get; set; }
    }
}
