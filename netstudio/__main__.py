from netstudio.cli import main

raise SystemExit(main())
