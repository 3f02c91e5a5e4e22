using NanoPos.Diagnostics;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// The words of the self-tests: each test's name, its status, and the message for each failure reason (with its
    /// figure), in the catalog's language. Also used by the host tools to read a health code back as text.
    /// </summary>
    public static class SelfTestTexts
    {
        private static readonly MessageId[] s_names = new MessageId[]
        {
            MessageId.TestDisplay, MessageId.TestKeypad, MessageId.TestStore, MessageId.TestClock, MessageId.TestLink,
            MessageId.TestHost, MessageId.TestMemory,
        };

        /// <summary>Gets the message naming a test, with its number in the self-test list ("1 Display").</summary>
        /// <param name="id">The test.</param>
        /// <returns>The message.</returns>
        public static MessageId NameOf(SelfTestId id)
        {
            return s_names[(int)id];
        }

        /// <summary>Gets a status as a short word ("OK", "FAIL"), or "-" for a test not run.</summary>
        /// <param name="status">The status.</param>
        /// <param name="language">The language.</param>
        /// <returns>The word.</returns>
        public static string StatusWord(SelfTestStatus status, Language language)
        {
            switch (status)
            {
                case SelfTestStatus.Passed:
                    return MessageCatalog.Get(MessageId.TestPassed, language);
                case SelfTestStatus.Failed:
                    return MessageCatalog.Get(MessageId.TestFailed, language);
                case SelfTestStatus.Running:
                    return MessageCatalog.Get(MessageId.TestRunning, language);
                default:
                    return "-";
            }
        }

        /// <summary>Gets what a failure reason tells the technician, with its figure filled in.</summary>
        /// <param name="reason">The reason.</param>
        /// <param name="figure">What fills the message's {0}: the result's value (pages, bytes, ms, dBm, as the reason
        /// documents), the missing keys for <see cref="SelfTestReason.KeysMissing"/>, or "?" when unknown.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text; empty for <see cref="SelfTestReason.None"/>.</returns>
        public static string ReasonText(SelfTestReason reason, string figure, Language language)
        {
            return reason == SelfTestReason.None ? string.Empty : MessageCatalog.Format(MessageOf(reason), language, figure);
        }

        /// <summary>Gets what a finished result's failure tells the technician, with its own figure.</summary>
        /// <param name="result">The result.</param>
        /// <param name="language">The language.</param>
        /// <returns>The text; empty when it did not fail.</returns>
        public static string ReasonText(SelfTestResult result, Language language)
        {
            string figure = result.Reason == SelfTestReason.KeysMissing && result.Detail != null ? result.Detail : result.Value.ToString();
            return ReasonText(result.Reason, figure, language);
        }

        /// <summary>Gets the message for a failure reason.</summary>
        /// <param name="reason">The reason.</param>
        /// <returns>The message (<see cref="MessageId.ReasonTestError"/> for a reason this version does not know).</returns>
        public static MessageId MessageOf(SelfTestReason reason)
        {
            switch (reason)
            {
                case SelfTestReason.DisplayBusError: return MessageId.ReasonDisplayBus;
                case SelfTestReason.DisplayPageWrong: return MessageId.ReasonDisplayWrong;
                case SelfTestReason.DisplayNotConfirmed: return MessageId.ReasonDisplayNoAnswer;
                case SelfTestReason.KeysMissing: return MessageId.ReasonKeysMissing;
                case SelfTestReason.StoreWriteFailed: return MessageId.ReasonStoreWrite;
                case SelfTestReason.StoreReadFailed: return MessageId.ReasonStoreRead;
                case SelfTestReason.StoreMismatch: return MessageId.ReasonStoreMismatch;
                case SelfTestReason.StoreLowSpace: return MessageId.ReasonStoreLow;
                case SelfTestReason.ClockNotSet: return MessageId.ReasonClockNotSet;
                case SelfTestReason.ClockNotSynced: return MessageId.ReasonClockNotSynced;
                case SelfTestReason.ClockSyncStale: return MessageId.ReasonClockStale;
                case SelfTestReason.ClockDrift: return MessageId.ReasonClockDrift;
                case SelfTestReason.LinkNoRadio: return MessageId.ReasonLinkNoRadio;
                case SelfTestReason.LinkWeakSignal: return MessageId.ReasonLinkWeak;
                case SelfTestReason.LinkNameFailed: return MessageId.ReasonLinkDns;
                case SelfTestReason.LinkTcpFailed: return MessageId.ReasonLinkTcp;
                case SelfTestReason.LinkTlsFailed: return MessageId.ReasonLinkTls;
                case SelfTestReason.HostNotReached: return MessageId.ReasonHostNotReached;
                case SelfTestReason.HostNoAnswer: return MessageId.ReasonHostNoAnswer;
                case SelfTestReason.HostRefused: return MessageId.ReasonHostRefused;
                case SelfTestReason.HostBadAnswer: return MessageId.ReasonHostBadAnswer;
                case SelfTestReason.HostNoKeys: return MessageId.ReasonHostNoKeys;
                case SelfTestReason.MemoryLow: return MessageId.ReasonMemoryLow;
                default: return MessageId.ReasonTestError;
            }
        }
    }
}
