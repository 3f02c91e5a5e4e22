namespace NanoPos.DeviceBench
{
    /// <summary>
    /// Picks the allocation meter of the build: the host build (NanoPos.DeviceBench.csproj) defines NANOPOS_HOST and gets
    /// <c>HostAllocationMeter</c>; the device build defines nothing and gets <see cref="HeadroomAllocationMeter"/>. A
    /// compile-time switch, because the host's counter does not exist in nanoFramework's mscorlib and a host-only file
    /// could not stay out of the .nfproj (the profile check wants every .cs file of the folder listed).
    /// </summary>
    public static class AllocationMeters
    {
        /// <summary>Creates the meter of this build.</summary>
        /// <returns>A new meter; call <see cref="IAllocationMeter.Calibrate"/> before using it.</returns>
        public static IAllocationMeter Create()
        {
#if NANOPOS_HOST
            return new HostAllocationMeter();
#else
            return new HeadroomAllocationMeter();
#endif
        }
    }
}
