namespace Fixture;

public class Terminal
{
}
