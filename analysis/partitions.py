"""Aggregates of a Dask frame of quotes: each partition is tallied where it lives, the tallies merged.

Tallies only count and sum (medians come from histograms), so merging partial tallies gives exactly
the numbers one pass over the whole frame would. A partition must hold whole articles, as the frames
of `quotes.dask.extract_frame` do: the parts of one quote, and one article's quotes, are never split.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["is_dask", "merge_partitions"]

Tally = TypeVar("Tally")


def is_dask(frame: Any) -> bool:
    """True for a Dask DataFrame (without importing Dask when it is not one)."""
    return type(frame).__module__.split(".")[0] in ("dask", "dask_expr")


def merge_partitions(frame: Any, tally_of: Callable[[Any], Tally], merge: Callable[[Tally, Tally], Tally]) -> Tally:
    """Tally every partition of a Dask frame on the cluster, then merge the tallies into one."""
    import dask

    partials = [dask.delayed(tally_of)(partition) for partition in frame.to_delayed()]
    while len(partials) > 1:  # a tree of merges, so no worker holds all the partials at once
        partials = [dask.delayed(merge)(*partials[index:index + 2]) if index + 1 < len(partials) else partials[index]
                    for index in range(0, len(partials), 2)]
    return partials[0].compute() if partials else tally_of(frame._meta)
