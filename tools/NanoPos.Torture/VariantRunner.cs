using System;
using System.Collections.Generic;
using NanoPos.Hal.Simulated;
using NanoPos.HostSim;
using NanoPos.Transactions;

namespace NanoPos.Torture
{
    /// <summary>How one run of a flow is disturbed.</summary>
    internal enum VariantKind
    {
        /// <summary>No fault: the reference run that counts the cut points.</summary>
        Clean,

        /// <summary>Power cut at durable write k: the write does not happen.</summary>
        Cut,

        /// <summary>Durable write k is torn: only a prefix of its bytes reaches the flash, then the power is cut (a prefix of
        /// the whole record: the write lands and the power dies before the engine goes on).</summary>
        Torn,

        /// <summary>Power cut at write k, then again at write j of the recovery (that write lost, torn, or landed).</summary>
        DoubleCut,

        /// <summary>No power cut: right after write k one stored record is damaged (a bit flipped, or made unreadable);
        /// the flow runs on, then the terminal reboots and reads the damaged journal.</summary>
        Damage,
    }

    /// <summary>One variant to run.</summary>
    internal sealed class VariantPlan
    {
        internal VariantKind Kind { get; set; }

        /// <summary>Gets or sets the durable write (1-based, from power-on) the fault hits.</summary>
        internal int At { get; set; }

        /// <summary>Gets or sets the bytes a torn write keeps.</summary>
        internal int Prefix { get; set; }

        /// <summary>Gets or sets the durable write of the recovery (1-based, counted from the first reboot) the second cut hits.</summary>
        internal int SecondAt { get; set; }

        /// <summary>Gets or sets how the second fault treats its write: lost (-1, a clean cut), torn after this many bytes
        /// (0 or more), or landed whole (<see cref="VariantRunner.WholeRecord"/>).</summary>
        internal int SecondPrefix { get; set; } = -1;

        /// <summary>Gets or sets the length of write <see cref="At"/> in the clean run.</summary>
        internal int Length { get; set; }

        /// <summary>Gets or sets the label of write <see cref="At"/> from the clean run ("j001 Outcome 92 B").</summary>
        internal string Label { get; set; }

        /// <summary>Gets or sets the record a damage variant damages ("j003", "cp0").</summary>
        internal string Target { get; set; }

        /// <summary>Gets or sets whether the damage makes the record unreadable (true) or flips one bit (false).</summary>
        internal bool Unreadable { get; set; }

        /// <summary>Gets or sets the bit a flip changes.</summary>
        internal int Bit { get; set; }

        internal string Describe()
        {
            switch (Kind)
            {
                case VariantKind.Cut:
                    return "cut@" + At + " [" + Label + "]";
                case VariantKind.Torn:
                    return (Prefix >= Length ? "landed@" + At + " then cut" : "torn@" + At + "+" + Prefix + "B") + " [" + Label + "]";
                case VariantKind.DoubleCut:
                    string second = SecondPrefix < 0 ? "cut@" + SecondAt : SecondPrefix >= VariantRunner.WholeRecord ? "landed@" + SecondAt : "torn@" + SecondAt + "+" + SecondPrefix + "B";
                    return "cut@" + At + " [" + Label + "] then " + second + " of the recovery";
                case VariantKind.Damage:
                    return (Unreadable ? "unreadable " + Target : "bit " + Bit + " of " + Target + " flipped") + " after write " + At + " [" + Label + "]";
                default:
                    return "clean";
            }
        }
    }

    /// <summary>What one variant did and what the checks found.</summary>
    internal sealed class VariantResult
    {
        internal VariantPlan Plan { get; set; }

        /// <summary>Gets or sets the durable writes the flow's steps made (the cut points, from a clean run).</summary>
        internal int FlowWrites { get; set; }

        /// <summary>Gets or sets every durable write that completed, in order.</summary>
        internal IReadOnlyList<WriteRecord> Writes { get; set; }

        /// <summary>Gets or sets the durable writes from the first reboot to the end (the second-cut points).</summary>
        internal int RecoveryWrites { get; set; }

        /// <summary>Gets or sets how many power cuts fired.</summary>
        internal int CutsFired { get; set; }

        /// <summary>Gets or sets whether a damage variant's damage was applied.</summary>
        internal bool DamageApplied { get; set; }

        internal List<Violation> Violations { get; } = new List<Violation>();

        internal FlowContext Context { get; set; }
    }

    /// <summary>
    /// Runs one variant of one flow: fresh flash and a fresh host, the fault armed, the steps run until the power cut,
    /// then reboots (a new engine over the same flash, whose Start recovers and flushes reversals), the rest of the
    /// steps, the finish (reversals drained with the host reachable; settlement for flows that settle), an audit
    /// boot, and the checks against the host's ledger.
    /// </summary>
    internal sealed class VariantRunner
    {
        private const int MaxCuts = 8;

        // A torn write that keeps more bytes than the record has keeps all of it: the write lands, then the power dies.
        internal const int WholeRecord = 1 << 20;

        private readonly CampaignOptions _options;
        private readonly EngineOptions _engineOptions;
        private readonly Recovery _recovery;

        internal VariantRunner(CampaignOptions options, EngineOptions engineOptions, Recovery recovery)
        {
            _options = options;
            _engineOptions = engineOptions;
            _recovery = recovery;
        }

