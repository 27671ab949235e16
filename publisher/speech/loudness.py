"""Loudness and true peak: BS.1770 integrated loudness, the 4× oversampled peak meter, the limiter.

Memory: a track is held once, as the 16-bit samples the engines gave (a
5-minute article at 22.05 kHz is 13 MB).  Every later stage (K-weighting,
true-peak oversampling, gain, limiter, MP3 encoding) is computed from it in
blocks of BLOCK samples, and the limiter keeps only the stretches it changes.
Each block goes through exactly the arithmetic the whole array would (same
dtypes, same order, filter state carried across blocks, loudness blocks cut
at the meter's own 100 ms steps), so the output does not depend on BLOCK.
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from publisher.speech.engine import SynthesisError

BLOCK = 1 << 17  # samples per processing block: 6 s at 22.05 kHz, 512 KiB as float32
_PCM_SCALE = np.float32(1 / 32768)


def to_float(pcm: np.ndarray) -> np.ndarray:
    """16-bit samples as float32 in [-1, 1)."""
    samples = pcm.astype(np.float32)
    samples *= _PCM_SCALE
    return samples


def _oversampler(factor: int = 4, taps_per_phase: int = 12) -> np.ndarray:
    """Polyphase interpolation filter (windowed sinc) as in BS.1770-4's true-peak meter.

    Returns (factor - 1, taps): the in-between phases; phase 0 is the sample itself.
    """
    n = factor * taps_per_phase + 1
    t = (np.arange(n) - n // 2) / factor
    h = np.sinc(t) * np.kaiser(n, 8.0)
    rows = [h[p::factor][:taps_per_phase] for p in range(1, factor)]
    return np.array([r / r.sum() for r in rows], dtype=np.float64)


_PHASES = _oversampler()
_TAPS = _PHASES.shape[1]
_HALF = _TAPS // 2
# Inter-sample peaks of speech stay well within 6 dB of the sample peaks, so only
# samples above (threshold - 6 dB) are oversampled: a few percent of a track.
_OVERSHOOT = 10 ** (-6 / 20)


def _padded_peaks(padded: np.ndarray, threshold: float) -> np.ndarray:
    """sample_peaks of ``padded[_HALF:-_HALF]``, given _HALF samples of context on each side."""
    x = padded[_HALF : padded.size - _HALF]
    peaks = np.abs(x).astype(np.float32, copy=False)
    candidates = np.flatnonzero(peaks > threshold * _OVERSHOOT)
    offsets = np.arange(1, _TAPS + 1)
    phases = _PHASES.T.astype(np.float32, copy=False)
    for start in range(0, candidates.size, 1 << 16):  # in slices: bounded memory
        chunk = candidates[start : start + (1 << 16)]
        # the values between sample i and i+1 come from x[i-half+1 .. i+half]
        between = np.abs(padded[chunk[:, None] + offsets] @ phases).max(axis=1)
        peaks[chunk] = np.maximum(peaks[chunk], between)
    return peaks


def sample_peaks(x: np.ndarray, threshold: float = 0.0) -> np.ndarray:
    """Per sample, the largest magnitude of it and the 4× oversampled values after it (true peak).

    Only samples above ``threshold`` × −6 dB are oversampled; the others keep |x|.
    """
    padded = np.zeros(x.size + 2 * _HALF, dtype=np.float32)
    padded[_HALF : _HALF + x.size] = x
    return _padded_peaks(padded, threshold)


def true_peak_dbtp(x: np.ndarray) -> float:
    peak = float(sample_peaks(x).max()) if x.size else 0.0
    return 20 * float(np.log10(peak)) if peak > 0 else -np.inf


def _biquad(kind: str, gain_db: float, q: float, fc: float, sample_rate: int) -> list[float]:
    """One RBJ-cookbook biquad of BS.1770's K-weighting as pyloudnorm designs it: [b0 b1 b2 a0 a1 a2]."""
    a_ = 10 ** (gain_db / 40)
    w0 = 2 * np.pi * fc / sample_rate
    alpha = np.sin(w0) / (2 * q)
    cos, root = np.cos(w0), np.sqrt(a_)
    if kind == "high_shelf":
        b = [a_ * ((a_ + 1) + (a_ - 1) * cos + 2 * root * alpha), -2 * a_ * ((a_ - 1) + (a_ + 1) * cos),
             a_ * ((a_ + 1) + (a_ - 1) * cos - 2 * root * alpha)]  # fmt: skip
        a = [(a_ + 1) - (a_ - 1) * cos + 2 * root * alpha, 2 * ((a_ - 1) - (a_ + 1) * cos),
             (a_ + 1) - (a_ - 1) * cos - 2 * root * alpha]  # fmt: skip
    else:  # high_pass
        b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2]
        a = [1 + alpha, -2 * cos, 1 - alpha]
    return [v / a[0] for v in (*b, *a)]


