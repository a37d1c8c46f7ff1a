# crisiscomms: the web app, API and one in-process worker on the embedded SQLite default.
# Production by default: set CRISISCOMMS_SECRET_KEY (32+ random characters) or the service
# refuses to start and says so. compose.yaml runs it on PostgreSQL with several processes.
#
# Two stages: `build` installs the locked dependencies (requirements.lock, every file's hash
# checked) and crisiscomms into a virtualenv; the runtime stage copies only that virtualenv,
# the plans and the web assets, and runs as an unprivileged user. No compiler, no pip cache
# and no source tree reach the final image.
#
# The base image is pinned by tag and by the digest of its multi-architecture index, so a
# rebuild starts from the same bytes. To move to a newer Python 3.11 patch release:
#   docker buildx imagetools inspect python:3.11-slim-bookworm   # note its version and digest
# and put both here (or pass --build-arg PYTHON_IMAGE=python:<version>-slim-bookworm@sha256:<digest>).
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:65a93d69fa75478d554f4ad27c85c1e69fa184956261b4301ebaf6dbb0a3543d

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/crisiscomms
WORKDIR /src
# The dependencies first, alone: this layer is rebuilt only when the lock file changes.
COPY requirements.lock ./
RUN /opt/crisiscomms/bin/pip install --require-hashes -r requirements.lock
# Then crisiscomms itself, with the locked setuptools and nothing fetched unpinned.
COPY pyproject.toml README.md ./
COPY crisiscomms ./crisiscomms
RUN /opt/crisiscomms/bin/pip install --no-deps --no-build-isolation . \
    && /opt/crisiscomms/bin/pip check

FROM ${PYTHON_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/crisiscomms/bin:$PATH \
    CRISISCOMMS_ENVIRONMENT=production \
    CRISISCOMMS_DATABASE_URL=sqlite:////data/crisiscomms.db \
    CRISISCOMMS_PLANS_DIR=/app/plans \
    CRISISCOMMS_WEB_DIR=/app/web
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin crisiscomms \
    && mkdir -p /data && chown crisiscomms /data
COPY --from=build /opt/crisiscomms /opt/crisiscomms
WORKDIR /app
# Read-only for the service: owned by root, readable by all.
COPY plans ./plans
COPY web ./web
COPY docs ./docs

USER crisiscomms
VOLUME ["/data"]
EXPOSE 8000
# Ready, not merely alive: /readyz answers 200 once the database answers and its schema is at
# the code's migration head (503 otherwise, which urlopen raises as an error: unhealthy).
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"
# One process on the embedded SQLite default, migrating its database as it starts. On
# PostgreSQL run several (compose.yaml: a one-off migration job, `serve --workers 4`,
# `crisiscomms worker` replicas and the caching proxy of docs/nginx.conf).
CMD ["crisiscomms", "serve", "--host", "0.0.0.0", "--port", "8000"]
