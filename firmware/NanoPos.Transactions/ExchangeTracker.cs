using NanoPos.Hal;
using NanoPos.Iso8583;

namespace NanoPos.Transactions
{
    /// <summary>
    /// Follows one exchange of <see cref="HostExchange"/> from connect to answer so that it ends exactly once in its
    /// <see cref="ExchangeHistory"/>, whether the caller runs the whole exchange or its steps, and also when a driver's
    /// exception cuts it short (it then ends by how far it got, at the next close or open).
    /// </summary>
    internal sealed class ExchangeTracker
    {
        private const int PhaseIdle = 0;
        private const int PhaseConnecting = 1;
        private const int PhaseConnected = 2;
        private const int PhaseSending = 3;
        private const int PhaseAwaiting = 4;

        private readonly ExchangeHistory _history = new ExchangeHistory(ExchangeHistory.DefaultCapacity);
        private readonly IClock _clock;
        private int _phase;

        internal ExchangeTracker(IClock clock)
        {
            _clock = clock;
        }

        internal ExchangeHistory History
        {
            get { return _history; }
        }

        /// <summary>A connect begins: an exchange still open was cut short by an exception and ends first.</summary>
        internal void Opening()
        {
            Interrupted();
            _phase = PhaseConnecting;
        }

        /// <summary>The connect ended: an exchange that did not connect ends here.</summary>
        internal void Opened(bool connected)
        {
            if (connected)
            {
                _phase = PhaseConnected;
            }
            else
            {
                End(ExchangeEnding.ConnectFailed);
            }
        }

        /// <summary>Bytes may leave from now on: an exception now means "link lost", not "nothing sent".</summary>
        internal void Sending()
        {
            if (_phase != PhaseIdle)
            {
                _phase = PhaseSending;
            }
        }

        /// <summary>The send ended: a request that went through waits for its answer, any other ends here.</summary>
        internal void Sent(ExchangeStatus sent)
        {
            if (sent == ExchangeStatus.Response)
            {
                if (_phase != PhaseIdle)
                {
                    _phase = PhaseAwaiting;
                }
            }
            else
            {
                End(sent == ExchangeStatus.NothingSent ? ExchangeEnding.NothingSent : ExchangeEnding.LinkLost);
            }
        }

        /// <summary>The wait ended: the exchange ends by what came back.</summary>
        internal void Answered(ExchangeStatus status, IsoMessage response, AnswerFault lastFault)
        {
            End(EndingOf(status, response, lastFault));
        }

        /// <summary>Ends an exchange that an exception left open, by how far it got; nothing when none is open.</summary>
        internal void Interrupted()
        {
            if (_phase != PhaseIdle)
            {
                End(_phase == PhaseConnecting ? ExchangeEnding.ConnectFailed : _phase == PhaseConnected ? ExchangeEnding.NothingSent : ExchangeEnding.LinkLost);
            }
        }

        private static ExchangeEnding EndingOf(ExchangeStatus status, IsoMessage response, AnswerFault lastFault)
        {
            switch (status)
            {
                case ExchangeStatus.Response:
                    // Compared by character: on nanoCLR every string literal evaluated (ldstr) allocates, and this runs
                    // on every exchange. AnswerCheck has made field 39 two letters or digits.
                    string code = response.GetString(39);
                    if (code == null || code.Length != 2 || code[0] != '9')
                    {
                        return ExchangeEnding.Answered;
                    }

                    return code[1] == '1' ? ExchangeEnding.Code91 : code[1] == '6' ? ExchangeEnding.Code96 : ExchangeEnding.Answered;
                case ExchangeStatus.Malformed:
                    return lastFault == AnswerFault.MissingMac || lastFault == AnswerFault.BadMac ? ExchangeEnding.MacFailure : ExchangeEnding.Malformed;
                case ExchangeStatus.LinkLost:
                    return ExchangeEnding.LinkLost;
                case ExchangeStatus.Timeout:
                    return ExchangeEnding.Timeout;
                case ExchangeStatus.NothingSent:
                    return ExchangeEnding.NothingSent;
                default:
                    return ExchangeEnding.ConnectFailed;
            }
        }

        private void End(ExchangeEnding ending)
        {
            if (_phase == PhaseIdle)
            {
                return;
            }

            _phase = PhaseIdle;
            _history.Record(ending, _clock.MonotonicMs);
        }
    }
}
