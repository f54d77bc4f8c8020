FROM alpine:3.19@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
RUN <<-EOT sh
	echo building
	echo done
	EOT
COPY <<CONF /etc/app.conf
workers = 4
CONF
USER 1000:1000
ENTRYPOINT ["python", "-m", "uvicorn"]
CMD ["main:app", "--reload"]
