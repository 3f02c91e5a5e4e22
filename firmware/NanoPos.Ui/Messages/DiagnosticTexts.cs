namespace NanoPos.Ui.Messages
{
    /// <summary>
    /// The texts of the self-tests and the health report (issue 13), English then Chinese; the same rules as
    /// <see cref="MessageTexts"/>, which fills the rest of the catalog.
    /// </summary>
    internal static class DiagnosticTexts
    {
        /// <summary>Fills this part of both tables.</summary>
        internal static void Fill(string[] english, string[] chinese)
        {
            MessageTexts.Set(english, chinese, MessageId.TechHealth, "3 Health report", "3 健康报告");
            MessageTexts.Set(english, chinese, MessageId.TechHealthQr, "4 Health QR", "4 健康二维码");
            MessageTexts.Set(english, chinese, MessageId.SelfTestAll, "0 Run all", "0 全部运行");
            MessageTexts.Set(english, chinese, MessageId.TestDisplay, "1 Display", "1 显示屏");
            MessageTexts.Set(english, chinese, MessageId.TestKeypad, "2 Keypad", "2 键盘");
            MessageTexts.Set(english, chinese, MessageId.TestStore, "3 Flash", "3 存储");
            MessageTexts.Set(english, chinese, MessageId.TestClock, "4 Clock", "4 时钟");
            MessageTexts.Set(english, chinese, MessageId.TestLink, "5 Link", "5 网络");
            MessageTexts.Set(english, chinese, MessageId.TestHost, "6 Host", "6 主机");
            MessageTexts.Set(english, chinese, MessageId.TestMemory, "7 Memory", "7 内存");
            MessageTexts.Set(english, chinese, MessageId.TestPassed, "OK", "正常");
            MessageTexts.Set(english, chinese, MessageId.TestFailed, "FAIL", "故障");
            MessageTexts.Set(english, chinese, MessageId.TestRunning, "Testing...", "测试中...");
            MessageTexts.Set(english, chinese, MessageId.PromptDisplay, "Each page: #=right 0=wrong. # to start", "每页：正确按#，错误按0。按#开始");
            MessageTexts.Set(english, chinese, MessageId.PromptKeypad, "Press every key once. * twice ends. # to start", "每个键按一次，按*两次结束。按#开始");
            MessageTexts.Set(english, chinese, MessageId.KeysLeft, "Left: {0}", "剩余：{0}");
            MessageTexts.Set(english, chinese, MessageId.ReasonDisplayBus, "Display bus error - check its cable", "显示屏通信错误，请检查排线");
            MessageTexts.Set(english, chinese, MessageId.ReasonDisplayWrong, "Page {0} wrong - replace display", "第{0}页异常，请更换显示屏");
            MessageTexts.Set(english, chinese, MessageId.ReasonDisplayNoAnswer, "No answer on page {0}", "第{0}页无应答");
            MessageTexts.Set(english, chinese, MessageId.ReasonKeysMissing, "Keys not working: {0}", "按键失灵：{0}");
            MessageTexts.Set(english, chinese, MessageId.ReasonStoreWrite, "Flash write failed - replace board", "存储写入失败，请更换主板");
            MessageTexts.Set(english, chinese, MessageId.ReasonStoreRead, "Flash read failed - replace board", "存储读取失败，请更换主板");
            MessageTexts.Set(english, chinese, MessageId.ReasonStoreMismatch, "Flash data wrong - replace board", "存储数据错误，请更换主板");
            MessageTexts.Set(english, chinese, MessageId.ReasonStoreLow, "Flash nearly full: {0} B free - settle", "存储将满：剩余{0}字节，请结算");
            MessageTexts.Set(english, chinese, MessageId.ReasonClockNotSet, "Time not set - check Wi-Fi and time server", "时间未设置，请检查网络和时间服务器");
            MessageTexts.Set(english, chinese, MessageId.ReasonClockNotSynced, "Time never synced - check time server", "时间未同步，请检查时间服务器");
            MessageTexts.Set(english, chinese, MessageId.ReasonClockStale, "Last time sync {0} h ago", "上次对时在{0}小时前");
            MessageTexts.Set(english, chinese, MessageId.ReasonClockDrift, "Clock was {0} ms off - check board", "时钟偏差{0}毫秒，请检查主板");
            MessageTexts.Set(english, chinese, MessageId.ReasonLinkNoRadio, "Wi-Fi not joined - check name and password", "未连接Wi-Fi，请检查名称和密码");
            MessageTexts.Set(english, chinese, MessageId.ReasonLinkWeak, "Wi-Fi weak {0} dBm - move closer", "Wi-Fi信号弱{0}dBm，请靠近路由器");
            MessageTexts.Set(english, chinese, MessageId.ReasonLinkDns, "Host name not found - check DNS", "无法解析主机名，请检查DNS");
            MessageTexts.Set(english, chinese, MessageId.ReasonLinkTcp, "Host not reachable - check address", "无法连接主机，请检查地址");
            MessageTexts.Set(english, chinese, MessageId.ReasonLinkTls, "Secure link failed - check CA", "安全连接失败，请检查证书");
            MessageTexts.Set(english, chinese, MessageId.ReasonHostNotReached, "Host not reached - run link test", "未连到主机，请做网络测试");
            MessageTexts.Set(english, chinese, MessageId.ReasonHostNoAnswer, "Host did not answer - call acquirer", "主机无应答，请联系收单机构");
            MessageTexts.Set(english, chinese, MessageId.ReasonHostRefused, "Host refused the echo", "主机拒绝回响测试");
            MessageTexts.Set(english, chinese, MessageId.ReasonHostBadAnswer, "Host answer failed checks - sign on", "主机应答校验失败，请重新签到");
            MessageTexts.Set(english, chinese, MessageId.ReasonHostNoKeys, "No working keys - sign on first", "无工作密钥，请先签到");
            MessageTexts.Set(english, chinese, MessageId.ReasonMemoryLow, "Memory low: {0} B - restart", "内存不足：{0}字节，请重启");
            MessageTexts.Set(english, chinese, MessageId.ReasonTestError, "Test error", "测试出错");
            MessageTexts.Set(english, chinese, MessageId.HealthTitle, "Health", "健康报告");
            MessageTexts.Set(english, chinese, MessageId.HealthQrTitle, "Health", "健康码");
            MessageTexts.Set(english, chinese, MessageId.HealthQrScan, "Scan", "请扫码");
            MessageTexts.Set(english, chinese, MessageId.HealthRebootsInPayment, "In payment {0}", "交易中 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthReversalOldest, "Oldest {0}", "最早 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthJournal, "Journal {0}", "日志 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthBatch, "Batch {0}", "批次 {0}笔");
            MessageTexts.Set(english, chinese, MessageId.HealthSettled, "Settled {0}", "结算 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthNever, "never", "从未");
            MessageTexts.Set(english, chinese, MessageId.HealthExchanges, "Last {0} exch.", "最近{0}次交互");
            MessageTexts.Set(english, chinese, MessageId.HealthTimeouts, "Timeouts {0}", "超时 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthMalformed, "Bad answers {0}", "异常应答 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthMac, "MAC fails {0}", "MAC错误 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthLinkUp, "Link up {0}", "链路正常 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthLinkDown, "Link down", "链路中断");
            MessageTexts.Set(english, chinese, MessageId.HealthLastError, "Last error {0}", "最近错误 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthKeysLoaded, "Keys loaded", "密钥已加载");
            MessageTexts.Set(english, chinese, MessageId.HealthKeysMissing, "No keys", "无密钥");
            MessageTexts.Set(english, chinese, MessageId.HealthUptime, "Up {0}", "运行 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthSelfTests, "Tests {0}", "自检 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthSignal, "Link {0}", "网络 {0}");
            MessageTexts.Set(english, chinese, MessageId.HealthEcho, "Echo {0}", "回响 {0}");
            MessageTexts.Set(english, chinese, MessageId.EndingConnect, "no connection", "无法连接");
            MessageTexts.Set(english, chinese, MessageId.EndingNotSent, "not sent", "未发送");
            MessageTexts.Set(english, chinese, MessageId.EndingLost, "link lost", "连接中断");
            MessageTexts.Set(english, chinese, MessageId.EndingTimeout, "timeout", "超时");
            MessageTexts.Set(english, chinese, MessageId.EndingMalformed, "bad answer", "异常应答");
            MessageTexts.Set(english, chinese, MessageId.EndingMac, "MAC error", "MAC错误");
            MessageTexts.Set(english, chinese, MessageId.Ending91, "code 91", "应答码91");
            MessageTexts.Set(english, chinese, MessageId.Ending96, "code 96", "应答码96");
        }
    }
}
