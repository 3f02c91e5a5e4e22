using System;
using System.Collections.Generic;
using NanoPos.Emulator;
using NanoPos.Hal;
using NanoPos.Ui.Messages;
using NanoPos.Ui.Text;

namespace NanoPos.Emulator.Tests
{
    /// <summary>
    /// A test double of the terminal + host for the server's own tests: amount, Enter, processing with a
    /// countdown, approved / declined 51 / not sent, power cut during processing → reversal at boot. It draws
    /// its screens with the firmware's text renderer, so the page has real pixels to show.
    /// </summary>
    internal sealed class FakeTerminal : IEmulatorSession
    {
        private readonly MonochromeFramebuffer _frame = new MonochromeFramebuffer(128, 64);
        private readonly List<string[]> _ledger = new List<string[]>();
        private readonly List<string[]> _journal = new List<string[]>();
        private string _screen = "Off";
        private string[] _text = Array.Empty<string>();
        private long _amount;
        private int _stan;
        private long _now;
        private long _deadline;
        private long _answerAt;
        private int _pendingLedgerRow = -1;
        private int _reversalRow = -1;

        public bool NetworkUp { get; set; } = true;
        public bool HostMaintenance { get; set; }
        public int HostDelayMs { get; set; }
        public Language Language { get; set; }
        public MonochromeFramebuffer Frame => _frame;
        public string[] ScreenText => _text;
        public string ScreenName => _screen;
        public int PendingReversalCount => _reversalRow >= 0 ? 1 : 0;
        public int Boots { get; private set; }
        public List<Key> Pressed { get; } = new List<Key>();
        public long NowMs => _now;

        /// <summary>When set, every Advance throws it (error reporting tests).</summary>
        public Exception AdvanceFault { get; set; }

        /// <summary>A full card number the fake puts into its journal, to prove the server masks it.</summary>
        public string LeakyPan { get; set; } = "6228480000000000019";

        public void Boot()
        {
            Boots++;
            if (_reversalRow >= 0 && NetworkUp)
            {
                _ledger[_reversalRow][5] = "reversed";
                _journal[_reversalRow][3] = "reversed";
                _reversalRow = -1;
            }

            Idle();
        }

        public void CutPower()
        {
            if (_screen == "Processing")
            {
                _reversalRow = _pendingLedgerRow;
                _journal[_reversalRow][3] = "reversal pending";
            }

            _screen = "Off";
            _frame.Clear();
            Boot();
        }

        /// <summary>When set, Press waits for it (at most 10 s): a firmware call that does not return.</summary>
        public System.Threading.ManualResetEventSlim PressGate { get; set; }

        public void Press(Key key)
        {
            PressGate?.Wait(TimeSpan.FromSeconds(10));
            Pressed.Add(key);
            int digit = KeyMap.DigitOf(key);
            switch (_screen)
            {
                case "Idle":
                    if (digit >= 0)
                    {
                        _amount = 0;
                        Amount(digit);
                    }

                    break;
                case "Amount":
                    if (digit >= 0)
                    {
                        Amount(digit);
                    }
                    else if (key == Key.Clear)
                    {
                        _amount /= 10;
                        Amount(-1);
                    }
                    else if (key == Key.Cancel)
                    {
                        Idle();
                    }
                    else if (key == Key.Enter && _amount > 0)
                    {
                        Send();
                    }

                    break;
                case "Result":
                    Idle();
                    break;
            }
        }

        public void Advance(int milliseconds)
        {
            if (AdvanceFault != null)
            {
                throw AdvanceFault;
            }

            _now += milliseconds;
            if (_screen == "Processing" && _now >= _answerAt)
            {
                Decide();
            }
            else if (_screen == "Processing")
            {
                Show("Processing", "Processing", "Wait " + ((_deadline - _now + 999) / 1000) + " s");
            }
            else if ((_screen == "Amount" || _screen == "Result") && _now >= _deadline)
            {
                Idle();
            }
        }

        public EmulatorPanel ReadPanel()
        {
            var panel = new EmulatorPanel
            {
                HostLedger = new PanelTable("key", "kind", "amount", "card", "code", "state"),
                Journal = new PanelTable("stan", "amount", "card", "status"),
                Batch = new PanelTable("stan", "amount", "card"),
                PendingReversals = new PanelTable("stan", "amount"),
            };
            foreach (string[] row in _ledger)
            {
                panel.HostLedger.Add(row);
            }

            foreach (string[] row in _journal)
            {
                panel.Journal.Add(row);
                if (row[3] == "approved")
                {
                    panel.Batch.Add(row[0], row[1], row[2]);
                }
            }

            if (_reversalRow >= 0)
            {
                panel.PendingReversals.Add(_journal[_reversalRow][0], _journal[_reversalRow][1]);
            }

            return panel;
        }

        private void Idle()
        {
            Show("Idle", "nanoPos", NetworkUp ? "Enter amount" : "No link");
        }

        private void Amount(int digit)
        {
            if (digit >= 0)
            {
                _amount = (_amount * 10) + digit;
            }

            _deadline = _now + 30_000;
            Show("Amount", "Amount", (_amount / 100) + "." + (_amount % 100).ToString("00"));
        }

        private void Send()
        {
            if (!NetworkUp)
            {
                Result("Not sent", "No connection");
                return;
            }

            _stan++;
            string stan = _stan.ToString("000000");
            bool decline = _amount % 100 == 51;
            _ledger.Add(new[] { "TERM0001/" + stan, "sale", _amount.ToString(), "622848*********0019", decline ? "51" : "00", decline ? "declined" : "approved" });
            _journal.Add(new[] { stan, _amount.ToString(), LeakyPan, "sent" });
            _pendingLedgerRow = _ledger.Count - 1;
            _deadline = _now + 30_000;
            _answerAt = _now + HostDelayMs;
            Show("Processing", "Processing", "Wait 30 s");
        }

        private void Decide()
        {
            string[] row = _ledger[_pendingLedgerRow];
            _journal[_pendingLedgerRow][3] = row[5];
            if (row[4] == "51")
            {
                Result("Declined", "Insufficient funds");
            }
            else
            {
                Result("Approved", "Auth 123456");
            }
        }

        private void Result(string headline, string detail)
        {
            _deadline = _now + 15_000;
            Show("Result", headline, detail);
        }

        private void Show(string screen, params string[] lines)
        {
            _screen = screen;
            _text = lines;
            _frame.Clear();
            var renderer = new TextRenderer(_frame);
            for (int i = 0; i < lines.Length; i++)
            {
                renderer.DrawText(lines[i], 0, i * 16, false);
            }
        }
    }
}
