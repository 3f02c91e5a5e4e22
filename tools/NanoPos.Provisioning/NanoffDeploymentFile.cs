using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The JSON file that <c>nanoff --filedeployment FILE</c> reads to copy files onto a board's storage (ESP32: the
    /// internal LittleFS drive <c>I:</c>) over the same serial link it deploys with.
    /// </summary>
    /// <remarks>
    /// <para>Format, from nanoff's own README ("Deploy file to device storage", nanoframework/nanoFirmwareFlasher) and its
    /// source (nanoFirmwareFlasher.Library/FileDeployment/FileDeploymentConfiguration.cs and DeploymentFile.cs, read by
    /// FileDeploymentManager with System.Text.Json, property names case-insensitive; an older release used Newtonsoft,
    /// also case-insensitive): an optional <c>SerialPort</c> (used when the command line gives none, or to upload over
    /// another port) and a mandatory <c>Files</c> list whose entries have <c>DestinationFilePath</c> (the full path on the
    /// board) and <c>SourceFilePath</c> (the full path on the PC; absent or empty means: delete the destination). nanoff
    /// reads each source with File.ReadAllBytes, so sources are written as full paths.</para>
    /// <code>
    /// { "SerialPort": "COM3",
    ///   "Files": [ { "DestinationFilePath": "I:\\nanopos\\config", "SourceFilePath": "C:\\prov\\TERM0001\\config" } ] }
    /// </code>
    /// </remarks>
    public sealed class NanoffDeploymentFile
    {
        /// <summary>The name of the JSON file in a provisioning folder. At 18 characters it can never be a record name (16 at most).</summary>
        public const string FileName = "nanoff-deploy.json";

        /// <summary>
        /// The folder of the record store on the board: <c>LittleFsRecordStore.DefaultDirectory</c>
        /// (hal/NanoPos.Hal.Esp32/LittleFsRecordStore.cs), a folder of the internal LittleFS drive I:.
        /// </summary>
        public const string DeviceDirectory = "I:\\nanopos";

        private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        /// <summary>Gets or sets the serial port nanoff uploads over, or null for the one on its command line.</summary>
        public string SerialPort { get; set; }

        /// <summary>Gets or sets the files to copy (or delete).</summary>
        public List<NanoffDeploymentEntry> Files { get; set; } = new List<NanoffDeploymentEntry>();

        /// <summary>Gives the path on the board of a record of the store.</summary>
        /// <param name="recordName">The record name.</param>
        /// <returns><see cref="DeviceDirectory"/>, a backslash and the name.</returns>
        public static string DevicePathOf(string recordName)
        {
            return DeviceDirectory + "\\" + recordName;
        }

        /// <summary>Reads a deployment JSON as nanoff does (property names case-insensitive).</summary>
        /// <param name="path">The file.</param>
        /// <returns>The deployment.</returns>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="JsonException">The file is not JSON of this shape.</exception>
        public static NanoffDeploymentFile Read(string path)
        {
            return JsonSerializer.Deserialize<NanoffDeploymentFile>(File.ReadAllText(path), s_options) ?? throw new JsonException("The file holds null.");
        }

        /// <summary>Writes the deployment as indented JSON, leaving out a null serial port.</summary>
        /// <param name="path">The file.</param>
        public void Write(string path)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(this, s_options) + "\n");
        }
    }
}
