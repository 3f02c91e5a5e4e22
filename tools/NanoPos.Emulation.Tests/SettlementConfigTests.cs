using System;
using System.Text;
using NanoPos.Hal;
using NanoPos.Hal.Simulated;
using NanoPos.Terminal;
using NanoPos.Transactions;
using NanoPos.Ui;
using Xunit;

namespace NanoPos.Emulation.Tests
{
    /// <summary>
    /// Issue 14, expected funds date: the configuration keys settlement.days and settlement.cutoff, the record "holidays"
    /// (absent: the built-in 2026 calendar; invalid or unreadable: a configuration error naming it), and the boot that
    /// reads it on the simulated terminal.
    /// </summary>
    public class SettlementConfigTests
    {
        private const string Minimal = "terminal.id=TERM0001\nmerchant.id=123456789012345\nmerchant.name=SHOP\nhost.address=10.0.0.1\nhost.port=5800\ntech.pin=2468\n";

        private const string Calendar2027 = "year=2027\nholiday=2027-01-01\n";

        [Fact]
        public void The_defaults_are_T_plus_1_and_23_00_and_are_written_back()
        {
            TerminalConfig config = TerminalConfig.Parse(Minimal);

            Assert.Equal(1, config.SettlementDays);
            Assert.Equal(23 * 60, config.SettlementCutoffMinutes);
            Assert.Contains("settlement.days=1\nsettlement.cutoff=23:00\n", config.ToText());
            Assert.Equal(config.ToText(), TerminalConfig.Parse(config.ToText()).ToText());
            Assert.True(config.Holidays.Covers(2026), "the built-in calendar without a record");
            Assert.False(config.Holidays.Covers(2027));
        }

        [Theory]
        [InlineData("settlement.days=0\nsettlement.cutoff=24:00\n", 0, 1440, "24:00")]
        [InlineData("settlement.days=5\nsettlement.cutoff=00:01\n", 5, 1, "00:01")]
        [InlineData("settlement.cutoff = 17:30\n", 1, 1050, "17:30")]
        public void Given_values_are_read_and_written_back(string keys, int days, int cutoff, string written)
        {
            TerminalConfig config = TerminalConfig.Parse(Minimal + keys);

            Assert.Equal(days, config.SettlementDays);
            Assert.Equal(cutoff, config.SettlementCutoffMinutes);
            Assert.Contains("settlement.cutoff=" + written + "\n", config.ToText());
            Assert.Equal(config.ToText(), TerminalConfig.Parse(config.ToText()).ToText());
            SettlementCycle cycle = config.ToSettlementCycle();
            Assert.Equal(days, cycle.Days);
            Assert.Equal(cutoff, cycle.CutoffMinutes);
        }

        [Theory]
        [InlineData("settlement.days=6", "settlement.days", "must be 0 to 5")]
        [InlineData("settlement.days=-1", "settlement.days", "must be 0 to 5")]
        [InlineData("settlement.days=T+1", "settlement.days", "whole number")]
        [InlineData("settlement.days=1\nsettlement.days=2", "settlement.days", "given twice")]
        [InlineData("settlement.cutoff=23", "settlement.cutoff", "HH:MM")]
        [InlineData("settlement.cutoff=7:30", "settlement.cutoff", "HH:MM")]
        [InlineData("settlement.cutoff=2300", "settlement.cutoff", "HH:MM")]
        [InlineData("settlement.cutoff=23:60", "settlement.cutoff", "00:01 to 24:00")]
        [InlineData("settlement.cutoff=24:01", "settlement.cutoff", "00:01 to 24:00")]
        [InlineData("settlement.cutoff=25:00", "settlement.cutoff", "00:01 to 24:00")]
        [InlineData("settlement.cutoff=00:00", "settlement.cutoff", "24:00 for a cut-off at midnight")]
        public void Bad_values_name_their_key(string line, string key, string fragment)
        {
            ConfigException e = Assert.Throws<ConfigException>(() => TerminalConfig.Parse(Minimal + line + "\n"));

            Assert.Equal(key, e.Key);
            Assert.Contains(fragment, e.Message);
        }

