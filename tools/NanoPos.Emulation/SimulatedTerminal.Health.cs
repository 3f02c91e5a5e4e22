using NanoPos.Diagnostics;

namespace NanoPos.Emulation
{
    /// <summary>The health report, collected as the technician's Health screen collects it.</summary>
    public sealed partial class SimulatedTerminal
    {
        private HealthView _healthView;

        /// <summary>
        /// Collects the health report through the firmware's own collector (<c>TerminalUi.Health</c>: device, engine,
        /// health record, self-tests), with the terminal's language for the self-tests' messages and the figures of the
        /// tests that ran since boot.
        /// </summary>
        /// <returns>The report; while an engine call runs (paced mode: a payment or a self-test waiting for the host), the
        /// last one collected, as the side-panel views do (its <see cref="HealthView.CollectedAtMs"/> says when); null when
        /// the firmware has no collector (before the boot has built its engine, or with a configuration error) and none was
        /// collected before.</returns>
        public HealthView ReadHealth()
        {
            lock (_gate)
            {
                HealthCollector health = _firmware?.Ui.Health;
                if (health == null || ReadableEngine() == null)
                {
                    return _healthView;
                }

                var report = new HealthReport();
                health.Collect(report);
                HealthView view = HealthView.From(report, _firmware.Ui.Language, health.Tests);
                view.CollectedAtMs = _clock.MonotonicMs;
                _healthView = view;
                return view;
            }
        }
    }
}
