"""The Deploy tab: compress the selected run, compare its variants, serve one."""
