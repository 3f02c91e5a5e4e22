using System;

namespace NanoPos.Cli
{
    /// <summary>
    /// Every verb of <c>nanopos</c>, in the order <c>nanopos help</c> lists them. A verb is a static class with a
    /// <c>Create(CliContext)</c> that returns its <see cref="VerbCommand"/>; adding one is that file and one line here
    /// (tools/NanoPos.Cli/README.md, "Adding a verb").
    /// </summary>
    internal static class VerbCatalog
    {
        /// <summary>Gets the factories of the verbs.</summary>
        public static Func<CliContext, VerbCommand>[] Verbs { get; } =
        {
            DemoCommand.Create,
            ProfileCheckCommand.Create,
            DeviceBuildCommand.Create,
            DeviceTestCommand.Create,
            DeviceBenchCommand.Create,
            StatesCommand.Create,
            DecodeCommand.Create,
            MutateCommand.Create,
            HostSimCommand.Create,
            GlyphsCommand.Create,
            TortureCommand.Create,
            EmulateCommand.Create,
            RunCommand.Create,
            HealthCommand.Create,
            ReceiptCommand.Create,
            ProvisionCommand.Create,
            FlashCommand.Create,
            HelpCommand.Create,
        };
    }
}
