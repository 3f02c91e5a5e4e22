namespace Fixture
{
    public class Listed
    {
    }
}
