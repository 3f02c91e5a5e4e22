using NanoPos.HostSim;
using NanoPos.Iso8583;
using Xunit;

namespace NanoPos.HostSim.Tests
{
    /// <summary>Sign-on and echo (0800 → 0810).</summary>
    public class NetworkManagementTests
    {
        [Fact]
        public void SignOnReturnsBatchFreshKeysAndHostClock()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            IsoMessage response = host.Process(Requests.SignOn(1)).Response;

            Assert.Equal(Mti.NetworkResponse, response.Mti);
            Assert.Equal("00", response.GetString(39));
            Assert.Equal("00" + "000001" + "003", response.GetString(60));
            byte[] keys = response.GetBytes(62);
            Assert.Equal(40, keys.Length);
            Assert.NotEqual(keys, host.Process(Requests.SignOn(2)).Response.GetBytes(62)); // new keys at every sign-on
            Assert.NotEqual(keys, host.Process(Requests.SignOn(3, "TERM0002")).Response.GetBytes(62));
            Assert.Equal("101530", response.GetString(12));
            Assert.Equal("0615", response.GetString(13));
            Assert.Equal(0, host.Ledger.Count);
        }

        [Theory]
        [InlineData("00000000001")]
        [InlineData("00000000002")]
        [InlineData(null)]
        public void NetworkCodesOtherThanSignOn003AndEcho301AreAnswered12WithoutKeys(string field60)
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            IsoMessage request = Requests.SignOn(1);
            request.Remove(60);
            if (field60 != null)
            {
                request.Set(60, field60);
            }

            IsoMessage response = host.Process(request).Response;

            Assert.Equal("12", response.GetString(39));
            Assert.False(response.Has(62));
            Assert.False(host.Security.HasWorkingKeys(Requests.Terminal));
        }

        [Fact]
        public void EchoTestIsAnsweredWithoutKeys()
        {
            RequestProcessor host = Host.Processor(requireMac: false);

            IsoMessage response = host.Process(Requests.Echo(4)).Response;

            Assert.Equal("00", response.GetString(39));
            Assert.False(response.Has(62));
            Assert.Equal("00" + Requests.Batch + "301", response.GetString(60));
        }

        [Fact]
        public void SignOnAfterABalancedSettlementGetsTheNextBatch()
        {
            RequestProcessor host = Host.Processor(requireMac: false);
            host.Process(Requests.Sale(5, 1000));

            Assert.Equal("00", host.Process(Requests.Settlement(6, new SettlementTotals(1, 1000, 0, 0))).ResponseCode);

            Assert.Equal("00000002003", host.Process(Requests.SignOn(7)).Response.GetString(60));
            Assert.Equal("000002", host.Ledger.CurrentBatch(Requests.Terminal));
        }
    }
}
