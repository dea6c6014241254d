"""Batch mode: many reports in, one JSON Lines record per report out, in a stable order.

One module per concern: `sources` turns paths, directories, globs and lists into a sorted stream
of inputs; `work` is the per-report step that runs in a worker; `engines` are the places work
can run (this process, a local process pool, a Dask cluster); `runner` keeps the output in
source order with a bounded window of work in flight; `resume` reads back an interrupted output.
Nothing here imports Typer or rich: the CLI (`matchcli/cli/batch.py`) adds those.
"""
