using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The nanoff commands that flash a board, from checked <see cref="FlashOptions"/>. The flags are nanoff's documented
    /// ones (nanoframework/nanoFirmwareFlasher README, "ESP32 usage examples"; nanoff 2.x option syntax):
    /// <list type="bullet">
    /// <item><c>--target T --serialport P --update</c>: the nanoFramework firmware (bootloader, partition table, nanoCLR) for
    /// target T, downloaded by nanoff; only with <see cref="FlashOptions.Firmware"/>.</item>
    /// <item><c>--target T --serialport P --deploy --image FILE [--address A]</c>: the application's deployment image into the
    /// deployment partition; without --address nanoff takes the partition's address from the target's partition table.</item>
    /// </list>
    /// <c>--masserase</c> is never passed: it erases the whole flash, with the I: drive where the terminal keeps its journal
    /// (pending reversals), batch, keys and configuration.
    /// </summary>
    public sealed class FlashPlan
    {
        private FlashPlan(IReadOnlyList<NanoffCommand> commands)
        {
            Commands = commands;
        }

        /// <summary>Gets the commands, in the order they run.</summary>
        public IReadOnlyList<NanoffCommand> Commands { get; }

        /// <summary>Checks the options and builds the commands.</summary>
        /// <param name="options">The options as typed.</param>
        /// <param name="errors">Receives one line per error, each naming its flag.</param>
        /// <returns>The plan, or null when there was any error.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static FlashPlan Create(FlashOptions options, List<string> errors)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(errors);
            int before = errors.Count;
            if (options.Port == null)
            {
                errors.Add(FlashOptions.PortFlag + " is required: the board's serial port, such as COM3 or /dev/ttyUSB0.");
            }
            else if (options.Port.Length == 0 || options.Port.Trim() != options.Port || options.Port.StartsWith('-'))
            {
                errors.Add(FlashOptions.PortFlag + " must name a serial port such as COM3 or /dev/ttyUSB0, got '" + options.Port + "'.");
            }

            if (options.Target == null)
            {
                errors.Add(FlashOptions.TargetFlag + " is required: nanoff's target name, ESP32_REV0 for the reference board (WROOM), ESP32_PSRAM_REV0 with PSRAM.");
            }
            else if (!IsTargetName(options.Target))
            {
                errors.Add(FlashOptions.TargetFlag + " must be a nanoff target name such as ESP32_REV0 (upper-case letters, digits and '_'), got '" + options.Target + "'.");
            }

            string image = CheckImage(options.Image, errors);
            if (options.Address != null && !IsHexAddress(options.Address))
            {
                errors.Add(FlashOptions.AddressFlag + " must be a flash address in hex such as 0x1C0000, got '" + options.Address + "'.");
            }

            if (errors.Count > before)
            {
                return null;
            }

            var commands = new List<NanoffCommand>();
            if (options.Firmware)
            {
                commands.Add(new NanoffCommand("update the nanoFramework firmware", new[] { "--target", options.Target, "--serialport", options.Port, "--update" }));
            }

            var deploy = new List<string> { "--target", options.Target, "--serialport", options.Port, "--deploy", "--image", image };
            if (options.Address != null)
            {
                deploy.Add("--address");
                deploy.Add(options.Address);
            }

            commands.Add(new NanoffCommand("deploy the application image", deploy));
            return new FlashPlan(commands);
        }

        private static string CheckImage(string image, List<string> errors)
        {
            string flag = FlashOptions.ImageFlag;
            if (image == null)
            {
                errors.Add(flag + " is required: the application's deployment image (NanoPos.App.bin from the nanoFramework build).");
                return null;
            }

            string full = Path.GetFullPath(image);
            if (!File.Exists(full))
            {
                errors.Add(flag + " " + image + " does not exist.");
            }
            else if (!string.Equals(Path.GetExtension(full), ".bin", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(flag + " " + image + " is not a deployment image (.bin): nanoff deploys the .bin the nanoFramework build makes of all the .pe files, not a .pe or .dll.");
            }
            else if (new FileInfo(full).Length == 0)
            {
                errors.Add(flag + " " + image + " is empty.");
            }

            return full;
        }

        private static bool IsTargetName(string target)
        {
            if (target.Length == 0 || target.Length > 64)
            {
                return false;
            }

            foreach (char c in target)
            {
                if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHexAddress(string address)
        {
            if (address.Length < 3 || address.Length > 10 || !address.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return ConfigValueRules.IsHex(address.Substring(2));
        }
    }
}
