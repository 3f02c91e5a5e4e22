using System;
using System.Threading;
using NanoPos.Transactions;

namespace NanoPos.Ui
{
    /// <summary>
    /// One engine call handed to an <see cref="ITransactionRunner"/>: what to run, and once done, what came of it.
    /// </summary>
    /// <remarks>
    /// The card (and its PIN block) is held only until the call is done: <see cref="ForgetCard"/> zeroes the PIN block
    /// and drops the reference, so nothing of the PIN outlives the request.
    /// <para>
    /// Thread safety: the worker writes the result fields, then <see cref="MarkDone"/>; the screen thread polls
    /// <see cref="IsDone"/>, then reads them. The flag is an int changed and read only through
    /// <see cref="Interlocked"/>, whose operations are full fences: the result writes cannot move after the flag is
    /// set, and the result reads cannot move before the flag is seen. (nanoFramework's mscorlib has no
    /// <c>volatile</c> support: its compiler needs <c>IsVolatile</c>, which the 1.x mscorlib lacks.)
    /// </para>
    /// </remarks>
    public sealed class TransactionRequest
    {
        private int _done;

        /// <summary>Creates a request.</summary>
        /// <param name="kind">The engine call.</param>
        /// <param name="amountMinor">The amount in minor units (sale, refund), else 0.</param>
        /// <param name="card">The card (sale, refund, balance), else null.</param>
        /// <param name="stan">The STAN of the sale to void (void), else 0.</param>
        public TransactionRequest(RequestKind kind, long amountMinor, CardData card, int stan)
        {
            Kind = kind;
            AmountMinor = amountMinor;
            Card = card;
            Stan = stan;
        }

        /// <summary>Gets the engine call.</summary>
        public RequestKind Kind { get; }

        /// <summary>Gets the amount in minor units (sale, refund).</summary>
        public long AmountMinor { get; }

        /// <summary>Gets the card until <see cref="ForgetCard"/> (sale, refund, balance), else null.</summary>
        public CardData Card { get; private set; }

        /// <summary>Gets the STAN of the sale to void.</summary>
        public int Stan { get; }

        /// <summary>Gets or sets what the engine returned (null for <see cref="RequestKind.ServiceReversals"/> and on failure).</summary>
        public TransactionResult Result { get; set; }

        /// <summary>Gets or sets what the journal held, for <see cref="RequestKind.Recover"/>.</summary>
        public JournalRecovery Recovery { get; set; }

        /// <summary>Gets or sets, for <see cref="RequestKind.ServiceReversals"/>, whether no reversal is pending any more.</summary>
        public bool ReversalsClear { get; set; }

        /// <summary>Gets or sets, for <see cref="RequestKind.PrepareUpdate"/>, what is still owed after the flush and the settlement.</summary>
        public UpdateReadiness Readiness { get; set; }

        /// <summary>Gets or sets the self-test to run, for <see cref="RequestKind.SelfTest"/>.</summary>
        public NanoPos.Diagnostics.ISelfTest SelfTest { get; set; }

        /// <summary>Gets or sets the exception the engine threw (storage failure), or null.</summary>
        public Exception Failure { get; set; }

        /// <summary>Gets a value indicating whether the call has finished (result or failure set). Safe to read from any thread.</summary>
        public bool IsDone
        {
            get { return Interlocked.CompareExchange(ref _done, 0, 0) != 0; }
        }

        /// <summary>Marks the call finished; the runner calls it last, after setting the result.</summary>
        public void MarkDone()
        {
            Interlocked.Exchange(ref _done, 1);
        }

        /// <summary>Zeroes the PIN block and drops the card, once the request has left (or will never leave).</summary>
        public void ForgetCard()
        {
            if (Card != null && Card.PinBlock != null)
            {
                Array.Clear(Card.PinBlock, 0, Card.PinBlock.Length);
                Card.PinBlock = null;
            }

            Card = null;
        }
    }
}
