"""Packages: netstudio plus the repository's resources/ and samples/, shipped inside it."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["netstudio", "netstudio.*"])
    + ["netstudio._resources", "netstudio._samples"],
    package_dir={"netstudio._resources": "resources", "netstudio._samples": "samples"},
)
