# Shortcuts; dev.py does the work and needs nothing but Python 3.11.
.PHONY: run test setup index clean
run:
	python3 dev.py run
test:
	python3 dev.py test
setup:
	python3 dev.py setup
index:
	.venv/bin/python -m index build
clean:
	rm -rf var .pytest_cache
