using System;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using NanoPos.Iso8583;

namespace NanoPos.HostSim
{
    /// <summary>
    /// Serves one terminal connection: completes the TLS handshake when the server serves TLS, reads frames one after
    /// another, decides each request, sends the answer through the fault (if any), and closes on a failed handshake, a
    /// malformed, oversize or incomplete frame, a closing fault, an idle timeout or the peer's close. Never lets an
    /// exception out: the server keeps running.
    /// </summary>
    internal sealed class ConnectionHandler
    {
        private readonly int _id;
        private readonly TcpClient _client;
        private readonly HostServer _server;
        private readonly SemaphoreSlim _writeLock = new SemaphoreSlim(1, 1);
        private Stream _stream;
        private int _delayedPending;

        /// <summary>Creates a handler.</summary>
        public ConnectionHandler(int id, TcpClient client, HostServer server)
        {
            _id = id;
            _client = client;
            _server = server;
        }

        /// <summary>Closes the connection now (server stop, maintenance "refuse").</summary>
        public void Abort()
        {
            _client.Dispose();
        }

        /// <summary>Serves the connection until it ends.</summary>
        public async Task RunAsync(CancellationToken stop)
        {
            string reason = "peer closed";
            string peer = _client.Client.RemoteEndPoint?.ToString() ?? "peer";
            _server.Raise(new HostSimEvent { Kind = HostSimEventKind.ConnectionOpened, Connection = _id, Note = peer });
            try
            {
                Stream stream = _client.GetStream();
                if (_server.TlsContext != null)
                {
                    stream = await TlsHandshake.AcceptAsync((NetworkStream)stream, _server.TlsContext, _server.Options.HandshakeTimeoutMs, stop, why =>
                        _server.Raise(new HostSimEvent { Kind = HostSimEventKind.TlsHandshakeFailed, Connection = _id, Note = peer + ": " + why })).ConfigureAwait(false);
                    if (stream == null)
                    {
                        reason = "TLS handshake failed";
                        return;
                    }
                }

                _stream = stream;
                while (true)
                {
                    FrameRead read = await _server.Reader.ReadAsync(stream, stop).ConfigureAwait(false);
                    if (read.Status == FrameReadStatus.Idle && Volatile.Read(ref _delayedPending) > 0)
                    {
                        continue; // Silence is expected while the host itself still owes a delayed answer.
                    }

                    if (read.Status != FrameReadStatus.Frame)
                    {
                        reason = Describe(read);
                        return;
                    }

                    var request = new IsoMessage();
                    byte[] tpdu = _server.Options.Profile.TpduLength > 0 ? new byte[_server.Options.Profile.TpduLength] : null;
                    try
                    {
                        _server.Codec.Unpack(read.Frame, 0, read.Frame.Length, request, tpdu);
                    }
                    catch (IsoFormatException e)
                    {
                        _server.Raise(new HostSimEvent { Kind = HostSimEventKind.MalformedFrame, Connection = _id, Error = e, Note = FrameDump.Describe(read.Frame, _server.Options.Profile) });
                        reason = "malformed frame";
                        return;
                    }

                    if (!await HandleAsync(request, tpdu, read.Frame, stop).ConfigureAwait(false))
                    {
                        reason = "closed by the host (fault, maintenance, or a message it does not answer)";
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                reason = "server stopping";
            }
            catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException || e is OperationCanceledException)
            {
                reason = "connection lost: " + e.Message;
            }
            catch (Exception e)
            {
                _server.Raise(new HostSimEvent { Kind = HostSimEventKind.Failure, Connection = _id, Note = e.ToString() });
                reason = "failure";
            }
            finally
            {
                try
                {
                    _client.Client.Shutdown(SocketShutdown.Both);
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
                {
                    // Already gone.
                }

                _client.Dispose();
                _server.Raise(new HostSimEvent { Kind = HostSimEventKind.ConnectionClosed, Connection = _id, Note = reason });
            }
        }

        private async Task<bool> HandleAsync(IsoMessage request, byte[] tpdu, byte[] received, CancellationToken stop)
        {
            MaintenanceMode mode = _server.Faults.Maintenance;
            if (mode == MaintenanceMode.RefuseConnections)
            {
                RaiseRequest(request, null, null, null, "maintenance: refused, connection closed");
                return false;
            }

            FaultRule fault = null;
            ProcessingResult result = null;
            IsoMessage response;
            string note = null;

            // The MAC covers the message from its MTI (just after the TPDU) to the end of the frame as received.
            int mtiOffset = _server.Codec.HeaderLength + _server.Options.Profile.TpduLength;
            int messageLength = received.Length - mtiOffset;
            if (mode == MaintenanceMode.Answer91)
            {
                result = _server.Processor.Unavailable(request, received, mtiOffset, messageLength);
                response = result.Response;
                note = result.Note ?? "maintenance window";
            }
            else
            {
                fault = _server.Faults.Decide(request);
                result = fault != null && fault.Kind == FaultKind.Answer91
                    ? _server.Processor.Unavailable(request, received, mtiOffset, messageLength)
                    : _server.Processor.Process(request, received, mtiOffset, messageLength);
                response = result.Response;
                note = result.Note;
            }

            if (response == null)
            {
                RaiseRequest(request, null, result, fault, note ?? "no answer for this MTI: connection closed");
                return false;
            }

            // The decision is made and recorded; a fault may now falsify the answer (MTI, content), never the ledger.
            string decidedCode = response.GetString(39);
            response = AnswerFaults.Apply(fault, request, response);

            byte[] frame = Pack(response, tpdu, result.AnswerKey, fault);
            RaiseRequest(request, TransportFaults.SendsNothing(fault) ? null : response.Mti, result, fault, note, decidedCode);
            if (fault != null && fault.Kind == FaultKind.Delay)
            {
                // The late answer is sent by a timer; meanwhile the connection keeps reading, so a reversal sent
                // after the terminal's timeout is answered first and the late answer arrives after it.
                _ = SendLaterAsync(frame, fault.DelayMs, request, stop);
                return true;
            }

            return await TransportFaults.SendAsync(WriteAsync, frame, fault, _server.Faults, _server.Codec.HeaderLength, _server.Options.Profile.TpduLength).ConfigureAwait(false);
        }

        private async Task SendLaterAsync(byte[] frame, int delayMs, IsoMessage request, CancellationToken stop)
        {
            Interlocked.Increment(ref _delayedPending);
            try
            {
                await Task.Delay(delayMs, stop).ConfigureAwait(false);
                await WriteAsync(frame, frame.Length).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is SocketException || e is ObjectDisposedException || e is OperationCanceledException)
            {
                _server.Raise(new HostSimEvent
                {
                    Kind = HostSimEventKind.AnswerDropped,
                    Connection = _id,
                    RequestMti = request.Mti,
                    Stan = request.GetString(11),
                    TerminalId = request.GetString(41),
                    Note = "the answer delayed by " + delayMs + " ms could not be sent: the connection closed or the server stopped first",
                });
            }
            finally
            {
                Interlocked.Decrement(ref _delayedPending);
            }
        }

        /// <summary>Writes bytes to the connection, one writer at a time (a delayed answer may be sent while a request is answered), within the write timeout.</summary>
        private async Task WriteAsync(byte[] bytes, int count)
        {
            await _writeLock.WaitAsync().ConfigureAwait(false);
            try
            {
                using var deadline = new CancellationTokenSource(_server.Options.WriteTimeoutMs);
                await _stream.WriteAsync(bytes.AsMemory(0, count), deadline.Token).ConfigureAwait(false);
                await _stream.FlushAsync(deadline.Token).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }

        private byte[] Pack(IsoMessage response, byte[] requestTpdu, NanoPos.Security.TripleDes mak, FaultRule fault)
        {
            byte[] responseTpdu = requestTpdu != null && requestTpdu.Length == Tpdu.Length ? Tpdu.ResponseTo(requestTpdu) : requestTpdu;
            byte[] buffer = new byte[65_542];
            int length = AnswerFrames.Pack(_server.Codec, response, responseTpdu, buffer, 0, mak, fault);
            return buffer.AsSpan(0, length).ToArray();
        }

        private void RaiseRequest(IsoMessage request, int? responseMti, ProcessingResult result, FaultRule fault, string note, string responseCode = null)
        {
            _server.Raise(new HostSimEvent
            {
                Kind = HostSimEventKind.Request,
                Connection = _id,
                RequestMti = request.Mti,
                ResponseMti = responseMti,
                MaskedPan = RequestFields.MaskedPan(RequestFields.Pan(request)),
                Amount = request.GetString(4),
                Stan = request.GetString(11),
                TerminalId = request.GetString(41),
                ResponseCode = responseCode,
                Fault = fault,
                Effect = result?.Effect ?? LedgerEffect.None,
                Note = note,
            });
        }

        private string Describe(FrameRead read)
        {
            switch (read.Status)
            {
                case FrameReadStatus.Closed:
                    return "peer closed";
                case FrameReadStatus.Idle:
                    return "idle for " + _server.Options.IdleTimeoutMs + " ms";
                case FrameReadStatus.Oversize:
                    string oversize = "length header announces " + read.Announced + " bytes; the limit is " + _server.Options.MaxFrameBytes;
                    _server.Raise(new HostSimEvent { Kind = HostSimEventKind.OversizeFrame, Connection = _id, Note = oversize });
                    return "oversize frame";
                default:
                    string incomplete = read.Announced < 0
                        ? "the length header did not complete (" + read.Received + " byte)"
                        : "got " + (read.Received - _server.Codec.HeaderLength) + " of " + read.Announced + " announced bytes within " + _server.Options.FrameTimeoutMs + " ms or before the peer closed";
                    _server.Raise(new HostSimEvent { Kind = HostSimEventKind.IncompleteFrame, Connection = _id, Note = incomplete });
                    return "incomplete frame";
            }
        }
    }
}
