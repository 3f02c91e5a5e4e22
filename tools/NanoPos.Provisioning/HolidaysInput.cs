using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoPos.Transactions;

namespace NanoPos.Provisioning
{
    /// <summary>
    /// The holiday calendar for the record "holidays": the operator's text read with the firmware's own
    /// <see cref="HolidayCalendarText.Parse"/> (its errors name the line), written back in the canonical text that
    /// HolidayRecord.Save writes on the board. The record replaces the board's calendar, built-in 2026 one included.
    /// </summary>
    internal static class HolidaysInput
    {
        /// <summary>Reads and checks the calendar file.</summary>
        /// <param name="path">The value of --holidays, or null.</param>
        /// <param name="errors">Where the errors go.</param>
        /// <returns>The record's content, or null when none was given or after an error.</returns>
        internal static byte[] Read(string path, List<string> errors)
        {
            if (path == null)
            {
                return null;
            }

            string flag = ProvisionOptions.HolidaysFlag;
            try
            {
                HolidayCalendar calendar = HolidayCalendarText.Parse(File.ReadAllText(path, Encoding.UTF8));

                // The canonical text, as HolidayRecord.Save writes it on the board.
                byte[] bytes = Encoding.UTF8.GetBytes(HolidayCalendarText.Format(calendar));
                if (bytes.Length > HolidayCalendarText.MaxRecordBytes)
                {
                    errors.Add(flag + " " + path + " takes " + bytes.Length + " bytes as a record; the board reads at most " + HolidayCalendarText.MaxRecordBytes + ".");
                    return null;
                }

                return bytes;
            }
            catch (FormatException e)
            {
                errors.Add(flag + " " + path + ": " + e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                errors.Add(flag + " " + path + " cannot be read: " + e.Message);
            }

            return null;
        }
    }
}
