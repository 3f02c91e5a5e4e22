using System;
using nanoFramework.TestFramework;
using NanoPos.Transactions;

namespace NanoPos.Transactions.Tests
{
    /// <summary>The ring of exchange endings for the health report: its values, its window and counts, and the link's health.</summary>
    [TestClass]
    public class ExchangeHistoryTests
    {
        [TestMethod]
        public void Ending_values_are_fixed_for_the_report_encoding()
        {
            Assert.AreEqual(0, (int)ExchangeEnding.Answered);
            Assert.AreEqual(1, (int)ExchangeEnding.ConnectFailed);
            Assert.AreEqual(2, (int)ExchangeEnding.NothingSent);
            Assert.AreEqual(3, (int)ExchangeEnding.LinkLost);
            Assert.AreEqual(4, (int)ExchangeEnding.Timeout);
            Assert.AreEqual(5, (int)ExchangeEnding.Malformed);
            Assert.AreEqual(6, (int)ExchangeEnding.MacFailure);
            Assert.AreEqual(7, (int)ExchangeEnding.Code91);
            Assert.AreEqual(8, (int)ExchangeEnding.Code96);
            Assert.AreEqual(9, ExchangeHistory.EndingCount);
            Assert.AreEqual(50, ExchangeHistory.DefaultCapacity);
        }

        [TestMethod]
        public void An_empty_history_has_nothing_and_the_link_is_not_up()
        {
            var history = new ExchangeHistory(ExchangeHistory.DefaultCapacity);

            Assert.AreEqual(50, history.Capacity);
            Assert.AreEqual(0, history.Total);
            Assert.AreEqual(0, history.Window);
            for (int e = 0; e < ExchangeHistory.EndingCount; e++)
            {
                Assert.AreEqual(0, history.Count((ExchangeEnding)e), "ending " + e);
            }

            Assert.AreEqual(-1L, history.UpSinceMs);
            Assert.AreEqual(0L, history.UptimeMs(5000));
            Assert.AreEqual(-1L, history.LastFailureMs);
            Assert.AreEqual((int)ExchangeEnding.Answered, (int)history.LastFailure);
            Assert.AreEqual(0, history.CopyTo(new byte[0], 0));
        }

