# crisiscomms: the web app, API and one in-process worker on the embedded SQLite default.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
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
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"
# One process on the embedded SQLite default. On PostgreSQL run several:
#   docker run -e CRISISCOMMS_DATABASE_URL=postgresql+psycopg://... crisiscomms \
#     crisiscomms serve --host 0.0.0.0 --port 8000 --workers 4
# and put a caching proxy in front (docs/nginx.conf).
CMD ["crisiscomms", "serve", "--host", "0.0.0.0", "--port", "8000"]
