using System;

namespace NanoPos.TestBridge
{
    /// <summary>The result of running one <see cref="BridgeCase"/>.</summary>
    public sealed class BridgeResult
    {
        internal BridgeResult(
            BridgeCase testCase,
            BridgeOutcome outcome,
            string message,
            string stackTrace,
            Exception exception,
            string output,
            DateTimeOffset startTime,
            DateTimeOffset endTime)
        {
            Case = testCase;
            Outcome = outcome;
            Message = message;
            StackTrace = stackTrace;
            Exception = exception;
            Output = output;
            StartTime = startTime;
            EndTime = endTime;
        }

        /// <summary>The case that ran.</summary>
        public BridgeCase Case { get; }

        /// <summary>Passed, failed or skipped.</summary>
        public BridgeOutcome Outcome { get; }

        /// <summary>
        /// For a failure, the assertion message, or the exception type and message; for a skip, the
        /// reason; null when passed.
        /// </summary>
        public string Message { get; }

        /// <summary>The stack trace of the exception that ended the case (inner exceptions appended); null if none.</summary>
        public string StackTrace { get; }

        /// <summary>The exception thrown by the test method itself (never a TargetInvocationException wrapper); null if none.</summary>
        public Exception Exception { get; }

        /// <summary>What the case wrote through OutputHelper; empty when nothing.</summary>
        public string Output { get; }

        /// <summary>When the case started.</summary>
        public DateTimeOffset StartTime { get; }

        /// <summary>When the case ended.</summary>
        public DateTimeOffset EndTime { get; }

        /// <summary>How long the case ran.</summary>
        public TimeSpan Duration => EndTime - StartTime;

        /// <inheritdoc/>
        public override string ToString()
        {
            return Outcome + " " + Case.UniqueName + (Message == null ? string.Empty : ": " + Message);
        }
    }
}
