using System;
using NanoPos.Diagnostics;
using NanoPos.Hal;
using NanoPos.Transactions;
using NanoPos.Ui.Text;

namespace NanoPos.Terminal
{
    /// <summary>
    /// Builds the field technician's self-tests over the terminal's own drivers and the health report's sources, once the
    /// engine exists: the same drivers the payments use, so a test proves what a payment will meet.
    /// </summary>
    public static class HealthSetup
    {
        /// <summary>Creates the self-tests and the health collector, and reads the health record.</summary>
        /// <param name="display">The display.</param>
        /// <param name="keys">The keypad's layout, for the keypad walk.</param>
        /// <param name="store">The durable record store.</param>
        /// <param name="clock">The clock; when it is also an <see cref="ITimeSync"/>, its synchronisation is tested.</param>
        /// <param name="device">The device facts.</param>
        /// <param name="link">The engine's link to the host.</param>
        /// <param name="engine">The engine.</param>
        /// <param name="config">The configuration (terminal ID, connect timeout).</param>
        /// <returns>The collector, with its suite and its loaded log.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static HealthCollector Create(IDisplay display, KeyMap keys, IRecordStore store, IClock clock, IDeviceInfo device, INetworkLink link, PaymentEngine engine, TerminalConfig config)
        {
            if (display == null || keys == null || link == null || engine == null || config == null)
            {
                throw new ArgumentNullException(display == null ? "display" : keys == null ? "keys" : link == null ? "link" : engine == null ? "engine" : "config");
            }

            ISelfTest[] tests = new ISelfTest[SelfTestSuite.Count];
            tests[(int)SelfTestId.Display] = new DisplaySelfTest(display, new GlyphPages());
            tests[(int)SelfTestId.Keypad] = new KeypadWalkSelfTest(keys);
            tests[(int)SelfTestId.Store] = new StoreSelfTest(store, clock);
            tests[(int)SelfTestId.Clock] = new ClockSelfTest(clock, clock as ITimeSync);
            tests[(int)SelfTestId.Link] = new LinkSelfTest(link, config.ToEngineOptions().ConnectTimeoutMs, clock);
            tests[(int)SelfTestId.Host] = new HostSelfTest(engine, clock);
            tests[(int)SelfTestId.Memory] = new MemorySelfTest(device, clock);
            SelfTestSuite suite = new SelfTestSuite(tests);

            HealthLog log = new HealthLog(store);
            log.Load();
            log.RestoreInto(suite);
            HealthCollector health = new HealthCollector(device, clock, log, suite);
            health.TerminalId = config.TerminalId;
            return health;
        }
    }
}
