namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// Identifies every text the terminal shows; <see cref="MessageCatalog"/> holds each one in every <see cref="Language"/>.
    /// </summary>
    /// <remarks>
    /// Values run from 0 without gaps (they index the catalog's tables). Add new ids at the end and move
    /// <see cref="MessageCatalog.MessageCount"/> with them. A <c>{0}</c> in a text is filled by
    /// <see cref="MessageCatalog.Format(MessageId, string)"/>. On the device <c>enum.ToString()</c> prints the number.
    /// </remarks>
    public enum MessageId
    {
        // Idle and general
        /// <summary>Idle screen: the terminal is ready for a sale.</summary>
        Ready = 0,
        /// <summary>Idle screen: the keys that start a sale or open the menu.</summary>
        IdleHint,
        /// <summary>Link state on the idle screen: connected.</summary>
        LinkOnline,
        /// <summary>Link state on the idle screen: no connection.</summary>
        LinkOffline,
        /// <summary>Link state on the idle screen: connecting.</summary>
        LinkConnecting,
        /// <summary>Idle screen mark: reversals wait to be delivered.</summary>
        ReversalPendingMark,
        /// <summary>Key hint: Enter confirms, Cancel leaves.</summary>
        HintOkCancel,
        /// <summary>Key hint: Clear deletes the last character.</summary>
        HintDelete,
        /// <summary>Key hint: Cancel goes back.</summary>
        HintBack,
        /// <summary>Key hint: B and C scroll a text that does not fit the screen.</summary>
        HintScroll,
        /// <summary>The cashier cancelled; nothing was sent.</summary>
        Cancelled,
        /// <summary>No key was pressed for too long; back to idle.</summary>
        TimedOut,

        // Menu
        /// <summary>Title of the main menu.</summary>
        MenuTitle,
        /// <summary>Main menu entry: sale.</summary>
        MenuSale,
        /// <summary>Main menu entry: void a sale of the open batch.</summary>
        MenuVoid,
        /// <summary>Main menu entry: refund.</summary>
        MenuRefund,
        /// <summary>Main menu entry: balance inquiry.</summary>
        MenuBalance,
        /// <summary>Main menu entry: transaction history.</summary>
        MenuHistory,
        /// <summary>Main menu entry: settlement.</summary>
        MenuSettlement,
        /// <summary>Main menu entry: technician menu (behind a PIN).</summary>
        MenuTechnician,

        // Amount
        /// <summary>Title of the amount screen.</summary>
        AmountTitle,
        /// <summary>Enter was pressed with an amount of zero.</summary>
        AmountRequired,
        /// <summary>Duplicate-sale guard: the same card and amount were approved {0} minutes ago.</summary>
        DuplicateWarning,

        // Card
        /// <summary>Title of the card number screen.</summary>
        CardNumberTitle,
        /// <summary>The card number fails the length or Luhn check.</summary>
        CardNumberInvalid,
        /// <summary>Title of the expiry screen.</summary>
        ExpiryTitle,
        /// <summary>The expiry is not a valid month and year.</summary>
        ExpiryInvalid,
        /// <summary>The card is expired (terminal check, or host codes 33 and 54).</summary>
        CardExpired,

        // PIN
        /// <summary>Title of the PIN screen.</summary>
        PinTitle,
        /// <summary>PIN screen hint: Enter without digits sends no PIN.</summary>
        PinNone,

        // Processing
        /// <summary>Title of the processing screen.</summary>
        ProcessingTitle,
        /// <summary>Processing screen countdown; {0} is the seconds left.</summary>
        ProcessingCountdown,
        /// <summary>Processing screen: connecting to the host.</summary>
        ProcessingConnecting,
        /// <summary>Processing screen: the request is sent, waiting for the answer.</summary>
        ProcessingWaiting,
        /// <summary>Shown while a payment is in flight.</summary>
        DoNotPowerOff,

        // Results
        /// <summary>Result headline: approved.</summary>
        Approved,
        /// <summary>Result detail of an approval; {0} is the authorization code.</summary>
        AuthCode,
        /// <summary>Result headline: the host declined.</summary>
        Declined,
        /// <summary>Fallback for a response code the catalog does not know; {0} is the code.</summary>
        DeclinedWithCode,
        /// <summary>Result headline: the host did not answer in time (or the answer was unusable).</summary>
        NoResponse,
        /// <summary>Outcome unknown, reversal queued and retried until acknowledged.</summary>
        ReversingNotCharged,
        /// <summary>Outcome unknown, the reversal was acknowledged.</summary>
        ReversedNotCharged,
        /// <summary>Result headline: the request never left the terminal.</summary>
        NotSent,
        /// <summary>Result detail: no connection, nothing happened at the bank.</summary>
        NotSentNoConnection,
        /// <summary>A request that moves no money got no usable answer.</summary>
        NoAnswerNothingChanged,
        /// <summary>Result headline: the terminal refused before sending anything.</summary>
        Refused,
        /// <summary>Refused: an earlier reversal could not be delivered yet.</summary>
        RefusedReversalPending,
        /// <summary>Refused: the transaction journal is full.</summary>
        RefusedJournalFull,
        /// <summary>Refused: the amount or card data is invalid.</summary>
        RefusedInvalidInput,
        /// <summary>Refused: the sale to void is not in the open batch.</summary>
        RefusedOriginalNotFound,
        /// <summary>Refused: the sale to void is already voided.</summary>
        RefusedAlreadyVoided,

        // Host response codes (field 39)
        /// <summary>Host code 01: refer to card issuer.</summary>
        Rc01ReferToIssuer,
        /// <summary>Host code 03: invalid merchant.</summary>
        Rc03InvalidMerchant,
        /// <summary>Host code 05: do not honour.</summary>
        Rc05DoNotHonour,
        /// <summary>Host code 12: invalid transaction.</summary>
        Rc12InvalidTransaction,
        /// <summary>Host code 13: invalid amount.</summary>
        Rc13InvalidAmount,
        /// <summary>Host code 14: invalid card number.</summary>
        Rc14InvalidCard,
        /// <summary>Host code 25: unable to locate the original transaction.</summary>
        Rc25OriginalNotFound,
        /// <summary>Host code 30: format error.</summary>
        Rc30FormatError,
        /// <summary>Host codes 41 and 43: lost or stolen card.</summary>
        Rc41CardBlocked,
        /// <summary>Host code 51: insufficient funds.</summary>
        Rc51InsufficientFunds,
        /// <summary>Host code 55: incorrect PIN.</summary>
        Rc55WrongPin,
        /// <summary>Host code 61: exceeds amount limit.</summary>
        Rc61OverLimit,
        /// <summary>Host code 64: original amount incorrect.</summary>
        Rc64AmountMismatch,
        /// <summary>Host code 75: allowed PIN tries exceeded.</summary>
        Rc75PinTriesExceeded,
        /// <summary>Host codes 91 and 96: issuer or switch inoperative, system malfunction.</summary>
        HostUnavailable,
        /// <summary>Host code 94: duplicate transmission.</summary>
        Rc94Duplicate,
        /// <summary>Host code 95: reconciliation error (settlement totals differ).</summary>
        Rc95TotalsMismatch,
        /// <summary>Host code 97: terminal not registered.</summary>
        Rc97TerminalNotRegistered,
        /// <summary>Host code A0: MAC check failed.</summary>
        RcA0SecurityError,

        // History
        /// <summary>Title of the history list.</summary>
        HistoryTitle,
        /// <summary>The history list is empty.</summary>
        HistoryEmpty,
        /// <summary>Transaction kind: sale.</summary>
        KindSale,
        /// <summary>Transaction kind: void.</summary>
        KindVoid,
        /// <summary>Transaction kind: refund.</summary>
        KindRefund,
        /// <summary>Transaction kind: balance inquiry.</summary>
        KindBalance,
        /// <summary>Transaction status: approved.</summary>
        StatusApproved,
        /// <summary>Transaction status: declined.</summary>
        StatusDeclined,
        /// <summary>Transaction status: voided.</summary>
        StatusVoided,
        /// <summary>Transaction status: reversed.</summary>
        StatusReversed,
        /// <summary>Transaction status: reversal queued.</summary>
        StatusReversalPending,
        /// <summary>History detail; {0} is the local date and time.</summary>
        FieldTime,
        /// <summary>History detail; {0} is the formatted amount.</summary>
        FieldAmount,
        /// <summary>History detail; {0} is the masked card number.</summary>
        FieldCard,
        /// <summary>History detail; {0} is the STAN.</summary>
        FieldStan,
        /// <summary>History detail; {0} is the retrieval reference number.</summary>
        FieldRrn,
        /// <summary>History detail key hint.</summary>
        HistoryVoidHint,
        /// <summary>Confirmation before a void.</summary>
        VoidConfirm,

        // Balance inquiry
        /// <summary>Title of the balance result.</summary>
        BalanceTitle,
        /// <summary>Balance result; {0} is the formatted available amount.</summary>
        BalanceAvailable,

        // Settlement
        /// <summary>Title of the settlement screen.</summary>
        SettlementTitle,
        /// <summary>Settlement totals; {0} is the count and amount of sales.</summary>
        SettlementSales,
        /// <summary>Settlement totals; {0} is the count and amount of refunds.</summary>
        SettlementRefunds,
        /// <summary>Settlement totals; {0} is the net amount.</summary>
        SettlementNet,
        /// <summary>Settlement key hint.</summary>
        SettlementHint,
        /// <summary>Settlement in progress.</summary>
        SettlementRunning,
        /// <summary>The host asked for the batch to be uploaded.</summary>
        SettlementUploading,
        /// <summary>Settlement accepted, the batch is closed.</summary>
        SettlementDone,
        /// <summary>Settlement did not finish, the batch stays open.</summary>
        SettlementFailed,
        /// <summary>Expected funds arrival; {0} is the date.</summary>
        SettlementFundsDate,

        // Technician
        /// <summary>Title of the technician PIN screen.</summary>
        TechPinTitle,
        /// <summary>Wrong technician or supervisor PIN; {0} is the number of tries left.</summary>
        TechPinWrong,
        /// <summary>Technician menu locked after 5 wrong PINs; {0} is the minutes left.</summary>
        TechLocked,
        /// <summary>Title of the technician menu.</summary>
        TechMenuTitle,
        /// <summary>Technician menu entry: device information.</summary>
        TechDeviceInfo,
        /// <summary>Technician menu entry: self-tests.</summary>
        TechSelfTest,
        /// <summary>Technician menu entry: language.</summary>
        TechLanguage,
        /// <summary>Technician menu entry: prepare for a firmware update.</summary>
        TechPrepareUpdate,
        /// <summary>Device information; {0} is the firmware version.</summary>
        InfoFirmware,
        /// <summary>Device information; {0} is the serial number.</summary>
        InfoSerial,
        /// <summary>Device information; {0} is the terminal ID.</summary>
        InfoTerminal,
        /// <summary>Device information; {0} is the merchant ID.</summary>
        InfoMerchant,
        /// <summary>Device information; {0} is the reversal backlog.</summary>
        InfoReversals,
        /// <summary>Device information; {0} is the count of unexpected reboots.</summary>
        InfoReboots,
        /// <summary>Self-tests are not available in this version.</summary>
        SelfTestNotAvailable,

        // Language
        /// <summary>Title of the language screen.</summary>
        LanguageTitle,
        /// <summary>Language choice: English (named in English in both languages).</summary>
        LanguageEnglish,
        /// <summary>Language choice: Chinese (named in Chinese in both languages).</summary>
        LanguageChinese,
        /// <summary>The language was changed.</summary>
        LanguageChanged,

        // Boot and errors
        /// <summary>Boot: starting.</summary>
        BootStarting,
        /// <summary>Boot: the journal is recovered.</summary>
        BootRecovering,
        /// <summary>Boot: pending reversals are flushed.</summary>
        BootSendingReversals,
        /// <summary>Boot: sign-on.</summary>
        BootSigningOn,
        /// <summary>Sign-on got no approval.</summary>
        SignOnFailed,
        /// <summary>No provisioned configuration.</summary>
        ConfigMissing,
        /// <summary>The provisioned configuration is invalid.</summary>
        ConfigInvalid,
        /// <summary>The journal cannot be read or written.</summary>
        JournalError,
        /// <summary>No network connection.</summary>
        NoConnection,
        /// <summary>An unexpected error.</summary>
        TerminalError,

        // Added with the screens (issue 6)
        /// <summary>Title of the configuration error screen.</summary>
        ConfigErrorTitle,
        /// <summary>Configuration error: {0} is the name of the missing or invalid key.</summary>
        ConfigBadKey,
        /// <summary>What to do after a configuration or storage error.</summary>
        CallTechnician,
        /// <summary>Enter on the PIN screen with too few digits: a PIN has 4 to 12 digits.</summary>
        PinLength,
        /// <summary>Device information; {0} is the runtime target name.</summary>
        InfoTarget,
        /// <summary>Device information; {0} is the number of boots.</summary>
        InfoBoots,
        /// <summary>Device information; {0} is the free memory in bytes.</summary>
        InfoFreeMemory,
        /// <summary>Idle screen: the wall time is not set yet (no time sync).</summary>
        TimeNotSet,
        /// <summary>Settings; {0} is the acquirer host address and port.</summary>
        InfoHost,
        /// <summary>Result detail of a void; {0} is the STAN of the voided sale.</summary>
        VoidedStan,

        // Added with the recovery from faults
        /// <summary>An engine call failed (a journal write) or the idle loop keeps failing: the firmware restarts, and its boot sends any pending reversal.</summary>
        TerminalRestarting,
        /// <summary>Title of the screen shown while the terminal restarts itself.</summary>
        PleaseWait,
        /// <summary>The card reader returned card data that cannot be used (a misread): read the card again.</summary>
        CardReadError,

        // Added with journal integrity (issue 11)
        /// <summary>Device information: journal records repaired or rebuilt from a copy at the last boot; {0} is the count.</summary>
        InfoJournalRepaired,
        /// <summary>Device information: damaged journal records nothing could rebuild at the last boot; {0} is the count.</summary>
        InfoJournalLost,
        /// <summary>Refusal detail: the journal cannot be written (store full or failing), so nothing was sent.</summary>
        RefusedStorageFailure,

        /// <summary>Refused: no working keys yet (not signed on); nothing was sent.</summary>
        RefusedNotSignedOn,

        /// <summary>Sign-on refused: a key's check value did not match, or no master key is installed.</summary>
        RefusedKeysRefused,

        // Added with the self-tests and the health report (issue 13)
        /// <summary>Technician menu entry: the health report.</summary>
        TechHealth,
        /// <summary>Technician menu entry: the health report as a QR code.</summary>
        TechHealthQr,
        /// <summary>Self-test list: run every test in order.</summary>
        SelfTestAll,
        /// <summary>Self-test list: the display test.</summary>
        TestDisplay,
        /// <summary>Self-test list: the keypad walk.</summary>
        TestKeypad,
        /// <summary>Self-test list: the flash store test.</summary>
        TestStore,
        /// <summary>Self-test list: the clock test.</summary>
        TestClock,
        /// <summary>Self-test list: the link test.</summary>
        TestLink,
        /// <summary>Self-test list: the host echo test.</summary>
        TestHost,
        /// <summary>Self-test list: the free memory test.</summary>
        TestMemory,
        /// <summary>A self-test passed.</summary>
        TestPassed,
        /// <summary>A self-test failed.</summary>
        TestFailed,
        /// <summary>A self-test is running.</summary>
        TestRunning,
        /// <summary>Before the display test: how to answer each page.</summary>
        PromptDisplay,
        /// <summary>Before the keypad walk: what to do.</summary>
        PromptKeypad,
        /// <summary>Keypad walk: {0} lists the keys not pressed yet.</summary>
        KeysLeft,
        /// <summary>Display test failed: the panel did not take a frame.</summary>
        ReasonDisplayBus,
        /// <summary>Display test failed: page {0} looked wrong to the technician.</summary>
        ReasonDisplayWrong,
        /// <summary>Display test failed: no key on page {0} in time.</summary>
        ReasonDisplayNoAnswer,
        /// <summary>Keypad walk failed: {0} lists the keys that never arrived.</summary>
        ReasonKeysMissing,
        /// <summary>Flash test failed: the write failed.</summary>
        ReasonStoreWrite,
        /// <summary>Flash test failed: the read failed.</summary>
        ReasonStoreRead,
        /// <summary>Flash test failed: other data came back.</summary>
        ReasonStoreMismatch,
        /// <summary>Flash test failed: {0} bytes free.</summary>
        ReasonStoreLow,
        /// <summary>Clock test failed: the time is not set.</summary>
        ReasonClockNotSet,
        /// <summary>Clock test failed: never synchronised.</summary>
        ReasonClockNotSynced,
        /// <summary>Clock test failed: the last sync was {0} hours ago.</summary>
        ReasonClockStale,
        /// <summary>Clock test failed: the clock was {0} ms off.</summary>
        ReasonClockDrift,
        /// <summary>Link test failed: Wi-Fi not joined.</summary>
        ReasonLinkNoRadio,
        /// <summary>Link test failed: the signal is {0} dBm.</summary>
        ReasonLinkWeak,
        /// <summary>Link test failed: the host name was not resolved.</summary>
        ReasonLinkDns,
        /// <summary>Link test failed: no TCP connection.</summary>
        ReasonLinkTcp,
        /// <summary>Link test failed: the TLS handshake failed.</summary>
        ReasonLinkTls,
        /// <summary>Host test failed: the echo was not sent.</summary>
        ReasonHostNotReached,
        /// <summary>Host test failed: no answer.</summary>
        ReasonHostNoAnswer,
        /// <summary>Host test failed: the host refused the echo.</summary>
        ReasonHostRefused,
        /// <summary>Host test failed: the answer failed the MAC or field checks.</summary>
        ReasonHostBadAnswer,
        /// <summary>Host test failed: no working keys.</summary>
        ReasonHostNoKeys,
        /// <summary>Memory test failed: {0} bytes free.</summary>
        ReasonMemoryLow,
        /// <summary>A self-test failed by an error of its own.</summary>
        ReasonTestError,
        /// <summary>Title of the health report.</summary>
        HealthTitle,
        /// <summary>Title beside the health QR code (4 CJK or 8 ASCII characters fit).</summary>
        HealthQrTitle,
        /// <summary>Beside the health QR code: scan it with a phone.</summary>
        HealthQrScan,
        /// <summary>Health report: {0} of the unexpected reboots came during a payment.</summary>
        HealthRebootsInPayment,
        /// <summary>Health report: {0} is the oldest pending reversal's age and attempts.</summary>
        HealthReversalOldest,
        /// <summary>Health report: {0} is journal slots used/all and the format version.</summary>
        HealthJournal,
        /// <summary>Health report: {0} is the number of entries in the open batch.</summary>
        HealthBatch,
        /// <summary>Health report: {0} is the time of the last settlement.</summary>
        HealthSettled,
        /// <summary>Health report: a time that never happened.</summary>
        HealthNever,
        /// <summary>Health report: {0} is how many exchanges the counts cover.</summary>
        HealthExchanges,
        /// <summary>Health report: {0} timeouts.</summary>
        HealthTimeouts,
        /// <summary>Health report: {0} malformed answers.</summary>
        HealthMalformed,
        /// <summary>Health report: {0} answers with a missing or wrong MAC.</summary>
        HealthMac,
        /// <summary>Health report: the link has worked for {0}.</summary>
        HealthLinkUp,
        /// <summary>Health report: the last exchange failed on the link.</summary>
        HealthLinkDown,
        /// <summary>Health report: {0} is the last error and its age.</summary>
        HealthLastError,
        /// <summary>Health report: the working keys are loaded.</summary>
        HealthKeysLoaded,
        /// <summary>Health report: no working keys.</summary>
        HealthKeysMissing,
        /// <summary>Health report: {0} since boot.</summary>
        HealthUptime,
        /// <summary>Health report: {0} is the self-tests passed and failed.</summary>
        HealthSelfTests,
        /// <summary>Health report: {0} is the last link test's signal and connect time.</summary>
        HealthSignal,
        /// <summary>Health report: {0} is the last echo's round trip.</summary>
        HealthEcho,
        /// <summary>Exchange ending: no connection.</summary>
        EndingConnect,
        /// <summary>Exchange ending: nothing sent.</summary>
        EndingNotSent,
        /// <summary>Exchange ending: the connection was lost.</summary>
        EndingLost,
        /// <summary>Exchange ending: no answer in time.</summary>
        EndingTimeout,
        /// <summary>Exchange ending: a malformed answer.</summary>
        EndingMalformed,
        /// <summary>Exchange ending: an answer with a missing or wrong MAC.</summary>
        EndingMac,
        /// <summary>Exchange ending: answered 91.</summary>
        Ending91,
        /// <summary>Exchange ending: answered 96.</summary>
        Ending96,

        // Added with the outcome texts of voids and refunds (issue 14): a void that fails leaves the sale charged
        /// <summary>Void not completed and reversed: the original sale stays charged.</summary>
        VoidReversedStillCharged,
        /// <summary>Void outcome unknown, its reversal is on its way: the original sale stays charged.</summary>
        VoidReversingStillCharged,
        /// <summary>Void not sent (no connection): the original sale stays charged.</summary>
        VoidNotSentStillCharged,
        /// <summary>Void without an answer and nothing to reverse: the original sale stays charged.</summary>
        VoidNoAnswerStillCharged,
        /// <summary>Refund not completed and reversed: no money went back to the card.</summary>
        RefundReversedNoMoney,
        /// <summary>Refund outcome unknown, its reversal is on its way: no money goes back to the card.</summary>
        RefundReversingNoMoney,
        /// <summary>Refund not sent (no connection): no money went back to the card.</summary>
        RefundNotSentNoMoney,

        /// <summary>Amount entry: a digit beyond the maximum was refused; the amount shown is not the one typed, D clears it.</summary>
        AmountTooManyDigits,

        /// <summary>Processing: the request's own wait is over without an answer; its reversal is being sent.</summary>
        ProcessingReversing,

        /// <summary>Title beside the e-receipt QR code (4 CJK or 8 ASCII characters fit).</summary>
        ReceiptQrTitle,

        /// <summary>Key hint on a result or history detail: 0 shows the e-receipt as a QR code.</summary>
        HintReceiptQr,

        /// <summary>Result headline of an approved refund: the money goes back to the card.</summary>
        Refunded,

        /// <summary>Duplicate-sale guard: charge the same card and amount again? # yes, * no.</summary>
        DuplicateAsk,

        /// <summary>The expected funds-arrival date; {0} is the date ("Fri 9 Oct").</summary>
        FundsExpected,

        /// <summary>The funds-arrival date cannot be known (the holiday calendar does not cover the days needed).</summary>
        FundsUnknown,

        /// <summary>The expected funds-arrival date in one row of the result screen; {0} is the date ("Fri 9 Oct").</summary>
        FundsShort,

        /// <summary>Title of the supervisor PIN a refund asks for.</summary>
        SupervisorPinTitle,

        /// <summary>A refund was chosen but no supervisor PIN is configured: refunds are refused.</summary>
        SupervisorPinMissing,

        /// <summary>Once on the idle screen after a boot whose flush reversed a sale; {0} is its amount and time ("200.00 14:02").</summary>
        NoticeSaleReversed,

        /// <summary>Once on the idle screen after a boot whose flush reversed a refund; {0} is its amount and time.</summary>
        NoticeRefundReversed,

        /// <summary>Once on the idle screen after a boot whose flush reversed a void; {0} is its amount and time.</summary>
        NoticeVoidReversed,

        /// <summary>Transaction status: the request never left the terminal.</summary>
        StatusNotSent,

        /// <summary>History detail, why a request was reversed: no answer before the deadline.</summary>
        WhyTimeout,

        /// <summary>History detail, why a request was reversed: the link failed while sending or waiting.</summary>
        WhyLinkLost,

        /// <summary>History detail, why a request was reversed: the answer failed the terminal's checks (format, match, MAC).</summary>
        WhyBadAnswer,

        /// <summary>History detail, why a request was reversed: a response code that does not say whether the card was charged; {0} is the code.</summary>
        WhyUnknownCode,

        /// <summary>History detail, why a request was reversed: the terminal lost power or restarted while it was in flight.</summary>
        WhyPowerCut,

        /// <summary>History detail; {0} is the host's response code.</summary>
        FieldCode,

        /// <summary>Title of the update preparation.</summary>
        UpdateTitle,

        /// <summary>While the reversals are flushed and the batch settled.</summary>
        UpdatePreparing,

        /// <summary>Nothing is owed: the firmware can be updated.</summary>
        UpdateReady,

        /// <summary>Something is still owed; the lines below say what.</summary>
        UpdateNotReady,

        /// <summary>Not ready: {0} reversals are still pending.</summary>
        UpdateReversalsPending,

        /// <summary>Not ready: the batch is still open; {0} is its entry count and total ("3 entries 125.00").</summary>
        UpdateBatchOpen,

        /// <summary>Not ready: the journal cannot be read by this firmware.</summary>
        UpdateJournalRefused,

        /// <summary>Keys on the update result: # tries again, * goes back.</summary>
        UpdateRetryHint,

        /// <summary>The journal was written by newer firmware; {0} is its format and the newest this firmware reads ("5 > 3").</summary>
        JournalTooNew,
    }
}
