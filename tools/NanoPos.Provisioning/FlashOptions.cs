namespace NanoPos.Provisioning
{
    /// <summary>
    /// What <c>nanopos flash</c> was given, as typed; <see cref="FlashPlan.Create"/> checks it and names the flag in each
    /// error. The flag of each property is in its summary and in the constants.
    /// </summary>
    public sealed class FlashOptions
    {
        /// <summary>The flag of <see cref="Port"/>.</summary>
        public const string PortFlag = "--port";

        /// <summary>The flag of <see cref="Target"/>.</summary>
        public const string TargetFlag = "--target";

        /// <summary>The flag of <see cref="Image"/>.</summary>
        public const string ImageFlag = "--image";

        /// <summary>The flag of <see cref="Address"/>.</summary>
        public const string AddressFlag = "--address";

        /// <summary>The flag of <see cref="Firmware"/>.</summary>
        public const string FirmwareFlag = "--firmware";

        /// <summary>The flag of <see cref="Prepared"/>.</summary>
        public const string PreparedFlag = "--prepared";

        /// <summary>The flag of <see cref="DryRun"/>.</summary>
        public const string DryRunFlag = "--dry-run";

        /// <summary>Gets or sets the serial port of the board, e.g. COM3 or /dev/ttyUSB0 (<c>--port</c>, required; nanoff's --serialport).</summary>
        public string Port { get; set; }

        /// <summary>Gets or sets nanoff's target name, e.g. ESP32_REV0 for a WROOM board (<c>--target</c>, required; nanoff's --target).</summary>
        public string Target { get; set; }

        /// <summary>Gets or sets the application's deployment image, the .bin the nanoFramework build makes (<c>--image</c>, required; nanoff's --image).</summary>
        public string Image { get; set; }

        /// <summary>Gets or sets the flash address of the deployment partition as 0x hex, or null to let nanoff read it from the target's partition table (<c>--address</c>; nanoff's --address).</summary>
        public string Address { get; set; }

        /// <summary>Gets or sets whether the nanoFramework firmware (nanoCLR) is updated first, with nanoff --update (<c>--firmware</c>).</summary>
        public bool Firmware { get; set; }

        /// <summary>Gets or sets whether the operator confirms the terminal shows "Ready for update" (<c>--prepared</c>); without it nothing runs.</summary>
        public bool Prepared { get; set; }

        /// <summary>Gets or sets whether the commands are only printed, not run (<c>--dry-run</c>).</summary>
        public bool DryRun { get; set; }
    }
}
