namespace Fixture
{
    public class Broker
    {
    }
}
