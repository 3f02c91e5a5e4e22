using System;
using NanoPos.Transactions;
using NanoPos.Ui.Text;

namespace NanoPos.Ui.Receipts
{
    /// <summary>Makes the <see cref="Receipt"/> of an approved result, or of an entry of the batch, with the terminal's identity.</summary>
    internal static class ReceiptBuilder
    {
        /// <summary>The receipt of an approved sale, void or refund just done; its time is now.</summary>
        internal static Receipt FromResult(TerminalUi ui, TransactionRequest done)
        {
            TransactionResult result = done.Result;
            Receipt receipt = Identity(ui);
            receipt.Kind = KindWord(done.Kind == RequestKind.Void ? TransactionKind.Void : done.Kind == RequestKind.Refund ? TransactionKind.Refund : TransactionKind.Sale);
            receipt.Status = StatusWord(done.Kind == RequestKind.Void ? TransactionKind.Void : done.Kind == RequestKind.Refund ? TransactionKind.Refund : TransactionKind.Sale, false);
            receipt.AmountMinor = result.AmountMinor > 0 ? result.AmountMinor : done.AmountMinor;
            receipt.MaskedPan = result.MaskedPan;
            receipt.Stan = result.Stan;
            receipt.Rrn = result.Rrn;
            receipt.AuthCode = result.AuthCode;
            receipt.LocalTime = UiText.FormatDateTime(ui.Clock.UtcNow.AddMinutes(ui.Settings.UtcOffsetMinutes));
            return receipt;
        }

        /// <summary>The receipt of an approved entry of the history; its time is the entry's own, the year from when it was made.</summary>
        internal static Receipt FromEntry(TerminalUi ui, HistoryEntry entry)
        {
            Receipt receipt = Identity(ui);
            receipt.Kind = KindWord(entry.Kind);
            receipt.Status = StatusWord(entry.Kind, entry.Voided);
            receipt.AmountMinor = entry.AmountMinor;
            receipt.MaskedPan = entry.MaskedPan;
            receipt.Stan = entry.Stan;
            receipt.Rrn = entry.Rrn;
            receipt.AuthCode = entry.AuthCode;
            receipt.LocalTime = UiText.FormatDateTime(LocalTimeOf(ui, entry.CreatedUtcTicks, entry.LocalDateTime));
            return receipt;
        }

        /// <summary>
        /// Gets when a transaction was made, local time: its fields 13 and 12 (month, day, time, MMDDhhmmss) with the year of
        /// its creation (the request carries no year), or of now when the creation time is unknown.
        /// </summary>
        /// <param name="ui">The terminal (its UTC offset and clock).</param>
        /// <param name="createdUtcTicks">When it was made, UTC ticks, or 0 when unknown.</param>
        /// <param name="mmddhhmmss">Its local time as sent.</param>
        internal static DateTime LocalTimeOf(TerminalUi ui, long createdUtcTicks, string mmddhhmmss)
        {
            DateTime made = createdUtcTicks > 0 ? new DateTime(createdUtcTicks).AddMinutes(ui.Settings.UtcOffsetMinutes)
                : ui.Clock.UtcNow.AddMinutes(ui.Settings.UtcOffsetMinutes);
            string t = mmddhhmmss;
            if (t == null || t.Length != 10 || !UiText.IsDigits(t))
            {
                return made;
            }

            int month = ((t[0] - '0') * 10) + (t[1] - '0');
            int day = ((t[2] - '0') * 10) + (t[3] - '0');
            int hour = ((t[4] - '0') * 10) + (t[5] - '0');
            int minute = ((t[6] - '0') * 10) + (t[7] - '0');
            int second = ((t[8] - '0') * 10) + (t[9] - '0');
            if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(made.Year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return made;
            }

            return new DateTime(made.Year, month, day, hour, minute, second);
        }

        private static Receipt Identity(TerminalUi ui)
        {
            var receipt = new Receipt();
            receipt.MerchantName = ui.Settings.MerchantName;
            receipt.MerchantId = ui.Settings.MerchantId;
            receipt.TerminalId = ui.Settings.TerminalId;
            receipt.Decimals = ui.Settings.CurrencyDecimals;
            return receipt;
        }

        private static string KindWord(TransactionKind kind)
        {
            return kind == TransactionKind.Void ? "VOID" : kind == TransactionKind.Refund ? "REFUND" : "SALE";
        }

        private static string StatusWord(TransactionKind kind, bool voided)
        {
            if (voided)
            {
                return "VOIDED";
            }

            return kind == TransactionKind.Refund ? "REFUNDED" : "APPROVED";
        }
    }
}