        [TestMethod]
        public void A_capacity_below_one_and_a_value_that_is_no_ending_are_refused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new ExchangeHistory(0));
            var history = new ExchangeHistory(3);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => history.Record((ExchangeEnding)ExchangeHistory.EndingCount, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => history.Record((ExchangeEnding)(-1), 0));
            Assert.AreEqual(0, history.Total, "nothing recorded");
            Assert.AreEqual(0, history.Count((ExchangeEnding)ExchangeHistory.EndingCount));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => history.Recent(0));
        }

        [TestMethod]
        public void The_ring_keeps_the_latest_endings_and_counts_only_those()
        {
            var history = new ExchangeHistory(3);
            history.Record(ExchangeEnding.Answered, 10);
            history.Record(ExchangeEnding.ConnectFailed, 20);
            history.Record(ExchangeEnding.Timeout, 30);
            Assert.AreEqual(3, history.Window);
            Assert.AreEqual(1, history.Count(ExchangeEnding.Answered));

            history.Record(ExchangeEnding.LinkLost, 40);
            history.Record(ExchangeEnding.Timeout, 50);

            Assert.AreEqual(5, history.Total, "every exchange since boot");
            Assert.AreEqual(3, history.Window, "the ring holds its capacity");
            Assert.AreEqual(0, history.Count(ExchangeEnding.Answered), "overwritten");
            Assert.AreEqual(0, history.Count(ExchangeEnding.ConnectFailed), "overwritten");
            Assert.AreEqual(2, history.Count(ExchangeEnding.Timeout));
            Assert.AreEqual(1, history.Count(ExchangeEnding.LinkLost));
            Assert.AreEqual((int)ExchangeEnding.Timeout, (int)history.Recent(0), "the latest");
            Assert.AreEqual((int)ExchangeEnding.LinkLost, (int)history.Recent(1));
            Assert.AreEqual((int)ExchangeEnding.Timeout, (int)history.Recent(2), "the oldest kept");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => history.Recent(3));

            var bytes = new byte[5];
            Assert.AreEqual(3, history.CopyTo(bytes, 1));
            Assert.AreEqual((byte)0, bytes[0]);
            Assert.AreEqual((byte)ExchangeEnding.Timeout, bytes[1]);
            Assert.AreEqual((byte)ExchangeEnding.LinkLost, bytes[2]);
            Assert.AreEqual((byte)ExchangeEnding.Timeout, bytes[3]);
            Assert.ThrowsException(typeof(ArgumentException), () => history.CopyTo(bytes, 3));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(7)]
        [DataRow(50)]
        public void Counts_over_many_wraps_match_the_last_window_of_endings(int capacity)
        {
            var history = new ExchangeHistory(capacity);
            int recorded = 3 * capacity + 5;
            var all = new int[recorded];
            for (int i = 0; i < recorded; i++)
            {
                // A mix in which every ending occurs, in no cycle of the capacity.
                all[i] = (i * 5 + i / 4) % ExchangeHistory.EndingCount;
                history.Record((ExchangeEnding)all[i], i * 100);
            }

            Assert.AreEqual(recorded, history.Total);
            Assert.AreEqual(capacity, history.Window);
            int sum = 0;
            for (int e = 0; e < ExchangeHistory.EndingCount; e++)
            {
                int expected = 0;
                for (int i = recorded - capacity; i < recorded; i++)
                {
                    expected += all[i] == e ? 1 : 0;
                }

                Assert.AreEqual(expected, history.Count((ExchangeEnding)e), "ending " + e + ", capacity " + capacity);
                sum += history.Count((ExchangeEnding)e);
            }

            Assert.AreEqual(capacity, sum, "every ending in the window is counted once");
            var bytes = new byte[capacity];
            history.CopyTo(bytes, 0);
            for (int age = 0; age < capacity; age++)
            {
                Assert.AreEqual(all[recorded - 1 - age], (int)history.Recent(age), "age " + age);
                Assert.AreEqual(all[recorded - capacity + age], (int)bytes[age], "oldest first, " + age);
            }
        }

        [TestMethod]
        public void Up_time_runs_from_the_first_working_exchange_after_the_last_link_failure()
        {
            var history = new ExchangeHistory(ExchangeHistory.DefaultCapacity);

            history.Record(ExchangeEnding.Malformed, 500);
            Assert.AreEqual(-1L, history.UpSinceMs, "a malformed answer does not start an up period");
            Assert.AreEqual((int)ExchangeEnding.Malformed, (int)history.LastFailure);
            Assert.AreEqual(500L, history.LastFailureMs);

            history.Record(ExchangeEnding.Answered, 1000);
            Assert.AreEqual(1000L, history.UpSinceMs);
            Assert.AreEqual(500L, history.UptimeMs(1500));

            history.Record(ExchangeEnding.Code91, 2000);
            history.Record(ExchangeEnding.MacFailure, 2500);
            Assert.AreEqual(1000L, history.UpSinceMs, "the host answered: the link still works");
            Assert.AreEqual((int)ExchangeEnding.MacFailure, (int)history.LastFailure, "anything but Answered is a failure");
            Assert.AreEqual(2500L, history.LastFailureMs);

            history.Record(ExchangeEnding.Timeout, 3000);
            Assert.AreEqual(-1L, history.UpSinceMs, "a link failure ends the up period");
            Assert.AreEqual(0L, history.UptimeMs(3500));
            Assert.AreEqual((int)ExchangeEnding.Timeout, (int)history.LastFailure);
            Assert.AreEqual(3000L, history.LastFailureMs);

            history.Record(ExchangeEnding.Malformed, 3500);
            Assert.AreEqual(-1L, history.UpSinceMs, "still not up");

            history.Record(ExchangeEnding.Code96, 4000);
            Assert.AreEqual(4000L, history.UpSinceMs, "a 96 is an answer: the link works again");
            history.Record(ExchangeEnding.Answered, 4500);
            Assert.AreEqual(4000L, history.UpSinceMs, "the first working exchange counts");
            Assert.AreEqual(2000L, history.UptimeMs(6000));
            Assert.AreEqual((int)ExchangeEnding.Code96, (int)history.LastFailure, "an Answered is no failure");
            Assert.AreEqual(4000L, history.LastFailureMs);

            history.Record(ExchangeEnding.ConnectFailed, 7000);
            history.Record(ExchangeEnding.NothingSent, 7100);
            history.Record(ExchangeEnding.LinkLost, 7200);
            Assert.AreEqual(-1L, history.UpSinceMs);
            Assert.AreEqual((int)ExchangeEnding.LinkLost, (int)history.LastFailure);
            Assert.AreEqual(7200L, history.LastFailureMs);
        }

        [TestMethod]
        public void Link_failure_and_working_classes_cover_the_endings()
        {
            Assert.IsTrue(ExchangeHistory.IsLinkFailure(ExchangeEnding.ConnectFailed));
            Assert.IsTrue(ExchangeHistory.IsLinkFailure(ExchangeEnding.NothingSent));
            Assert.IsTrue(ExchangeHistory.IsLinkFailure(ExchangeEnding.LinkLost));
            Assert.IsTrue(ExchangeHistory.IsLinkFailure(ExchangeEnding.Timeout));
            Assert.IsTrue(ExchangeHistory.IsLinkWorking(ExchangeEnding.Answered));
            Assert.IsTrue(ExchangeHistory.IsLinkWorking(ExchangeEnding.Code91));
            Assert.IsTrue(ExchangeHistory.IsLinkWorking(ExchangeEnding.Code96));
            Assert.IsFalse(ExchangeHistory.IsLinkFailure(ExchangeEnding.Malformed) || ExchangeHistory.IsLinkWorking(ExchangeEnding.Malformed));
            Assert.IsFalse(ExchangeHistory.IsLinkFailure(ExchangeEnding.MacFailure) || ExchangeHistory.IsLinkWorking(ExchangeEnding.MacFailure));
            for (int e = 0; e < ExchangeHistory.EndingCount; e++)
            {
                Assert.IsFalse(ExchangeHistory.IsLinkFailure((ExchangeEnding)e) && ExchangeHistory.IsLinkWorking((ExchangeEnding)e), "ending " + e);
            }
        }

        [TestMethod]
        public void Clear_forgets_everything()
        {
            var history = new ExchangeHistory(4);
            history.Record(ExchangeEnding.Answered, 100);
            history.Record(ExchangeEnding.Timeout, 200);
            history.Record(ExchangeEnding.Answered, 300);

            history.Clear();

            Assert.AreEqual(0, history.Total);
            Assert.AreEqual(0, history.Window);
            Assert.AreEqual(0, history.Count(ExchangeEnding.Answered));
            Assert.AreEqual(0, history.Count(ExchangeEnding.Timeout));
            Assert.AreEqual(-1L, history.UpSinceMs);
            Assert.AreEqual(-1L, history.LastFailureMs);
            Assert.AreEqual((int)ExchangeEnding.Answered, (int)history.LastFailure);

            history.Record(ExchangeEnding.Code91, 400);
            Assert.AreEqual(1, history.Window);
            Assert.AreEqual((int)ExchangeEnding.Code91, (int)history.Recent(0));
            Assert.AreEqual(400L, history.UpSinceMs);
        }
    }
}
