"""Packages: netstudio plus the repository's resources/, samples/ and docs/ (the guides Help
shows), shipped inside it."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["netstudio", "netstudio.*"])
    + ["netstudio._resources", "netstudio._samples", "netstudio._docs"],
    package_dir={"netstudio._resources": "resources", "netstudio._samples": "samples",
                 "netstudio._docs": "docs"},
)
