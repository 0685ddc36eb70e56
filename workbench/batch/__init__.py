"""Reading many files on a Dask cluster: the workers read, recognise and parse; one writer saves.

``tasks.read_file`` is what a worker runs for one file (its bytes sent with it, so workers need no shared
folder); ``run.batch_import`` submits the files, keeps a few in flight a worker, and saves each result in file
order, one transaction a file, as the import of one desk does. ``cluster`` starts a local cluster, a scheduler
or a worker of this same program.
"""
