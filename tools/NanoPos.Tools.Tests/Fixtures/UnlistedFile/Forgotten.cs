namespace Fixture
{
    // Not in the .nfproj: the host build would compile it, the device build would not.
    public class Forgotten
    {
    }
}
