namespace Fixture
{
    public class Box<T>
    {
        public T Value;
    }
}
