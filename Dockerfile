# Builds the cleancarrier binary in Swift's image and runs it on a slim one.
FROM swift:6.1-bookworm AS build
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
COPY SQL SQL
COPY Tests Tests
RUN swift build -c release --product cleancarrier --static-swift-stdlib \
    && cp "$(swift build -c release --show-bin-path)/cleancarrier" /usr/local/bin/ \
    && cp -r "$(swift build -c release --show-bin-path)"/*.resources /usr/local/bin/

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gzip bzip2 libcurl4 libxml2 tzdata \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/ /usr/local/bin/
COPY Fixtures /srv/Fixtures
WORKDIR /srv
ENTRYPOINT []
CMD ["cleancarrier", "serve"]
