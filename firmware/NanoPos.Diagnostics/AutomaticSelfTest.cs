using System;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Diagnostics
{
    /// <summary>
    /// The shape shared by the self-tests that need nobody: all the work happens in <see cref="Begin"/>, keys and time
    /// change nothing, the caller draws the prompt. A driver exception the test did not expect becomes a
    /// <see cref="SelfTestReason.TestError"/> result instead of ending the technician's session.
    /// </summary>
    public abstract class AutomaticSelfTest : ISelfTest
    {
        private readonly SelfTestResult _result;

        /// <summary>Creates the test.</summary>
        /// <param name="id">Which test it is.</param>
        /// <param name="clock">The clock: the monotonic time measures durations.</param>
        /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
        protected AutomaticSelfTest(SelfTestId id, IClock clock)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            Clock = clock;
            _result = new SelfTestResult(id);
        }

        /// <inheritdoc/>
        public SelfTestId Id
        {
            get { return _result.Id; }
        }

        /// <inheritdoc/>
        public bool IsInteractive
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public SelfTestResult Result
        {
            get { return _result; }
        }

        /// <inheritdoc/>
        public string Progress
        {
            get { return null; }
        }

        /// <summary>Gets the clock.</summary>
        protected IClock Clock { get; }

        /// <inheritdoc/>
        public SelfTestStatus Begin(long nowMs)
        {
            _result.Start();
            long started = Clock.MonotonicMs;
            try
            {
                Run(_result, started);
            }
            catch (IOException e)
            {
                _result.Fail(SelfTestReason.TestError, 0, ShortText.Of(e), Clock.MonotonicMs - started);
            }
            catch (InvalidOperationException e)
            {
                _result.Fail(SelfTestReason.TestError, 0, ShortText.Of(e), Clock.MonotonicMs - started);
            }
            catch (ArgumentException e)
            {
                // Only the exceptions a driver may throw for its part are caught: anything else (a simulated power cut
                // among them) goes on to the caller, as it would for any other code.
                _result.Fail(SelfTestReason.TestError, 0, ShortText.Of(e), Clock.MonotonicMs - started);
            }

            if (_result.Status == SelfTestStatus.Running)
            {
                _result.Fail(SelfTestReason.TestError, 0, "no result", Clock.MonotonicMs - started);
            }

            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus HandleKey(Key key, long nowMs)
        {
            return _result.Status;
        }

        /// <inheritdoc/>
        public SelfTestStatus Tick(long nowMs)
        {
            return _result.Status;
        }

        /// <inheritdoc/>
        public bool Draw(MonochromeFramebuffer frame)
        {
            return false;
        }

        /// <summary>Does the test and records its pass or failure on <paramref name="result"/>.</summary>
        /// <param name="result">The result to fill (running when called).</param>
        /// <param name="startedMs">The monotonic time the run started, in ms.</param>
        protected abstract void Run(SelfTestResult result, long startedMs);

        /// <summary>Gets the ms elapsed since <paramref name="startedMs"/>.</summary>
        /// <param name="startedMs">A monotonic time in ms.</param>
        /// <returns>The elapsed time in ms.</returns>
        protected long Since(long startedMs)
        {
            return Clock.MonotonicMs - startedMs;
        }
    }
}