        internal VariantResult Run(Flow flow, VariantPlan plan)
        {
            Device device = null;
            var host = new SimulatedAcquirer(() => device.UtcNow, _options.Seed) { RequireMac = true };
            device = new Device(_engineOptions, host, _options.StoreDecorator);
            var context = new FlowContext(device, host, _options.BatchView) { Recovery = _recovery };
            var result = new VariantResult { Plan = plan, Context = context };
            string variant = plan.Describe();

            switch (plan.Kind)
            {
                case VariantKind.Cut:
                case VariantKind.DoubleCut:
                    device.Flash.CutPowerAtWrite(plan.At);
                    break;
                case VariantKind.Torn:
                    device.Flash.TearWriteAt(plan.At, plan.Prefix);
                    break;
                case VariantKind.Damage:
                    device.WriteLog.AfterWrite = n =>
                    {
                        if (n == plan.At && device.Flash.Exists(plan.Target))
                        {
                            result.DamageApplied = true;
                            if (plan.Unreadable)
                            {
                                device.Flash.Damage(plan.Target);
                            }
                            else
                            {
                                device.Flash.FlipBit(plan.Target, plan.Bit);
                            }
                        }
                    };
                    break;
            }

            var program = new List<FlowStep>();
            program.AddRange(flow.Steps);
            int stepsEnd = program.Count;
            if (plan.Kind == VariantKind.Damage)
            {
                // The damage matters when a boot reads it: the terminal reboots after the flow, before the finish.
                program.Add(new FlowStep("reboot", c => c.Reboot(), true));
            }

            program.Add(new FlowStep("drain", c => c.DrainReversals(), true));
            program.AddRange(flow.Finish);
            program.Add(new FlowStep("drain", c => c.DrainReversals(), true));

            int recoveryStart = -1;
            int i = 0;
            bool needBoot = true;
            bool restarted = false;
            result.FlowWrites = -1;
            while (needBoot || i < program.Count)
            {
                try
                {
                    if (needBoot)
                    {
                        // The first boot is a new terminal (every flow signs on first); a reboot follows the recovery procedure.
                        if (result.CutsFired == 0 && !restarted)
                        {
                            device.Boot();
                        }
                        else
                        {
                            context.Reboot();
                        }

                        needBoot = false;
                        continue;
                    }

                    if (i == stepsEnd && result.FlowWrites < 0)
                    {
                        result.FlowWrites = device.Flash.DurableWrites;
                    }

                    program[i].Run(context);
                    i++;
                }
                catch (PowerCutException)
                {
                    result.CutsFired++;
                    if (result.CutsFired > MaxCuts)
                    {
                        result.Violations.Add(new Violation(flow.Name, variant, Checks.NoEngineException, "more than " + MaxCuts + " power cuts in one variant: the harness is looping"));
                        return result;
                    }

                    if (!needBoot && !program[i].RetryAfterCut)
                    {
                        i++;
                    }

                    device.PowerUp();
                    if (result.CutsFired == 1)
                    {
                        recoveryStart = device.Flash.DurableWrites;
                        if (plan.Kind == VariantKind.DoubleCut && plan.SecondPrefix >= 0)
                        {
                            device.Flash.TearWriteAt(plan.SecondAt, plan.SecondPrefix);
                        }
                        else if (plan.Kind == VariantKind.DoubleCut)
                        {
                            device.Flash.CutPowerAtWrite(plan.SecondAt);
                        }
                    }

                    needBoot = true;
                }
                catch (System.IO.IOException e) when (!needBoot && device.Fillable.IsFull)
                {
                    // A journal write failed for lack of space after the request left (the outcome): the engine throws and
                    // the firmware restarts itself (TerminalUi, "Terminal error - restarting"); the boot then reverses.
                    context.Restarts.Add(program[i].Name + ": " + e.Message);
                    restarted = true;
                    needBoot = true;
                    i++;
                }
                catch (Exception e) when (!(e is OutOfMemoryException))
                {
                    string where = needBoot ? "boot" : program[i].Name;
                    context.Anomalies.Add(where + ": " + e.GetType().Name + ": " + e.Message);
                    if (needBoot)
                    {
                        result.Violations.Add(new Violation(flow.Name, variant, Checks.NoEngineException, "the terminal cannot boot: " + e.GetType().Name + ": " + e.Message));
                        return result;
                    }

                    i++;
                }
            }

            if (result.FlowWrites < 0)
            {
                result.FlowWrites = device.Flash.DurableWrites;
            }

            result.RecoveryWrites = recoveryStart < 0 ? 0 : device.Flash.DurableWrites - recoveryStart;
            result.Writes = new List<WriteRecord>(device.WriteLog.Writes);
            if (plan.Kind != VariantKind.Clean && result.CutsFired == 0 && !result.DamageApplied)
            {
                result.Violations.Add(new Violation(flow.Name, variant, Checks.FlowSanity, "the armed fault never fired: the variant is not deterministic"));
            }

            if (plan.Kind == VariantKind.Clean && flow.Expect != null)
            {
                string unexpected = flow.Expect(context);
                if (unexpected != null)
                {
                    result.Violations.Add(new Violation(flow.Name, variant, Checks.FlowSanity, unexpected));
                }
            }

            // The audit boot: a new engine reads the journal (no flush, no writes) to compare with the running one.
            PaymentEngine live = device.Engine;
            device.NewEngine();
            PaymentEngine audit = device.Engine;
            audit.Log.Recover();
            result.Violations.AddRange(Checker.Check(flow.Name, variant, context, live, audit));
            return result;
        }
    }
}
