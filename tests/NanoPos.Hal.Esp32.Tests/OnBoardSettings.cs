namespace NanoPos.Hal.Esp32.Tests
{
    /// <summary>
    /// What the on-board tests need to know about the bench. QA fills these in before deploying the tests; the
    /// link tests are skipped while <see cref="WifiSsid"/> is empty. Never commit real credentials.
    /// </summary>
    public static class OnBoardSettings
    {
        /// <summary>The Wi-Fi network of the bench ("" skips the link tests).</summary>
        public const string WifiSsid = "";

        /// <summary>The Wi-Fi password.</summary>
        public const string WifiPassword = "";

        /// <summary>The PC running a TCP echo server (see the README), as a dotted IPv4 address.</summary>
        public const string EchoHost = "192.168.1.10";

        /// <summary>The TCP port of the echo server.</summary>
        public const int EchoPort = 5000;

        /// <summary>A port on the same PC where nothing listens, for the refused-connection test.</summary>
        public const int ClosedPort = 5001;

        /// <summary>The directory on the internal drive used by the store tests; emptied before and after each run.</summary>
        public const string StoreDirectory = "I:\\nanopos-test";
    }
}
