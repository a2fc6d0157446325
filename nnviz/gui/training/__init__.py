"""The training thread: the worker that runs the core's generator and the session that paces it."""
