"""Kokoro-82M, the offline neural Mandarin engine: phonemes from our readings, the model, the engine."""
