using System;
using System.IO;
using System.Text;
using NanoPos.Hal;
using NanoPos.Transactions;

namespace NanoPos.Terminal
{
    /// <summary>
    /// The provisioned holiday calendar: the record "holidays" (<see cref="HolidayCalendarText.RecordName"/>), whose text
    /// an operator writes and sends (format: firmware/NanoPos.Transactions/README.md). Without the record the terminal
    /// uses the built-in 2026 calendar of mainland China (<see cref="ChinaHolidays"/>); a record that is there but
    /// invalid is a configuration error naming it, never a silent fallback.
    /// </summary>
    public static class HolidayRecord
    {
        /// <summary>The name of the record in the store.</summary>
        public const string RecordName = HolidayCalendarText.RecordName;

        /// <summary>Reads the holiday calendar from the store, or gives the built-in one when there is no record.</summary>
        /// <param name="store">The record store.</param>
        /// <returns>The calendar.</returns>
        /// <exception cref="ConfigException">The record is longer than <see cref="HolidayCalendarText.MaxRecordBytes"/>,
        /// cannot be read, or breaks a rule of the format (<see cref="ConfigException.Key"/> is "holidays"; the message
        /// gives the line and what is wrong).</exception>
        /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
        public static HolidayCalendar Load(IRecordStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            byte[] buffer = new byte[HolidayCalendarText.MaxRecordBytes];
            int length;
            try
            {
                length = store.Read(RecordName, buffer, 0, buffer.Length);
            }
            catch (ArgumentException)
            {
                throw new ConfigException(false, RecordName, "The holiday calendar record \"holidays\" is longer than " + HolidayCalendarText.MaxRecordBytes.ToString() + " bytes.");
            }
            catch (IOException e)
            {
                // A damaged record: the configuration was just read from the same store, so sending the calendar again helps.
                throw new ConfigException(false, RecordName, "The holiday calendar record \"holidays\" cannot be read (damaged): " + e.Message);
            }

            if (length < 0)
            {
                return ChinaHolidays.Create2026();
            }

            try
            {
                return HolidayCalendarText.Parse(Encoding.UTF8.GetString(buffer, 0, length));
            }
            catch (FormatException e)
            {
                throw new ConfigException(false, RecordName, "The holiday calendar record \"holidays\" is invalid: " + e.Message);
            }
        }

        /// <summary>Writes a calendar into the store as the record "holidays" (one durable write), in the canonical text.</summary>
        /// <param name="store">The record store.</param>
        /// <param name="calendar">The calendar.</param>
        /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="calendar"/> is null.</exception>
        /// <exception cref="ArgumentException">The text is longer than <see cref="HolidayCalendarText.MaxRecordBytes"/>, the most <see cref="Load"/> reads.</exception>
        /// <exception cref="IOException">The store failed; the old record is unchanged.</exception>
        public static void Save(IRecordStore store, HolidayCalendar calendar)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(HolidayCalendarText.Format(calendar));
            if (bytes.Length > HolidayCalendarText.MaxRecordBytes)
            {
                // Refused here on every store, so a calendar saved on the host is one the device can read back.
                throw new ArgumentException("The holiday calendar takes " + bytes.Length.ToString() + " bytes; the record holds at most " + HolidayCalendarText.MaxRecordBytes.ToString() + ".");
            }

            store.Write(RecordName, bytes, 0, bytes.Length);
        }
    }
}