def _k_weighting(sample_rate: int) -> np.ndarray:
    """BS.1770's K-weighting (pre-filter shelf, then RLB high-pass) as float32 second-order sections."""
    return np.array([_biquad("high_shelf", 4.0, 1 / np.sqrt(2), 1500.0, sample_rate),
                     _biquad("high_pass", 0.0, 0.5, 38.0, sample_rate)], dtype=np.float32)  # fmt: skip


Kernel = Callable[[np.ndarray, np.ndarray, np.ndarray], None]


# Tracks are measured from worker threads: two first calls at once would import scipy from two
# threads, and Python's import-deadlock guard then hands one of them a partly initialised scipy
# (ImportError: cannot import name 'PytestTester' …), so the first load is taken under a lock.
_KERNEL_LOCK = threading.Lock()


def _sosfilt_kernel() -> Kernel:
    """The filter kernel, loaded once (see _load_sosfilt_kernel)."""
    with _KERNEL_LOCK:
        return _load_sosfilt_kernel()


@functools.cache
def _load_sosfilt_kernel() -> Kernel:
    """scipy's compiled second-order-sections filter, ``_sosfilt(sos, x, zi)`` (in place), loaded alone.

    ``from scipy.signal import sosfilt`` imports all of scipy.signal, 1.25 s on these machines
    (about a tenth of a cold run) for this one compiled function; its extension module loads by
    itself in 0.05 s.  Should a scipy release move it, the public function stands in.
    """
    try:
        spec = importlib.util.find_spec("scipy")
        folder = Path(next(iter(spec.submodule_search_locations or []))) / "signal"  # type: ignore[union-attr]
        path = next(folder / f"_sosfilt{s}" for s in importlib.machinery.EXTENSION_SUFFIXES
                    if (folder / f"_sosfilt{s}").is_file())  # fmt: skip
        loader = importlib.machinery.ExtensionFileLoader("scipy.signal._sosfilt", str(path))
        module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
        loader.exec_module(module)
        return module._sosfilt  # type: ignore[no-any-return]
    except (ImportError, OSError, StopIteration, AttributeError, TypeError):
        from scipy.signal import sosfilt

        def kernel(sos: np.ndarray, x: np.ndarray, zi: np.ndarray) -> None:
            x[0], zi[0] = sosfilt(sos, x[0], zi=zi[0])

        return kernel


