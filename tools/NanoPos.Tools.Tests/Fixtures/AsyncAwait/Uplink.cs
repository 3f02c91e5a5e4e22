using System.Threading.Tasks;

namespace Fixture
{
    public class Uplink
    {
        public async Task SendAsync()
        {
            await Task.Delay(10);
        }
    }
}
