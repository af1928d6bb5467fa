from klachtanalyse.cli.main import main

raise SystemExit(main())
