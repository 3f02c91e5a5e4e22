using System;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The terminal's self-tests, one per <see cref="SelfTestId"/>, in the order "run all" runs them.
    /// </summary>
    public sealed class SelfTestSuite
    {
        /// <summary>The number of self-tests (every <see cref="SelfTestId"/> from 0 to Count - 1).</summary>
        public const int Count = 7;

        private readonly ISelfTest[] _tests;

        /// <summary>Creates the suite.</summary>
        /// <param name="tests">One test per <see cref="SelfTestId"/>, at the index of its id. The array is copied.</param>
        /// <exception cref="ArgumentNullException"><paramref name="tests"/> or one of them is null.</exception>
        /// <exception cref="ArgumentException">There are not <see cref="Count"/> tests, or one is at another id's index.</exception>
        public SelfTestSuite(ISelfTest[] tests)
        {
            if (tests == null)
            {
                throw new ArgumentNullException("tests");
            }

            if (tests.Length != Count)
            {
                throw new ArgumentException("A self-test suite needs exactly " + Count.ToString() + " tests.");
            }

            _tests = new ISelfTest[Count];
            for (int i = 0; i < Count; i++)
            {
                if (tests[i] == null)
                {
                    throw new ArgumentNullException("tests");
                }

                if ((int)tests[i].Id != i)
                {
                    throw new ArgumentException("The test at index " + i.ToString() + " has another id.");
                }

                _tests[i] = tests[i];
            }
        }

        /// <summary>Gets a test.</summary>
        /// <param name="id">Which.</param>
        /// <returns>The test.</returns>
        public ISelfTest Get(SelfTestId id)
        {
            return _tests[(int)id];
        }

        /// <summary>Copies the status and reason of each test's last run into a report.</summary>
        /// <param name="report">The report.</param>
        public void CopyResults(HealthReport report)
        {
            for (int i = 0; i < Count; i++)
            {
                SelfTestResult result = _tests[i].Result;
                report.TestStatus[i] = result.Status == SelfTestStatus.Running ? SelfTestStatus.NotRun : result.Status;
                report.TestReason[i] = result.Reason;
            }
        }
    }
}
