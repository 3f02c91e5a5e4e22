namespace Fixture
{
    public class Clock
    {
    }
}
