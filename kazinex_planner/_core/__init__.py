"""Transport core: configuration, HTTP pipeline, retries, pagination, logging."""
