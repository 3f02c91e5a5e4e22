namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Separates what a workload's operations allocate from what a measured round allocates once, whatever its length:
    /// nanoCLR takes stack frames from the heap and keeps them for reuse until the next collection, so each round shows
    /// the frames of its deepest call once (17 blocks for a DateTime.UtcNow call, 323 for a 20-deep recursion, the same
    /// for 1 call or 100), plus whatever the first operation after a round's preparation does once. A round of one
    /// operation and a longer round give the two unknowns of: value = constant + operations x per-operation.
    /// </summary>
    public sealed class RoundFit
    {
        private bool _unknown;
        private bool _hasSingle;
        private long _single;
        private long _bigOps;
        private long _big;

        /// <summary>Gets whether the meter measured this unit (false once a round reported -1).</summary>
        public bool IsMeasured
        {
            get { return !_unknown; }
        }

        /// <summary>Gets whether a one-operation round and a longer one were both added, so the two parts are known.</summary>
        public bool CanSeparate
        {
            get { return !_unknown && _hasSingle && _bigOps > 1; }
        }

        /// <summary>Gets what a round allocates once (in the unit of the values), -1 when not measured or not separable.</summary>
        public long RoundConstant
        {
            get { return CanSeparate ? _single - DivideRounded(_big - _single, _bigOps - 1) : -1; }
        }

        /// <summary>Adds a measured round.</summary>
        /// <param name="ops">The operations in the round (1 or more).</param>
        /// <param name="value">What the round allocated, or -1 when the meter does not measure this unit.</param>
        public void Add(long ops, long value)
        {
            if (value < 0)
            {
                _unknown = true;
                return;
            }

            if (ops == 1 && !_hasSingle)
            {
                _hasSingle = true;
                _single = value;
            }

            if (ops > _bigOps)
            {
                _bigOps = ops;
                _big = value;
            }
        }

        /// <summary>Gets what a number of operations allocate without the round constant: the per-operation slope times the number.</summary>
        /// <param name="ops">The number of operations.</param>
        /// <returns>The allocation (rounded to a whole unit), or -1 when not measured or not separable.</returns>
        public long Total(long ops)
        {
            return CanSeparate ? DivideRounded((_big - _single) * ops, _bigOps - 1) : -1;
        }

        // Divides and rounds to the nearest whole number, halves away from zero.
        private static long DivideRounded(long numerator, long denominator)
        {
            long half = denominator / 2;
            return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
        }
    }
}
