"""MP3 in and out: the engines' MP3 clips decoded (miniaudio), a track encoded CBR mono (lameenc)."""

from __future__ import annotations

import numpy as np

from publisher.speech import loudness
from publisher.speech.engine import Clip, SynthesisError
from publisher.speech.loudness import Samples

LAME_SCALE_DB = 20 * float(np.log10(0.95))  # LAME's default input scale, −0.45 dB
MP3_BITRATE_KBPS = 64
MP3_QUALITY = 7  # LAME's fast path; speech at 64 kbps mono loses nothing audible
# A decoder plays LAME's output 1105 samples late (576 encoder + 529 decoder delay,
# no gapless header): sentence timings are shifted by as much to match what is heard.
ENCODER_DELAY_SAMPLES = 1105


def decode_pcm16(clip: Clip, sample_rate: int) -> np.ndarray:
    """Mono 16-bit samples at ``sample_rate`` (a view of the clip's bytes for PCM)."""
    if clip.kind == "pcm_s16le":
        if clip.sample_rate != sample_rate:
            raise SynthesisError(f"clip at {clip.sample_rate} Hz in a {sample_rate} Hz track")
        return np.frombuffer(clip.data[: len(clip.data) // 2 * 2], dtype="<i2")
    if clip.kind == "mp3":
        if not clip.data:
            return np.zeros(0, dtype=np.int16)
        import miniaudio

        try:
            decoded = miniaudio.decode(
                clip.data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=sample_rate
            )
        except miniaudio.DecodeError as e:
            raise SynthesisError(f"the engine's MP3 does not decode ({e})") from None
        return np.frombuffer(decoded.samples, dtype=np.int16)
    raise SynthesisError(f"unknown clip kind {clip.kind!r}")


def encode_mp3(signal: Samples, size: int, sample_rate: int) -> bytes:
    """CBR mono MP3 of ``signal``, fed to LAME a block at a time (its output does not depend on that)."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(MP3_BITRATE_KBPS)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(MP3_QUALITY)
    out = bytearray()
    for begin in range(0, size, loudness.BLOCK):
        scaled = signal(begin, min(size, begin + loudness.BLOCK)) * np.float32(32767.0)
        np.round(scaled, out=scaled)
        np.clip(scaled, -32768, 32767, out=scaled)
        out += encoder.encode(scaled.astype("<i2").tobytes())
    out += encoder.flush()
    return bytes(out)
