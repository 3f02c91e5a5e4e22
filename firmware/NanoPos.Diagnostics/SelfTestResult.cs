namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The outcome of one self-test: passed or failed, the reason as a code, the measured figure and a short detail.
    /// One instance per test, reused from run to run.
    /// </summary>
    /// <remarks>
    /// <see cref="Value"/> is the test's main figure, whose unit each test documents (pages, keys, bytes, ms, dBm);
    /// <see cref="Detail"/> is short ASCII text of figures or a driver's message (e.g. "-61 dBm, DNS 12 ms, TCP 40 ms,
    /// TLS 210 ms"), shown under the translated reason. Neither ever holds card data.
    /// </remarks>
    public sealed class SelfTestResult
    {
        /// <summary>Creates a result that says the test has not run.</summary>
        /// <param name="id">The test.</param>
        public SelfTestResult(SelfTestId id)
        {
            Id = id;
            Reset();
        }

        /// <summary>Gets the test.</summary>
        public SelfTestId Id { get; }

        /// <summary>Gets where the test stands.</summary>
        public SelfTestStatus Status { get; private set; }

        /// <summary>Gets why it failed, or <see cref="SelfTestReason.None"/>.</summary>
        public SelfTestReason Reason { get; private set; }

        /// <summary>Gets the main figure (unit per test), or 0.</summary>
        public long Value { get; private set; }

        /// <summary>Gets short ASCII text of figures or a driver's message, or null.</summary>
        public string Detail { get; private set; }

        /// <summary>Gets how long the test ran in ms (monotonic clock).</summary>
        public long DurationMs { get; private set; }

        /// <summary>Gets a value indicating whether the test has finished (passed or failed).</summary>
        public bool IsFinished
        {
            get { return Status == SelfTestStatus.Passed || Status == SelfTestStatus.Failed; }
        }

        /// <summary>Forgets the last run.</summary>
        public void Reset()
        {
            Status = SelfTestStatus.NotRun;
            Reason = SelfTestReason.None;
            Value = 0;
            Detail = null;
            DurationMs = 0;
        }

        /// <summary>Marks the test running.</summary>
        public void Start()
        {
            Reset();
            Status = SelfTestStatus.Running;
        }

        /// <summary>Records a pass.</summary>
        /// <param name="value">The main figure.</param>
        /// <param name="detail">Figures as short ASCII text, or null.</param>
        /// <param name="durationMs">How long the test ran, in ms.</param>
        public void Pass(long value, string detail, long durationMs)
        {
            Status = SelfTestStatus.Passed;
            Reason = SelfTestReason.None;
            Value = value;
            Detail = detail;
            DurationMs = durationMs;
        }

        /// <summary>Records a failure.</summary>
        /// <param name="reason">Why.</param>
        /// <param name="value">The figure the reason refers to (unit per reason), or 0.</param>
        /// <param name="detail">Short ASCII text (a driver's message, the missing keys), or null.</param>
        /// <param name="durationMs">How long the test ran, in ms.</param>
        public void Fail(SelfTestReason reason, long value, string detail, long durationMs)
        {
            Status = SelfTestStatus.Failed;
            Reason = reason;
            Value = value;
            Detail = detail;
            DurationMs = durationMs;
        }

        /// <summary>Restores a finished result, e.g. read back from the health record after a reboot.</summary>
        /// <param name="status">The status.</param>
        /// <param name="reason">The reason.</param>
        /// <param name="value">The figure.</param>
        public void Restore(SelfTestStatus status, SelfTestReason reason, long value)
        {
            Status = status;
            Reason = reason;
            Value = value;
            Detail = null;
            DurationMs = 0;
        }
    }
}
