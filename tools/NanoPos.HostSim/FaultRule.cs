using System.Globalization;

namespace NanoPos.HostSim
{
    /// <summary>
    /// One line of a fault plan: which requests (<see cref="Match"/>), how often (<see cref="Probability"/>,
    /// <see cref="Times"/>) and what happens to their answer (<see cref="Kind"/> and its parameter).
    /// </summary>
    public sealed class FaultRule
    {
        /// <summary>Gets which requests the rule takes (null: every request).</summary>
        public FaultMatch Match { get; init; }

        /// <summary>Gets the chance, 0 to 1, that the rule fires for a request it takes (drawn from the seeded random source; 1 = always).</summary>
        public double Probability { get; init; } = 1.0;

        /// <summary>Gets the most times the rule fires in all (null: no limit).</summary>
        public int? Times { get; init; }

        /// <summary>Gets what the fault does.</summary>
        public FaultKind Kind { get; init; }

        /// <summary>Gets the delay of <see cref="FaultKind.Delay"/> in milliseconds ("ms").</summary>
        public int DelayMs { get; init; }

        /// <summary>Gets how many bytes <see cref="FaultKind.Corrupt"/> flips ("bytes", default 1).</summary>
        public int Bytes { get; init; } = 1;

        /// <summary>Gets how many bytes of the frame <see cref="FaultKind.Truncate"/> sends ("keep"; null: half the frame).</summary>
        public int? Keep { get; init; }

        /// <summary>Gets the MTI <see cref="FaultKind.WrongMti"/> answers with ("mti"; null: the request's own MTI).</summary>
        public int? Mti { get; init; }

        /// <summary>Gets the response code <see cref="FaultKind.AnswerCode"/> sends in field 39 ("code": two letters or digits, e.g. "98", "A0", "96").</summary>
        public string Code { get; init; }

        /// <summary>Gets a free note from the plan file ("note"), shown nowhere but kept for the reader.</summary>
        public string Note { get; init; }

        /// <summary>Describes the fault for the log: "delay 40000 ms", "corrupt 1 byte", "noResponse".</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            switch (Kind)
            {
                case FaultKind.Delay:
                    return "delay " + DelayMs.ToString(CultureInfo.InvariantCulture) + " ms";
                case FaultKind.Corrupt:
                    return "corrupt " + Bytes.ToString(CultureInfo.InvariantCulture) + (Bytes == 1 ? " byte" : " bytes");
                case FaultKind.Truncate:
                    return Keep.HasValue ? "truncate to " + Keep.Value.ToString(CultureInfo.InvariantCulture) + " bytes" : "truncate to half";
                case FaultKind.WrongMti:
                    return Mti.HasValue ? "wrongMti " + Mti.Value.ToString("D4", CultureInfo.InvariantCulture) : "wrongMti (request MTI)";
                case FaultKind.AnswerCode:
                    return "answerCode " + (Code ?? "(none)");
                default:
                    return FaultPlan.NameOf(Kind);
            }
        }
    }
}
