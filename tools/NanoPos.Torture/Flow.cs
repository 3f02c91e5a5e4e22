using System;
using System.Collections.Generic;

namespace NanoPos.Torture
{
    /// <summary>One step of a flow: a short script against the engine.</summary>
    internal sealed class FlowStep
    {
        internal FlowStep(string name, Action<FlowContext> run, bool retryAfterCut)
        {
            Name = name;
            Run = run;
            RetryAfterCut = retryAfterCut;
        }

        internal string Name { get; }

        internal Action<FlowContext> Run { get; }

        /// <summary>
        /// Gets whether the step runs again after a power cut interrupted it (boot-time and closing duties: sign-on,
        /// settlement, draining reversals). A cashier's transaction is not retried: the flow goes on with the next step.
        /// </summary>
        internal bool RetryAfterCut { get; }
    }

    /// <summary>A scripted transaction flow the campaign cuts at every durable write.</summary>
    internal sealed class Flow
    {
        internal Flow(string name, string summary, IList<FlowStep> steps, IList<FlowStep> finish, Func<FlowContext, string> expect)
        {
            Name = name;
            Summary = summary;
            Steps = steps;
            Finish = finish ?? Array.Empty<FlowStep>();
            Expect = expect;
        }

        /// <summary>Gets the name used by <c>--flow</c>.</summary>
        internal string Name { get; }

        /// <summary>Gets one line on what the flow does.</summary>
        internal string Summary { get; }

        /// <summary>Gets the steps whose durable writes are the cut points.</summary>
        internal IList<FlowStep> Steps { get; }

        /// <summary>Gets what completes the flow after the steps (and after any reboot): e.g. settling.</summary>
        internal IList<FlowStep> Finish { get; }

        /// <summary>Gets the check of a clean run: null when the flow did what its name says, else why not.</summary>
        internal Func<FlowContext, string> Expect { get; }
    }
}