def _filter(sos: np.ndarray, x: np.ndarray, state: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``scipy.signal.sosfilt(sos, x, zi=state)`` for float32 mono, the same compiled loop."""
    y = np.array(x, dtype=np.float32, order="C").reshape(1, -1)  # a copy: filtered in place
    zi = np.array(state, dtype=np.float32, order="C").reshape(1, *state.shape)
    _sosfilt_kernel()(sos, y, zi)
    return y[0], zi[0]


# A signal of known length, read a stretch [begin, end) at a time as float32.
Samples = Callable[[int, int], np.ndarray]


_BLOCK_SECONDS = 0.4  # BS.1770's gating block, in 100 ms steps overlapping by 75 %
# A limiter round re-measures only the steps its gain changes: the K-weighting restarts at rest
# _WARM_STEPS before them and the changed output rings on for _RING_STEPS after them.  The
# filter's memory (a double pole at 38 Hz) dies away as n·r^n: to 1e-7 in one 100 ms step.
_WARM_STEPS = 1
_RING_STEPS = 1


def _step_bounds(size: int, sample_rate: int) -> np.ndarray | None:
    """Where each 100 ms step starts, and where the last ends; None when no gating block fits."""
    n_blocks = int(np.round((size / sample_rate - _BLOCK_SECONDS) / (_BLOCK_SECONDS * 0.25))) + 1
    if n_blocks < 1:
        return None
    step = _BLOCK_SECONDS * 0.25 * sample_rate
    return np.minimum((step * np.arange(n_blocks + 4)).astype(np.int64), size)


def _step_energies(
    signal: Samples, bounds: np.ndarray, first: int, last: int, sample_rate: int
) -> np.ndarray:
    """K-weighted energy of the steps [first, last) of ``signal``, the filter starting at rest.

    pyloudnorm loops over 100 ms steps in Python; on a whole edition that cost
    seconds per pass.  The signal is K-weighted a stretch of whole steps at a
    time, the filter's state carried over.
    """
    energies = np.zeros(last - first, dtype=np.float64)
    sos = _k_weighting(sample_rate)
    state = np.zeros((sos.shape[0], 2), dtype=np.float32)
    per = max(1, BLOCK // max(1, int(bounds[1] - bounds[0])))
    for chunk in range(first, last, per):
        stop = min(chunk + per, last)
        begin, end = int(bounds[chunk]), int(bounds[stop])
        if end <= begin:
            break  # the remaining steps lie past the end: empty
        power, state = _filter(sos, signal(begin, end), state)
        np.square(power, out=power)
        # steps that start at the end of the signal are empty (they stay 0); bounds only
        # repeat there, so every step before them has at least one sample
        starts = bounds[chunk:stop] - begin
        starts = starts[starts < power.size]
        energies[chunk - first : chunk - first + starts.size] = np.add.reduceat(
            power, starts, dtype=np.float64
        )
    return energies


def _gated_loudness(steps: np.ndarray, sample_rate: int) -> float:
    """BS.1770 gated loudness from the energies of the 100 ms steps."""
    z = (steps[:-3] + steps[1:-2] + steps[2:-1] + steps[3:]) / (_BLOCK_SECONDS * sample_rate)
    with np.errstate(divide="ignore"):
        loud = -0.691 + 10 * np.log10(z)
    gated = z[loud >= -70.0]
    if gated.size == 0:
        return -np.inf
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    final = z[(loud > relative) & (loud > -70.0)]
    return float(-0.691 + 10 * np.log10(final.mean())) if final.size else -np.inf


def _streamed_lufs(signal: Samples, size: int, sample_rate: int) -> float:
    """BS.1770 gated loudness, block for block as pyloudnorm computes it, but vectorised and
    streamed (the tests check it against ``pyloudnorm.Meter``)."""
    bounds = _step_bounds(size, sample_rate)
    if bounds is None:
        return -np.inf
    return _gated_loudness(_step_energies(signal, bounds, 0, bounds.size - 1, sample_rate), sample_rate)


def integrated_lufs(x: np.ndarray, sample_rate: int) -> float:
    """BS.1770 integrated loudness of ``x`` (see _streamed_lufs)."""
    return _streamed_lufs(lambda a, b: x[a:b].astype(np.float32, copy=False), x.size, sample_rate)


def _edged(x: np.ndarray, before: int, after: int) -> np.ndarray:
    """``x`` with its first value repeated ``before`` times and its last ``after`` times."""
    return np.concatenate((np.full(before, x[0], dtype=x.dtype), x, np.full(after, x[-1], dtype=x.dtype)))


def _moving_min(x: np.ndarray, half: int) -> np.ndarray:
    """The minimum over x[n - half .. n + half], the ends repeated (scipy.ndimage's mode "nearest").

    van Herk's method: with blocks as long as the window, every window is a suffix of one
    block and a prefix of the next, so two running minima give all windows in O(n).
    """
    width = 2 * half + 1
    padded = _edged(x, half, half + (-(x.size + 2 * half)) % width).reshape(-1, width)
    prefix = np.minimum.accumulate(padded, axis=1).ravel()
    suffix = np.minimum.accumulate(padded[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[: x.size], prefix[width - 1 : width - 1 + x.size])


def _moving_average(x: np.ndarray, half: int) -> np.ndarray:
    """The mean over x[n - half .. n + half], the ends repeated, summed in float64."""
    sums = np.cumsum(_edged(x, half + 1, half), dtype=np.float64)
    return ((sums[2 * half + 1 :] - sums[: -2 * half - 1]) / (2 * half + 1)).astype(x.dtype)


# The limiter's gain where it is below 1: (first sample, gain for the stretch from there).
Stretches = list[tuple[int, np.ndarray]]


def limiter_stretches(over: np.ndarray, over_peaks: np.ndarray, size: int, sample_rate: int, ceiling: float
) -> Stretches:  # fmt: skip
    """A smooth gain that holds every (true) peak under ``ceiling``: look-ahead, 4 ms hold.

    ``over``: the samples whose peak exceeds the ceiling, ascending; ``over_peaks``
    their peaks.  Only the stretches around them are computed (a few percent of a
    track); elsewhere the gain is 1.
    """
    if over.size == 0:
        return []
    hold = max(2, int(0.004 * sample_rate))
    reach = 3 * hold
    stretches: Stretches = []
    breaks = np.flatnonzero(np.diff(over) > 2 * reach)
    for first, last in zip(np.r_[0, breaks + 1], np.r_[breaks, over.size - 1], strict=True):
        lo, hi = max(0, int(over[first]) - reach), min(size, int(over[last]) + reach + 1)
        need = np.ones(hi - lo, dtype=np.float32)  # samples under the ceiling need no gain
        need[over[first : last + 1] - lo] = np.minimum(
            1.0, ceiling / np.maximum(over_peaks[first : last + 1], 1e-12)
        )
        # min over ±hold, then a moving average over ±hold/2: the average only
        # mixes values that are each ≤ need[n], so the gain never exceeds it.
        held = _moving_min(need, hold)
        stretches.append((lo, _moving_average(held, (hold | 1) // 2)))
    return stretches


@dataclass
class Chain:
    """The track at each stage of normalisation, computed a block at a time from its 16-bit samples:
    ((x · gain) · limiter) · make-up · trim, each step in float32 as the whole-array form would be."""

    pcm: np.ndarray
    gain: float = 1.0
    limiter: Stretches = field(default_factory=list)
    makeup: float | None = None
    trim: Any = None
    _indexed: Stretches | None = field(default=None, repr=False, compare=False)
    _starts: Any = field(default=None, repr=False, compare=False)
    _ends: Any = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        return int(self.pcm.size)

    def _stretches_in(self, lo: int, hi: int) -> Stretches:
        """The limiter's stretches that overlap [lo, hi): they are disjoint and in order, so two
        binary searches find them (a track has hundreds; a region re-measure reads a few)."""
        if self._indexed is not self.limiter:
            self._starts = np.array([start for start, _ in self.limiter], dtype=np.int64)
            self._ends = np.array([start + gain.size for start, gain in self.limiter], dtype=np.int64)
            self._indexed = self.limiter
        first = int(np.searchsorted(self._ends, lo, side="right"))
        last = int(np.searchsorted(self._starts, hi, side="left"))
        return self.limiter[first:last]

    def __call__(self, begin: int, end: int) -> np.ndarray:
        """Samples [begin, end) of the current stage; zeros outside the track."""
        lo, hi = max(0, begin), min(self.size, end)
        if lo >= hi:
            return np.zeros(end - begin, dtype=np.float32)
        y = to_float(self.pcm[lo:hi]) * self.gain
        for start, gain in self._stretches_in(lo, hi):
            a, b = max(lo, start), min(hi, start + gain.size)
            y[a - lo : b - lo] *= gain[a - start : b - start]
        if self.makeup is not None:
            y = (y * 10 ** (self.makeup / 20)).astype(np.float32, copy=False)
        if self.trim is not None:
            y = (y * self.trim).astype(np.float32, copy=False)
        if (lo, hi) == (begin, end):
            return y
        out = np.zeros(end - begin, dtype=np.float32)
        out[lo - begin : hi - begin] = y
        return out

    def peaks(self, threshold: float, floor: float) -> tuple[np.ndarray, np.ndarray]:
        """The samples whose peak (see sample_peaks) is above ``floor``, and those peaks."""
        where, values = [], []
        for begin in range(0, self.size, BLOCK):
            end = min(self.size, begin + BLOCK)
            peaks = _padded_peaks(self(begin - _HALF, end + _HALF), threshold)
            above = np.flatnonzero(peaks > floor)
            where.append(above + begin)
            values.append(peaks[above])
        if not where:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(where), np.concatenate(values)

    def peak_at(self, where: np.ndarray, threshold: float) -> float:
        """The largest peak (see sample_peaks) at the samples ``where`` (ascending), computed
        only around them: a few windows, each at most a block long."""
        if where.size == 0:
            return 0.0
        cut = np.flatnonzero((np.diff(where) > 4096) | (np.diff(where // BLOCK) != 0))
        best = 0.0
        for a, b in zip(np.r_[0, cut + 1], np.r_[cut, where.size - 1], strict=True):
            lo, hi = int(where[a]), int(where[b]) + 1
            peaks = _padded_peaks(self(lo - _HALF, hi + _HALF), threshold)
            best = max(best, float(peaks[where[a : b + 1] - lo].max()))
        return best

    def limited_steps(self, base: np.ndarray, bounds: np.ndarray, sample_rate: int) -> np.ndarray:
        """The step energies of the chain from ``base``, those of the unlimited track at gain 1:
        gain scales energy exactly; only the steps the limiter reaches are K-weighted again."""
        energies = base * self.gain**2
        regions: list[list[int]] = []
        for start, gain in self.limiter:
            first = int(np.searchsorted(bounds, start, side="right")) - 1
            last = int(np.searchsorted(bounds, start + gain.size, side="left")) + _RING_STEPS
            first, last = max(0, first), min(energies.size, last)
            if regions and first - _WARM_STEPS <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], last)
            else:
                regions.append([first, last])
        if sum(last - first + _WARM_STEPS for first, last in regions) > energies.size // 2:
            # limiting all over the track (loud speech): one streamed pass costs less than many short ones
            return _step_energies(self, bounds, 0, energies.size, sample_rate)
        for first, last in regions:
            warm = max(0, first - _WARM_STEPS)
            energies[first:last] = _step_energies(self, bounds, warm, last, sample_rate)[first - warm :]
        return energies


def normalise_track(pcm: np.ndarray, sample_rate: int, target: float, ceiling_dbtp: float) -> Chain:
    """Gain to ``target`` LUFS with the true peak held under ``ceiling_dbtp``.

    The track is K-weighted once.  Loudness scales exactly with gain, so only
    limiting needs a new measurement, and only where the limiter acts: limit at
    the ceiling less the make-up gain the limiting will need, a few rounds until
    that make-up gain settles.  The true peak is then checked only at the samples
    that could exceed the ceiling.
    """
    chain = Chain(pcm)
    bounds = _step_bounds(chain.size, sample_rate)
    base = _step_energies(chain, bounds, 0, bounds.size - 1, sample_rate) if bounds is not None else None
    loudness = _gated_loudness(base, sample_rate) if base is not None else -np.inf
    if base is None or bounds is None or not np.isfinite(loudness):
        raise SynthesisError("the track is silent")
    chain.gain = 10 ** ((target - loudness) / 20)
    ceiling = 10 ** (ceiling_dbtp / 20)
    # every sample a limiter round can touch: peaks above the ceiling less 6 dB of make-up
    floor = ceiling * _OVERSHOOT
    where, peaks = chain.peaks(ceiling, floor)
    if not peaks.size or peaks.max() <= ceiling:
        return chain
    makeup_db = 0.0
    for _ in range(3):
        limit = ceiling * 10 ** (-makeup_db / 20)
        if limit < floor:  # more make-up than foreseen: collect the quieter peaks too
            floor = limit
            chain.limiter = []
            where, peaks = chain.peaks(ceiling, floor)
        over = peaks > limit
        chain.limiter = limiter_stretches(where[over], peaks[over], chain.size, sample_rate, limit)
        new_makeup = target - _gated_loudness(chain.limited_steps(base, bounds, sample_rate), sample_rate)
        settled = abs(new_makeup - makeup_db) < 0.2
        makeup_db = new_makeup
        if settled:
            break
    chain.makeup = makeup_db
    # a sample outside ``where`` had a peak under ``floor``, at most ceiling less the make-up gain
    over_peak = chain.peak_at(where, ceiling)
    if over_peak > ceiling:  # the last round moved the make-up gain a little: trim it
        chain.trim = ceiling / over_peak
    return chain
