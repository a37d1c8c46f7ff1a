# crisiscomms: the web app, API and one in-process worker on the embedded SQLite default.
# Production by default: set CRISISCOMMS_SECRET_KEY (32+ random characters) or the service
# refuses to start and says so. compose.yaml runs it on PostgreSQL with several processes.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    CRISISCOMMS_ENVIRONMENT=production \
    CRISISCOMMS_DATABASE_URL=sqlite:////data/crisiscomms.db \
    CRISISCOMMS_PLANS_DIR=/app/plans \
    CRISISCOMMS_WEB_DIR=/app/web

WORKDIR /app
COPY pyproject.toml README.md ./
COPY crisiscomms ./crisiscomms
COPY plans ./plans
COPY web ./web
COPY docs ./docs
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /app crisiscomms \
    && mkdir -p /data && chown crisiscomms /data

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
