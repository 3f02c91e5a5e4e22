namespace Fixture
{
    public class Worker
    {
        private volatile bool _stopping;

        public void Stop()
        {
            _stopping = true;
        }

        public bool IsStopping()
        {
            return _stopping;
        }
    }
}
