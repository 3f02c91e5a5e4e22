using System;

namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// The texts of the catalog, one line per <see cref="MessageId"/>: English, then Chinese (Simplified).
    /// </summary>
    /// <remarks>
    /// Rules for the texts: short and actionable (what happened - what to do); ASCII in English, full-width
    /// punctuation (，：？) in Chinese; every non-ASCII character needs a glyph, so run <c>tools/nanopos glyphs</c>
    /// after an edit (a test fails otherwise). A line holds 16 ASCII or 8 CJK characters; longer texts are wrapped.
    /// </remarks>
    internal static class MessageTexts
    {
        /// <summary>Fills both tables; every slot must end up set (the catalog tests check it).</summary>
        internal static void Fill(string[] english, string[] chinese)
        {
            // Idle and general
            Set(english, chinese, MessageId.Ready, "Ready", "就绪");
            Set(english, chinese, MessageId.IdleHint, "#=Sale A=Menu", "#消费 A菜单");
            Set(english, chinese, MessageId.LinkOnline, "Online", "在线");
            Set(english, chinese, MessageId.LinkOffline, "Offline", "离线");
            Set(english, chinese, MessageId.LinkConnecting, "Connecting", "连接中");
            Set(english, chinese, MessageId.ReversalPendingMark, "Reversal pending", "有冲正待发送");
            Set(english, chinese, MessageId.HintOkCancel, "#=OK *=Cancel", "#确认 *取消");
            Set(english, chinese, MessageId.HintDelete, "D=Delete", "D删除");
            Set(english, chinese, MessageId.HintBack, "*=Back", "*返回");
            Set(english, chinese, MessageId.HintScroll, "B/C=Scroll", "B/C翻页");
            Set(english, chinese, MessageId.Cancelled, "Cancelled", "已取消");
            Set(english, chinese, MessageId.TimedOut, "Timed out", "操作超时");

            // Menu
            Set(english, chinese, MessageId.MenuTitle, "Menu", "菜单");
            Set(english, chinese, MessageId.MenuSale, "1 Sale", "1 消费");
            Set(english, chinese, MessageId.MenuVoid, "2 Void", "2 撤销");
            Set(english, chinese, MessageId.MenuRefund, "3 Refund", "3 退货");
            Set(english, chinese, MessageId.MenuBalance, "4 Balance", "4 余额查询");
            Set(english, chinese, MessageId.MenuHistory, "5 History", "5 交易记录");
            Set(english, chinese, MessageId.MenuSettlement, "6 Settlement", "6 结算");
            Set(english, chinese, MessageId.MenuTechnician, "7 Technician", "7 维护");

            // Amount
            Set(english, chinese, MessageId.AmountTitle, "Amount", "金额");
            Set(english, chinese, MessageId.AmountRequired, "Enter an amount", "请输入金额");
            Set(english, chinese, MessageId.DuplicateWarning, "Same card and amount {0} min ago", "同卡同金额{0}分钟前已付款");

            // Card
            Set(english, chinese, MessageId.CardNumberTitle, "Card number", "请输入卡号");
            Set(english, chinese, MessageId.CardNumberInvalid, "Card number wrong - check digits", "卡号有误，请核对");
            Set(english, chinese, MessageId.ExpiryTitle, "Expiry MM/YY", "有效期 月/年");
            Set(english, chinese, MessageId.ExpiryInvalid, "Expiry wrong - check card", "有效期有误，请核对");
            Set(english, chinese, MessageId.CardExpired, "Card expired - use another card", "卡已过期，请换卡");

            // PIN
            Set(english, chinese, MessageId.PinTitle, "Enter PIN", "请输入密码");
            Set(english, chinese, MessageId.PinNone, "No PIN: press #", "无密码请按#");

            // Processing
            Set(english, chinese, MessageId.ProcessingTitle, "Processing", "处理中");
            Set(english, chinese, MessageId.ProcessingCountdown, "Wait {0} s", "请稍候 {0}秒");
            Set(english, chinese, MessageId.ProcessingConnecting, "Calling bank", "正在连接银行");
            Set(english, chinese, MessageId.ProcessingWaiting, "Waiting for bank", "等待银行应答");
            Set(english, chinese, MessageId.DoNotPowerOff, "Do not power off", "请勿关机");

            // Results
            Set(english, chinese, MessageId.Approved, "Approved", "交易成功");
            Set(english, chinese, MessageId.AuthCode, "Auth code {0}", "授权码 {0}");
            Set(english, chinese, MessageId.Declined, "Declined", "交易失败");
            Set(english, chinese, MessageId.DeclinedWithCode, "Declined (code {0})", "交易失败 代码{0}");
            Set(english, chinese, MessageId.NoResponse, "No response", "银行无应答");
            Set(english, chinese, MessageId.ReversingNotCharged, "Reversing - the card will not be charged", "正在冲正，卡不会被扣款");
            Set(english, chinese, MessageId.ReversedNotCharged, "Reversed - the card was not charged", "已冲正，卡未被扣款");
            Set(english, chinese, MessageId.NotSent, "Not sent", "未发送");
            Set(english, chinese, MessageId.NotSentNoConnection, "No connection - the card was not charged", "无网络连接，卡未被扣款");
            Set(english, chinese, MessageId.NoAnswerNothingChanged, "Nothing changed - try later", "未做任何更改，请稍后再试");
            Set(english, chinese, MessageId.Refused, "Not started", "交易未受理");
            Set(english, chinese, MessageId.RefusedReversalPending, "Earlier reversal not sent yet - try later", "前笔冲正未完成，请稍后再试");
            Set(english, chinese, MessageId.RefusedJournalFull, "Memory full - settle first", "存储已满，请先结算");
            Set(english, chinese, MessageId.RefusedInvalidInput, "Input wrong - check and retry", "输入有误，请检查后重试");
            Set(english, chinese, MessageId.RefusedOriginalNotFound, "Sale not found in batch", "批次中无此交易");
            Set(english, chinese, MessageId.RefusedAlreadyVoided, "Sale already voided", "该交易已撤销");

            // Host response codes (field 39)
            Set(english, chinese, MessageId.Rc01ReferToIssuer, "Call card issuer", "请持卡人联系发卡行");
            Set(english, chinese, MessageId.Rc03InvalidMerchant, "Invalid merchant - call acquirer", "商户无效，请联系收单行");
            Set(english, chinese, MessageId.Rc05DoNotHonour, "Card refused - use another card", "发卡行拒绝，请换卡");
            Set(english, chinese, MessageId.Rc12InvalidTransaction, "Invalid transaction - call acquirer", "无效交易，请联系收单行");
            Set(english, chinese, MessageId.Rc13InvalidAmount, "Invalid amount - check amount", "金额无效，请核对金额");
            Set(english, chinese, MessageId.Rc14InvalidCard, "Invalid card - use another card", "无效卡号，请换卡");
            Set(english, chinese, MessageId.Rc25OriginalNotFound, "Original not found - check history", "找不到原交易，请查记录");
            Set(english, chinese, MessageId.Rc30FormatError, "Message error - call support", "报文格式错误，请联系客服");
            Set(english, chinese, MessageId.Rc41CardBlocked, "Card blocked - call issuer", "此卡受限，请联系发卡行");
            Set(english, chinese, MessageId.Rc51InsufficientFunds, "Insufficient funds - try another card", "余额不足，请换卡");
            Set(english, chinese, MessageId.Rc55WrongPin, "Wrong PIN - enter again", "密码错误，请重新输入");
            Set(english, chinese, MessageId.Rc61OverLimit, "Over limit - lower the amount", "超出限额，请减少金额");
            Set(english, chinese, MessageId.Rc64AmountMismatch, "Amount differs from original - check", "与原交易金额不符，请核对");
            Set(english, chinese, MessageId.Rc75PinTriesExceeded, "PIN tries exceeded - call issuer", "密码错误次数超限，请联系发卡行");
            Set(english, chinese, MessageId.HostUnavailable, "Bank system unavailable - try later", "银行系统不可用，请稍后再试");
            Set(english, chinese, MessageId.Rc94Duplicate, "Duplicate - check history first", "重复交易，请先查交易记录");
            Set(english, chinese, MessageId.Rc95TotalsMismatch, "Totals differ - call support", "对账不平，请联系客服");
            Set(english, chinese, MessageId.Rc97TerminalNotRegistered, "Terminal not registered - call acquirer", "终端未登记，请联系收单行");
            Set(english, chinese, MessageId.RcA0SecurityError, "Security check failed - sign on again", "校验错误，请重新签到");

            // History
            Set(english, chinese, MessageId.HistoryTitle, "History", "交易记录");
            Set(english, chinese, MessageId.HistoryEmpty, "No transactions", "暂无交易");
            Set(english, chinese, MessageId.KindSale, "Sale", "消费");
            Set(english, chinese, MessageId.KindVoid, "Void", "撤销");
            Set(english, chinese, MessageId.KindRefund, "Refund", "退货");
            Set(english, chinese, MessageId.KindBalance, "Balance", "余额查询");
            Set(english, chinese, MessageId.StatusApproved, "Approved", "成功");
            Set(english, chinese, MessageId.StatusDeclined, "Declined", "失败");
            Set(english, chinese, MessageId.StatusVoided, "Voided", "已撤销");
            Set(english, chinese, MessageId.StatusReversed, "Reversed", "已冲正");
            Set(english, chinese, MessageId.StatusReversalPending, "Reversal pending", "待冲正");
            Set(english, chinese, MessageId.FieldTime, "Time {0}", "时间 {0}");
            Set(english, chinese, MessageId.FieldAmount, "Amount {0}", "金额 {0}");
            Set(english, chinese, MessageId.FieldCard, "Card {0}", "卡号 {0}");
            Set(english, chinese, MessageId.FieldStan, "STAN {0}", "流水号 {0}");
            Set(english, chinese, MessageId.FieldRrn, "RRN {0}", "参考号 {0}");
            Set(english, chinese, MessageId.HistoryVoidHint, "#=Void *=Back", "#撤销 *返回");
            Set(english, chinese, MessageId.VoidConfirm, "Void this sale? #=Yes", "撤销此交易？按#确认");

            // Balance inquiry
            Set(english, chinese, MessageId.BalanceTitle, "Balance", "余额");
            Set(english, chinese, MessageId.BalanceAvailable, "Available {0}", "可用余额 {0}");

            // Settlement
            Set(english, chinese, MessageId.SettlementTitle, "Settlement", "结算");
            Set(english, chinese, MessageId.SettlementSales, "Sales {0}", "消费 {0}");
            Set(english, chinese, MessageId.SettlementRefunds, "Refunds {0}", "退货 {0}");
            Set(english, chinese, MessageId.SettlementNet, "Net {0}", "净额 {0}");
            Set(english, chinese, MessageId.SettlementHint, "#=Settle *=Back", "#结算 *返回");
            Set(english, chinese, MessageId.SettlementRunning, "Settling", "正在结算");
            Set(english, chinese, MessageId.SettlementUploading, "Uploading batch", "正在上送批次");
            Set(english, chinese, MessageId.SettlementDone, "Settled - batch closed", "结算完成，批次已关闭");
            Set(english, chinese, MessageId.SettlementFailed, "Not settled - batch stays open", "结算未完成，批次未关闭");
            Set(english, chinese, MessageId.SettlementFundsDate, "Funds on {0}", "预计到账 {0}");

            // Technician
            Set(english, chinese, MessageId.TechPinTitle, "Technician PIN", "维护密码");
            Set(english, chinese, MessageId.TechPinWrong, "Wrong PIN - {0} tries left", "密码错误，还剩{0}次");
            Set(english, chinese, MessageId.TechLocked, "Locked - try in {0} min", "已锁定，{0}分钟后再试");
            Set(english, chinese, MessageId.TechMenuTitle, "Technician", "维护菜单");
            Set(english, chinese, MessageId.TechDeviceInfo, "1 Device info", "1 设备信息");
            Set(english, chinese, MessageId.TechSelfTest, "2 Self-tests", "2 自检");
            Set(english, chinese, MessageId.TechLanguage, "5 Language", "5 语言");
            Set(english, chinese, MessageId.TechPrepareUpdate, "6 Prepare update", "6 升级准备");
            Set(english, chinese, MessageId.InfoFirmware, "Firmware {0}", "固件 {0}");
            Set(english, chinese, MessageId.InfoSerial, "Serial {0}", "序列号 {0}");
            Set(english, chinese, MessageId.InfoTerminal, "Terminal {0}", "终端号 {0}");
            Set(english, chinese, MessageId.InfoMerchant, "Merchant {0}", "商户号 {0}");
            Set(english, chinese, MessageId.InfoReversals, "Reversals {0}", "待冲正 {0}");
            Set(english, chinese, MessageId.InfoReboots, "Reboots {0}", "重启次数 {0}");
            Set(english, chinese, MessageId.SelfTestNotAvailable, "Not available", "暂不可用");

            // Language
            Set(english, chinese, MessageId.LanguageTitle, "Language", "语言");
            Set(english, chinese, MessageId.LanguageEnglish, "1 English", "1 English");
            Set(english, chinese, MessageId.LanguageChinese, "2 中文", "2 中文");
            Set(english, chinese, MessageId.LanguageChanged, "Language set", "语言已切换");

            // Boot and errors
            Set(english, chinese, MessageId.BootStarting, "Starting", "正在启动");
            Set(english, chinese, MessageId.BootRecovering, "Checking journal", "检查交易日志");
            Set(english, chinese, MessageId.BootSendingReversals, "Sending reversals", "正在发送冲正");
            Set(english, chinese, MessageId.BootSigningOn, "Signing on", "正在签到");
            Set(english, chinese, MessageId.SignOnFailed, "Sign-on failed - check network", "签到失败，请检查网络");
            Set(english, chinese, MessageId.ConfigMissing, "No configuration - call technician", "未配置参数，请联系维护人员");
            Set(english, chinese, MessageId.ConfigInvalid, "Configuration invalid - call technician", "参数无效，请联系维护人员");
            Set(english, chinese, MessageId.JournalError, "Journal error - call technician", "交易日志错误，请联系维护人员");
            Set(english, chinese, MessageId.NoConnection, "No connection - check network", "无网络连接，请检查网络");
            Set(english, chinese, MessageId.TerminalError, "Terminal error - restart", "终端故障，请重启");

            // Added with the screens (issue 6)
            Set(english, chinese, MessageId.ConfigErrorTitle, "Setup error", "配置错误");
            Set(english, chinese, MessageId.ConfigBadKey, "Bad key {0}", "参数错误 {0}");
            Set(english, chinese, MessageId.CallTechnician, "Call technician", "请联系维护人员");
            Set(english, chinese, MessageId.PinLength, "PIN has 4-12 digits", "密码为4至12位");
            Set(english, chinese, MessageId.InfoTarget, "Target {0}", "平台 {0}");
            Set(english, chinese, MessageId.InfoBoots, "Boots {0}", "启动次数 {0}");
            Set(english, chinese, MessageId.InfoFreeMemory, "Free RAM {0}", "可用内存 {0}");
            Set(english, chinese, MessageId.TimeNotSet, "Time not set", "时间未设置");
            Set(english, chinese, MessageId.InfoHost, "Host {0}", "主机 {0}");
            Set(english, chinese, MessageId.VoidedStan, "Sale {0} voided", "交易{0}已撤销");

            // Added with the recovery from faults
            Set(english, chinese, MessageId.TerminalRestarting, "Terminal error - restarting", "终端故障，正在重启");
            Set(english, chinese, MessageId.PleaseWait, "Please wait", "请稍候");
            Set(english, chinese, MessageId.CardReadError, "Card read error - try again", "读卡失败，请重试");

            // Added with journal integrity: what the last boot repaired, and what it could not (call support then)
            Set(english, chinese, MessageId.InfoJournalRepaired, "Journal fixed {0}", "记录已修复 {0}");
            Set(english, chinese, MessageId.InfoJournalLost, "Journal lost {0}", "记录丢失 {0}");
            Set(english, chinese, MessageId.RefusedStorageFailure, "Storage error - nothing sent, call support", "存储故障，未发送，请联系维护");
            Set(english, chinese, MessageId.RefusedNotSignedOn, "Not signed on - nothing sent, try again", "未签到，未发送，请稍后重试");
            Set(english, chinese, MessageId.RefusedKeysRefused, "Key check failed - sign-on refused", "密钥校验失败，签到未成功");

            // Voids and refunds that did not go through say what happened to the money (issue 14)
            Set(english, chinese, MessageId.VoidReversedStillCharged, "Void reversed - the sale stays charged", "撤销已冲正，原交易仍扣款");
            Set(english, chinese, MessageId.VoidReversingStillCharged, "Void reversing - the sale stays charged", "撤销冲正中，原交易仍扣款");
            Set(english, chinese, MessageId.VoidNotSentStillCharged, "No connection - the sale stays charged", "无网络连接，原交易仍扣款");
            Set(english, chinese, MessageId.VoidNoAnswerStillCharged, "No answer - the sale stays charged", "无应答，原交易仍扣款，请稍后重试");
            Set(english, chinese, MessageId.RefundReversedNoMoney, "Refund reversed - no money returned", "退货已冲正，未退款");
            Set(english, chinese, MessageId.RefundReversingNoMoney, "Refund reversing - no money returned", "退货冲正中，未退款");
            Set(english, chinese, MessageId.SupervisorPinTitle, "Supervisor PIN", "主管密码");
            Set(english, chinese, MessageId.SupervisorPinMissing, "Refunds need a supervisor PIN - call technician", "退货需主管密码，请联系维护人员");
            Set(english, chinese, MessageId.FundsExpected, "Funds expected {0}", "预计到账 {0}");
            Set(english, chinese, MessageId.FundsShort, "Funds {0}", "到账{0}");
            Set(english, chinese, MessageId.FundsUnknown, "Funds date unknown - ask your bank", "到账日未知，请咨询银行");
            Set(english, chinese, MessageId.DuplicateAsk, "Again? #Yes *No", "再扣款？#是*否");
            Set(english, chinese, MessageId.NoticeSaleReversed, "Sale {0} reversed - not charged", "消费 {0} 已冲正，未扣款");
            Set(english, chinese, MessageId.NoticeRefundReversed, "Refund {0} reversed - no money back", "退货 {0} 已冲正，未退款");
            Set(english, chinese, MessageId.NoticeVoidReversed, "Void {0} reversed - sale charged", "撤销 {0} 已冲正，原交易仍扣款");
            Set(english, chinese, MessageId.Refunded, "Refunded", "退货成功");
            Set(english, chinese, MessageId.ReceiptQrTitle, "Receipt", "电子收据");
            Set(english, chinese, MessageId.HintReceiptQr, "0=Receipt QR", "0=收据二维码");
            Set(english, chinese, MessageId.ProcessingReversing, "No answer: reversing", "无应答，冲正中");
            Set(english, chinese, MessageId.AmountTooManyDigits, "Too many digits", "位数过多");
            Set(english, chinese, MessageId.RefundNotSentNoMoney, "No connection - no money returned", "无网络连接，未退款");
            Set(english, chinese, MessageId.StatusNotSent, "Not sent", "未发送");
            Set(english, chinese, MessageId.WhyTimeout, "Why: no answer in time", "原因：银行未及时应答");
            Set(english, chinese, MessageId.WhyLinkLost, "Why: link lost", "原因：网络中断");
            Set(english, chinese, MessageId.WhyBadAnswer, "Why: answer failed checks", "原因：应答校验失败");
            Set(english, chinese, MessageId.WhyUnknownCode, "Why: unclear answer code {0}", "原因：应答码{0}不明确");
            Set(english, chinese, MessageId.WhyPowerCut, "Why: power cut or restart", "原因：断电或重启");
            Set(english, chinese, MessageId.FieldCode, "Code {0}", "应答码 {0}");
            Set(english, chinese, MessageId.UpdateTitle, "Update", "升级");
            Set(english, chinese, MessageId.UpdatePreparing, "Sending reversals and settling...", "正在冲正和结算...");
            Set(english, chinese, MessageId.UpdateReady, "Ready for update - nothing owed", "可以升级，无未完成交易");
            Set(english, chinese, MessageId.UpdateNotReady, "Not ready for update", "不能升级");
            Set(english, chinese, MessageId.UpdateReversalsPending, "{0} reversals pending - check link", "{0}笔冲正未完成，请检查网络");
            Set(english, chinese, MessageId.UpdateBatchOpen, "Batch open: {0} - settle", "批次未结：{0}，请结算");
            Set(english, chinese, MessageId.UpdateJournalRefused, "Journal unreadable - call support", "交易日志无法读取，请联系客服");
            Set(english, chinese, MessageId.UpdateRetryHint, "#=Retry *=Back", "#重试 *返回");
            Set(english, chinese, MessageId.JournalTooNew, "Journal of newer firmware ({0})", "交易日志来自新版固件({0})");
        }

        internal static void Set(string[] english, string[] chinese, MessageId id, string en, string zh)
        {
            int index = (int)id;
            if (english[index] != null)
            {
                throw new InvalidOperationException("Message " + index.ToString() + " is set twice.");
            }

            english[index] = en;
            chinese[index] = zh;
        }
    }
}
