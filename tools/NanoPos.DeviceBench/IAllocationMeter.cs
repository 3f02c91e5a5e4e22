namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Measures what a stretch of code allocates on the managed heap, between <see cref="Begin"/> and <see cref="End"/>.
    /// The device build counts heap blocks by headroom (<see cref="HeadroomAllocationMeter"/>), the host build reads the
    /// runtime's allocated-bytes counter (HostAllocationMeter, host build only); <see cref="AllocationMeters.Create"/>
    /// picks the one the build has.
    /// </summary>
    public interface IAllocationMeter
    {
        /// <summary>Gets the name of the runtime the meter measures: "nanoclr" or "host".</summary>
        string Runtime { get; }

        /// <summary>
        /// Measures the meter's own fixed cost and what it needs to know about the heap, and reports those facts as
        /// <c>bench-info</c> lines. Call once, before the first <see cref="Begin"/>.
        /// </summary>
        /// <param name="report">Where the facts go.</param>
        void Calibrate(BenchReport report);

        /// <summary>Starts a measurement. Nothing else may allocate until <see cref="End"/> except the measured code.</summary>
        void Begin();

        /// <summary>Ends the measurement started by <see cref="Begin"/>.</summary>
        /// <returns>
        /// True when the figures are valid; false when a garbage collection ran in between (the measured code allocated
        /// more than the free heap), so the caller must measure again with less work.
        /// </returns>
        bool End();

        /// <summary>
        /// Starts a stretch that is only timed, not counted: on nanoCLR right after a garbage collection (one count
        /// instead of the three of a counted measurement), so none runs inside unless the code allocates more than the
        /// free heap.
        /// </summary>
        void BeginTimingOnly();

        /// <summary>Ends the stretch started by <see cref="BeginTimingOnly"/>.</summary>
        /// <returns>False when a garbage collection ran in between (the time then includes it).</returns>
        bool EndTimingOnly();

        /// <summary>Gets the bytes of one heap block as calibrated (24 on the 64-bit interpreter, 12 on the ESP32), or -1 when the meter counts bytes.</summary>
        int BlockBytes { get; }

        /// <summary>Gets the heap blocks the last measurement allocated, or -1 when this meter does not count blocks.</summary>
        long Blocks { get; }

        /// <summary>Gets the bytes the last measurement allocated, or -1 when the meter cannot tell.</summary>
        long Bytes { get; }
    }
}
