using System;
using System.Collections.Generic;
using System.IO;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// Writes a <see cref="ProvisionPlan"/> into its folder: each record as the board's store keeps it
    /// (<see cref="RecordDirectoryStore"/>), then <see cref="NanoffDeploymentFile.FileName"/> listing every record file
    /// with its place on the board (<c>I:\nanopos\NAME</c>).
    /// </summary>
    public static class ProvisionWriter
    {
        /// <summary>Writes the set.</summary>
        /// <param name="plan">The checked set.</param>
        /// <returns>The full path of the deployment JSON.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
        /// <exception cref="IOException">The folder or a file cannot be written.</exception>
        public static string Write(ProvisionPlan plan)
        {
            ArgumentNullException.ThrowIfNull(plan);
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(plan.OutputDirectory);
            }
            else
            {
                // Owner only: the folder holds the Wi-Fi password and the TMK components until the board has read them.
                Directory.CreateDirectory(plan.OutputDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var store = new RecordDirectoryStore(plan.OutputDirectory);
            var deployment = new NanoffDeploymentFile { SerialPort = plan.SerialPort };
            foreach (KeyValuePair<string, byte[]> record in plan.Records)
            {
                store.Write(record.Key, record.Value, 0, record.Value.Length);
                deployment.Files.Add(new NanoffDeploymentEntry
                {
                    DestinationFilePath = NanoffDeploymentFile.DevicePathOf(record.Key),
                    SourceFilePath = store.PathOf(record.Key),
                });
            }

            string json = Path.Combine(plan.OutputDirectory, NanoffDeploymentFile.FileName);
            deployment.Write(json);
            return json;
        }
    }
}