        [Fact]
        public void No_record_gives_the_built_in_2026_calendar()
        {
            HolidayCalendar calendar = HolidayRecord.Load(new InMemoryRecordStore());

            Assert.Equal("holidays", HolidayRecord.RecordName);
            Assert.Equal(1, calendar.YearCount);
            Assert.Equal(HolidayCalendarText.Format(ChinaHolidays.Create2026()), HolidayCalendarText.Format(calendar));
        }

        [Fact]
        public void A_provisioned_record_replaces_the_built_in_calendar_and_saves_back()
        {
            var store = new InMemoryRecordStore();
            Write(store, "holidays", "# next year\n" + Calendar2027);

            HolidayCalendar calendar = HolidayRecord.Load(store);
            Assert.True(calendar.Covers(2027));
            Assert.False(calendar.Covers(2026));

            HolidayRecord.Save(store, HolidayCalendarText.Parse(ChinaHolidays.Text2026 + Calendar2027));
            Assert.Equal(2, HolidayRecord.Load(store).YearCount);
        }

        [Theory]
        [InlineData("year=2027\nholliday=2027-01-01\n", "line 2: unknown key 'holliday'")]
        [InlineData("year=2027\nworkday=2027-01-02\n", "line 1: year 2027 lists no holiday")]
        [InlineData("", "declares no year")]
        public void An_invalid_record_is_a_configuration_error_naming_it(string text, string fragment)
        {
            var store = new InMemoryRecordStore();
            Write(store, "holidays", text);

            ConfigException e = Assert.Throws<ConfigException>(() => HolidayRecord.Load(store));
            Assert.Equal("holidays", e.Key);
            Assert.False(e.Missing);
            Assert.Contains(fragment, e.Message);
        }

        [Fact]
        public void A_damaged_or_oversized_record_is_a_configuration_error_naming_it()
        {
            var store = new InMemoryRecordStore();
            Write(store, "holidays", Calendar2027);
            store.Damage("holidays");
            ConfigException damaged = Assert.Throws<ConfigException>(() => HolidayRecord.Load(store));
            Assert.Equal("holidays", damaged.Key);
            Assert.Contains("cannot be read", damaged.Message);

            Write(store, "holidays", Calendar2027 + new string('#', HolidayCalendarText.MaxRecordBytes));
            ConfigException big = Assert.Throws<ConfigException>(() => HolidayRecord.Load(store));
            Assert.Equal("holidays", big.Key);
            Assert.Contains("longer than 2048 bytes", big.Message);
        }

        [Fact]
        public void Loading_the_configuration_reads_the_calendar_with_it()
        {
            var store = new InMemoryRecordStore();
            Write(store, TerminalConfig.RecordName, Minimal + "settlement.days=0\n");
            Write(store, "holidays", Calendar2027);

            TerminalConfig config = TerminalConfig.Load(store);

            Assert.True(config.Holidays.Covers(2027));
            Assert.True(config.ToSettlementCycle().TryGetFundsDate(new DateTime(2027, 1, 1, 10, 0, 0), out DateTime funds));
            Assert.Equal(new DateTime(2027, 1, 4), funds);
        }

        [Fact]
        public void A_bad_calendar_stops_the_boot_on_the_setup_error_screen_naming_the_record()
        {
            using var terminal = new SimulatedTerminal();
            Write(terminal.Store, "holidays", "year=2026\nholiday=2026-01-10\n");

            terminal.Boot();

            Assert.Equal(UiScreen.ConfigError, terminal.Screen);
            Assert.Contains("holidays", string.Join("\n", terminal.ScreenText));
            Assert.Null(terminal.Power.Firmware.Engine);
        }

        [Fact]
        public void A_good_calendar_boots_and_is_the_configuration_s()
        {
            using var terminal = new SimulatedTerminal();
            Write(terminal.Store, "holidays", Calendar2027);

            terminal.Boot();

            Assert.NotEqual(UiScreen.ConfigError, terminal.Screen);
            Assert.True(terminal.Power.Firmware.Config.Holidays.Covers(2027));
            Assert.False(terminal.Power.Firmware.Config.Holidays.Covers(2026));
        }

        private static void Write(IRecordStore store, string name, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            store.Write(name, bytes, 0, bytes.Length);
        }
    }
}
