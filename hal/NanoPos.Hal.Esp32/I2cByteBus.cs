using System;
using System.Device.I2c;
using System.IO;
using NanoPos.Hal;

namespace NanoPos.Hal.Esp32
{
    /// <summary>
    /// An <see cref="IByteBus"/> over one nanoFramework <see cref="I2cDevice"/>: each <see cref="Write"/> is one I2C
    /// transaction to the device's address.
    /// </summary>
    /// <remarks>
    /// The bytes are handed to the driver as a <see cref="SpanByte"/> over the caller's buffer, a struct, so a
    /// write allocates nothing. The bus pins must already be routed (see <see cref="Ssd1306Display"/>).
    /// </remarks>
    public sealed class I2cByteBus : IByteBus, IDisposable
    {
        private I2cDevice _device;

        /// <summary>
        /// Wraps an open I2C device; the bus owns it from now on and disposes it in <see cref="Dispose"/>.
        /// </summary>
        /// <param name="device">The device.</param>
        /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
        public I2cByteBus(I2cDevice device)
        {
            if (device == null)
            {
                throw new ArgumentNullException("device");
            }

            _device = device;
        }

        /// <summary>Gets the number of writes that failed since creation (for the health report).</summary>
        public int FailedWrites { get; private set; }

        /// <summary>
        /// Sends bytes to the device as one I2C transaction.
        /// </summary>
        /// <param name="buffer">The buffer holding the bytes.</param>
        /// <param name="offset">The index of the first byte to send.</param>
        /// <param name="count">The number of bytes to send, 1 or more.</param>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is empty or not inside <paramref name="buffer"/>.</exception>
        /// <exception cref="ObjectDisposedException">The bus was disposed.</exception>
        /// <exception cref="IOException">The device did not acknowledge, or took fewer bytes than sent.</exception>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (_device == null)
            {
                throw new ObjectDisposedException("I2cByteBus");
            }

            I2cTransferResult result = _device.Write(new SpanByte(buffer, offset, count));
            if (result.Status != I2cTransferStatus.FullTransfer || result.BytesTransferred != (uint)count)
            {
                // Status is an enum: on the device its ToString() would print a number, so the number is logged as such.
                FailedWrites++;
                throw new IOException("I2C write to 0x" + _device.ConnectionSettings.DeviceAddress.ToString("X2")
                    + " failed: status " + (int)result.Status + ", " + result.BytesTransferred + " of " + count + " bytes.");
            }
        }

        /// <summary>
        /// Releases the I2C device. Later writes throw <see cref="ObjectDisposedException"/>.
        /// </summary>
        public void Dispose()
        {
            if (_device != null)
            {
                _device.Dispose();
                _device = null;
            }
        }
    }
}
