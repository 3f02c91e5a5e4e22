namespace NanoPos.HostSim
{
    /// <summary>What a <see cref="HostSimEvent"/> reports.</summary>
    public enum HostSimEventKind
    {
        /// <summary>The server listens (again); <see cref="HostSimEvent.Note"/> gives the address.</summary>
        Listening = 1,

        /// <summary>A terminal connected.</summary>
        ConnectionOpened = 2,

        /// <summary>A connection ended; <see cref="HostSimEvent.Note"/> says why.</summary>
        ConnectionClosed = 3,

        /// <summary>One request was read and answered (or deliberately not): the line the CLI prints.</summary>
        Request = 4,

        /// <summary>A frame did not decode: <see cref="HostSimEvent.Error"/> names field, offset and reason; the connection is closed.</summary>
        MalformedFrame = 5,

        /// <summary>A length header announced more than the server reads (4096 bytes by default); the connection is closed.</summary>
        OversizeFrame = 6,

        /// <summary>A frame did not complete in time, or the peer closed in the middle of one; the connection is closed.</summary>
        IncompleteFrame = 7,

        /// <summary>The maintenance mode changed.</summary>
        MaintenanceChanged = 8,

        /// <summary>Something unexpected failed while serving a connection (the server keeps running); <see cref="HostSimEvent.Note"/> says what.</summary>
        Failure = 9,

        /// <summary>A delayed answer could not be sent because its connection had closed (or the server stopped) first.</summary>
        AnswerDropped = 10,

        /// <summary>A connection arrived while <see cref="HostServerOptions.MaxConnections"/> were open and was closed at once; <see cref="HostSimEvent.Note"/> says from where.</summary>
        ConnectionRefused = 11,

        /// <summary>A TLS handshake failed or timed out (a plain-TCP client, an untrusting client, a stall); that connection is closed, <see cref="HostSimEvent.Note"/> says why.</summary>
        TlsHandshakeFailed = 12,
    }
}
