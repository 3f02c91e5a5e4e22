using NanoPos.Ui.Messages;
using nanoFramework.TestFramework;

namespace NanoPos.Ui.Tests
{
    /// <summary>The screens in both languages: the configuration chooses, the technician menu switches and the choice is kept.</summary>
    [TestClass]
    public class LanguageTests
    {
        [TestMethod]
        public void Idle_in_chinese()
        {
            UiRig rig = UiRig.Booted("zh");

            Assert.AreEqual("TEST SHOP", rig.Row(0));
            Assert.AreEqual("在线", rig.Row(2));
            Assert.AreEqual("#消费 A菜单", rig.Row(3));
        }

        [TestMethod]
        public void Sale_screens_and_result_in_chinese()
        {
            UiRig rig = UiRig.Booted("zh");

            rig.Press("12500");
            Assert.AreEqual("金额", rig.Row(0));
            rig.Press("#");
            Assert.AreEqual("请输入卡号", rig.Row(0));
            rig.Press(UiRig.Card + "#");
            Assert.AreEqual("有效期 月/年", rig.Row(0));
            rig.Press(UiRig.Expiry + "#");
            Assert.AreEqual("请输入密码", rig.Row(0));
            Assert.AreEqual("无密码请按#", rig.Row(2));
            rig.Press("1234#");

            Assert.AreEqual("交易成功", rig.Row(0));
            Assert.AreEqual("授权码 A1B2C3", rig.Row(2));
            Assert.AreEqual("到账11月23日周一", rig.Row(3));
        }

        [TestMethod]
        public void Decline_in_chinese()
        {
            UiRig rig = UiRig.Booted("zh");

            rig.SaleUpToPin("151");
            rig.Press("#");

            Assert.AreEqual("交易失败", rig.Row(0));
            Assert.AreEqual("余额不足，请换卡", rig.Row(1));
        }

        [TestMethod]
        public void Technician_switches_the_language_and_it_survives_a_reboot()
        {
            UiRig rig = UiRig.Booted("en");

            rig.Press("A7" + UiRig.TechPin + "#");
            Assert.AreEqual((int)UiScreen.TechnicianMenu, (int)rig.Ui.Screen);
            rig.Press("52");
            Assert.AreEqual("维护菜单     5/6", rig.Row(0));
            rig.Press("*");
            Assert.AreEqual("在线", rig.Row(2));

            UiRig rebooted = rig.Reboot();
            Assert.AreEqual((int)Language.Chinese, (int)rebooted.Ui.Language);
            Assert.AreEqual("#消费 A菜单", rebooted.Row(3));
        }
    }
}
